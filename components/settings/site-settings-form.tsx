'use client';

import Link from 'next/link';
import { useState } from 'react';
import { LANGUAGES } from '@/lib/dates/date-format';
import { ApiError, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { EditableSiteSettings, SiteSettings } from '@/lib/settings/site-settings-schema';
import { LinkListEditor } from './link-list-editor';
import { SiteImageField } from './site-image-field';

const input = 'mt-1 w-full rounded border border-neutral-400 bg-transparent px-2 py-1 dark:border-neutral-600';

/** A label that points at its field (a wrapping label would add the field's value to its accessible name). */
function FieldRow({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id}>
        <span className="font-semibold">{label}</span>
        {hint && ` (${hint})`}
      </label>
      {children}
      {error && <span className="block text-sm text-red-700 dark:text-red-400">{error}</span>}
    </div>
  );
}
type ListKey = 'headerLinks' | 'footerLinks' | 'socialLinks';

/** Errors of one list, keyed "index.field", from the server's "socialLinks.0.url" style names. */
const listErrors = (errors: Record<string, string>, key: ListKey) =>
  Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (k.startsWith(`${key}.`) ? [[k.slice(key.length + 1), v]] : [])));

/** The publication's settings, saved together; each change is audited and shows on every page at once. */
export function SiteSettingsForm({ initial, timeZones }: { initial: SiteSettings; timeZones: string[] }) {
  const [site, setSite] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof EditableSiteSettings>(key: K, value: EditableSiteSettings[K]) => setSite((s) => ({ ...s, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    const { logo: _logo, icon: _icon, shareImage: _share, ...editable } = site;
    try {
      const { settings } = await fetchJson<{ settings: SiteSettings }>('/api/settings', jsonRequest('PATCH', editable));
      setSite(settings);
      setMessage({ ok: true, text: 'Saved. Every page shows the change now.' });
    } catch (e) {
      setErrors(e instanceof ApiError ? (e.fields ?? {}) : {});
      setMessage({ ok: false, text: e instanceof ApiError ? `Not saved: ${e.message} See the fields marked below.` : 'Could not reach the server.' });
    } finally {
      setBusy(false);
    }
  }

  const adoptImages = (next: SiteSettings) => setSite((s) => ({ ...s, logo: next.logo, icon: next.icon, shareImage: next.shareImage }));

  return (
    <div className="space-y-10">
      <form onSubmit={save} className="space-y-8" aria-label="Site settings">
        <section aria-labelledby="general-heading" className="space-y-4">
          <h2 id="general-heading" className="text-xl font-bold">
            The publication
          </h2>
          <FieldRow id="site-name" label="Name" error={errors.publicationName}>
            <input id="site-name" value={site.publicationName} onChange={(e) => set('publicationName', e.target.value)} maxLength={120} className={input} />
          </FieldRow>
          <FieldRow id="site-tagline" label="Tagline" hint="under the name, and in the front page’s title" error={errors.tagline}>
            <input id="site-tagline" value={site.tagline} onChange={(e) => set('tagline', e.target.value)} maxLength={200} className={input} />
          </FieldRow>
          <FieldRow id="site-description" label="Description" hint="search engines and feed readers show it" error={errors.description}>
            <textarea id="site-description" value={site.description} onChange={(e) => set('description', e.target.value)} rows={2} maxLength={500} className={input} />
          </FieldRow>
          <FieldRow id="site-about" label="About us" hint="the boilerplate at the foot of every story and page" error={errors.about}>
            <textarea id="site-about" value={site.about} onChange={(e) => set('about', e.target.value)} rows={3} maxLength={2000} className={input} />
          </FieldRow>
          <FieldRow id="site-postal-address" label="Postal address" hint="at the foot of every newsletter, as anti-spam laws ask" error={errors.postalAddress}>
            <textarea id="site-postal-address" value={site.postalAddress} onChange={(e) => set('postalAddress', e.target.value)} rows={2} maxLength={300} className={input} />
          </FieldRow>
        </section>

        <section aria-labelledby="dates-heading" className="grid gap-4 sm:grid-cols-2">
          <h2 id="dates-heading" className="text-xl font-bold sm:col-span-2">
            Time and language
          </h2>
          <FieldRow id="site-time-zone" label="Time zone" hint="every date on the site, and the newsroom’s schedule" error={errors.timeZone}>
            <select id="site-time-zone" value={site.timeZone} onChange={(e) => set('timeZone', e.target.value)} className={input}>
              {timeZones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </FieldRow>
          <FieldRow id="site-language" label="Language" hint="the pages’ language and how dates read" error={errors.language}>
            <select id="site-language" value={site.language} onChange={(e) => set('language', e.target.value as EditableSiteSettings['language'])} className={input}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>
          </FieldRow>
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
          <button type="submit" disabled={busy} className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
            Save settings
          </button>
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
