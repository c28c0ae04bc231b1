'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Button, Field, Input, Select, Textarea } from '@/components/ui/controls';
import { LANGUAGES } from '@/lib/dates/date-format';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { EditableSiteSettings, SiteSettings } from '@/lib/settings/site-settings-schema';
import { LinkListEditor } from './link-list-editor';
import { SiteImageField } from './site-image-field';

type ListKey = 'headerLinks' | 'footerLinks' | 'socialLinks';

/** Errors of one list, keyed "index.field", from the server's "socialLinks.0.url" style names. */
const listErrors = (errors: Record<string, string>, key: ListKey) =>
  Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (k.startsWith(`${key}.`) ? [[k.slice(key.length + 1), v]] : [])));

/** The publication's settings, saved together; each change is audited and shows on every page at once. */
export function SiteSettingsForm({ initial, timeZones }: { initial: SiteSettings; timeZones: string[] }) {
  const [site, setSite] = useState(initial);
  const set = <K extends keyof EditableSiteSettings>(key: K, value: EditableSiteSettings[K]) => setSite((s) => ({ ...s, [key]: value }));
  const save = useMutation({
    mutationFn: (editable: EditableSiteSettings) => fetchJson<{ settings: SiteSettings }>('/api/settings', jsonRequest('PATCH', editable)),
    onSuccess: ({ settings }) => setSite(settings),
  });
  const errors: Record<string, string> = (save.error instanceof ApiError && save.error.fields) || {};
  const message = save.isSuccess
    ? { ok: true, text: 'Saved. Every page shows the change now.' }
    : save.isError
      ? { ok: false, text: save.error instanceof ApiError ? `Not saved: ${save.error.message} See the fields marked below.` : 'Could not reach the server.' }
      : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { logo: _logo, icon: _icon, shareImage: _share, ...editable } = site;
    save.mutate(editable);
  }

  const adoptImages = (next: SiteSettings) => setSite((s) => ({ ...s, logo: next.logo, icon: next.icon, shareImage: next.shareImage }));

  return (
    <div className="space-y-10">
      <form onSubmit={submit} className="space-y-8" aria-label="Site settings">
        <section aria-labelledby="general-heading" className="space-y-4">
          <h2 id="general-heading" className="text-xl font-bold">
            The publication
          </h2>
          <Field htmlFor="site-name" label="Name" error={errors.publicationName}>
            <Input id="site-name" value={site.publicationName} onChange={(e) => set('publicationName', e.target.value)} maxLength={120} className="w-full" />
          </Field>
          <Field htmlFor="site-tagline" label="Tagline" hint="under the name, and in the front page’s title" error={errors.tagline}>
            <Input id="site-tagline" value={site.tagline} onChange={(e) => set('tagline', e.target.value)} maxLength={200} className="w-full" />
          </Field>
          <Field htmlFor="site-description" label="Description" hint="search engines and feed readers show it" error={errors.description}>
            <Textarea id="site-description" value={site.description} onChange={(e) => set('description', e.target.value)} rows={2} maxLength={500} pad="sm" className="w-full" />
          </Field>
          <Field htmlFor="site-about" label="About us" hint="the boilerplate at the foot of every story and page" error={errors.about}>
            <Textarea id="site-about" value={site.about} onChange={(e) => set('about', e.target.value)} rows={3} maxLength={2000} pad="sm" className="w-full" />
          </Field>
          <Field htmlFor="site-postal-address" label="Postal address" hint="at the foot of every newsletter, as anti-spam laws ask" error={errors.postalAddress}>
            <Textarea id="site-postal-address" value={site.postalAddress} onChange={(e) => set('postalAddress', e.target.value)} rows={2} maxLength={300} pad="sm" className="w-full" />
          </Field>
        </section>

        <section aria-labelledby="dates-heading" className="grid gap-4 sm:grid-cols-2">
          <h2 id="dates-heading" className="text-xl font-bold sm:col-span-2">
            Time and language
          </h2>
          <Field htmlFor="site-time-zone" label="Time zone" hint="every date on the site, and the newsroom’s schedule" error={errors.timeZone}>
            <Select id="site-time-zone" value={site.timeZone} onChange={(e) => set('timeZone', e.target.value)} className="w-full">
              {timeZones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll('_', ' ')}
                </option>
              ))}
            </Select>
          </Field>
          <Field htmlFor="site-language" label="Language" hint="the pages’ language and how dates read" error={errors.language}>
            <Select id="site-language" value={site.language} onChange={(e) => set('language', e.target.value as EditableSiteSettings['language'])} className="w-full">
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </Select>
          </Field>
        </section>

        <section aria-labelledby="navigation-heading" className="space-y-6">
          <h2 id="navigation-heading" className="text-xl font-bold">
            Navigation and links
          </h2>
          <p className="text-sm">
            The header lists the sections in their order (<Link href="/newsroom/sections" className="underline">arrange them</Link>), then the links below; the
            footer lists the published <Link href="/newsroom/pages" className="underline">pages</Link>, then its links.
          </p>
          <LinkListEditor legend="Header links" hint="After the sections: a page of this site (/about) or another site (https://…)." links={site.headerLinks} onChange={(l) => set('headerLinks', l)} errors={listErrors(errors, 'headerLinks')} placeholder="/about or https://…" />
          <LinkListEditor legend="Footer links" hint="After the pages: a “Donate” address, a newsletter, your ethics code…" links={site.footerLinks} onChange={(l) => set('footerLinks', l)} errors={listErrors(errors, 'footerLinks')} placeholder="/about or https://…" />
          <LinkListEditor legend="Social links" hint="Your profiles elsewhere: in the footer and in search engines’ knowledge of you." links={site.socialLinks} onChange={(l) => set('socialLinks', l)} errors={listErrors(errors, 'socialLinks')} placeholder="https://…" />
        </section>

        <div className="flex items-center gap-4">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save settings
          </Button>
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}>
              {message.text}
            </p>
          )}
        </div>
      </form>

      <section aria-labelledby="images-heading" className="space-y-4">
        <h2 id="images-heading" className="text-xl font-bold">
          Logo and images
        </h2>
        <p className="text-sm">JPEG, PNG or WebP up to 10 MB. They are resized and saved at once.</p>
        <div className="grid gap-4 md:grid-cols-3">
          <SiteImageField kind="logo" label="Logo" hint="Replaces the name in the masthead; a wide image on a transparent ground works best." preview={site.logo?.url ?? null} onSaved={adoptImages} />
          <SiteImageField kind="icon" label="Icon" hint="The favicon and the phone home-screen icon; a square picture." preview={site.icon?.icon192 ?? null} onSaved={adoptImages} />
          <SiteImageField kind="share-image" label="Share image" hint="Shown when a page without a picture of its own is shared." preview={site.shareImage?.url ?? null} onSaved={adoptImages} />
        </div>
      </section>
    </div>
  );
}
