'use client';

import Image from 'next/image';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AuthorProfile } from '@/lib/articles/listings';
import { errorMessage, fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';

const input = 'w-full rounded border border-neutral-400 bg-transparent px-3 py-2 dark:border-neutral-600';

/** The author's public profile: text fields through PUT /api/authors/{slug}, the avatar as an upload. */
export function ProfileForm({ profile }: { profile: AuthorProfile }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok?: string; error?: string; fields?: Record<string, string> }>({});
  const [avatar, setAvatar] = useState(profile.avatarUrl);

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const links = String(f.get('links') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [label, ...url] = line.split(' ');
        return { label: label ?? '', url: url.join(' ').trim() };
      });
    try {
      const fields = { displayName: f.get('displayName'), slug: f.get('slug'), title: f.get('title'), shortBio: f.get('shortBio'), longBio: f.get('longBio'), links };
      const { author } = await fetchJson<{ author: { slug: string } }>(`/api/authors/${profile.slug}`, jsonRequest('PUT', fields));
      setStatus({ ok: 'Saved. Readers see the new profile now.' });
      if (author.slug !== profile.slug) router.replace(`/newsroom/profile?slug=${author.slug}`);
      router.refresh();
    } catch (err) {
      setStatus(formFailure(err, 'Could not save. Try again.'));
    }
  }

  async function upload(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const body = new FormData();
    body.set('avatar', file);
    try {
      const result = await fetchJson<{ avatarUrl: string }>(`/api/authors/${profile.slug}/avatar`, { method: 'POST', body });
      setAvatar(result.avatarUrl);
      setStatus({ ok: 'New picture saved.' });
    } catch (err) {
      setStatus({ error: errorMessage(err, 'The picture could not be uploaded.') });
    }
  }

  const fieldError = (name: string) =>
    status.fields?.[name] ? <span className="text-sm text-red-700 dark:text-red-400">{status.fields[name]}</span> : null;

  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        {avatar && <Image src={avatar} alt={`Current picture of ${profile.name}`} width={96} height={96} className="h-24 w-24 rounded-full" />}
        <label className="text-sm">
          <span className="block font-medium">Picture (JPEG, PNG or WebP, up to 5 MB)</span>
          <input type="file" name="avatar" accept="image/jpeg,image/png,image/webp" onChange={upload} />
        </label>
      </div>
      <form onSubmit={save} className="space-y-4" aria-label="Profile">
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Display name</span>
          <input name="displayName" defaultValue={profile.name} className={input} />
          {fieldError('displayName')}
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Address (/author/…)</span>
          <input name="slug" defaultValue={profile.slug} className={input} />
          {fieldError('slug')}
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Title</span>
          <input name="title" defaultValue={profile.title} placeholder="Latin America correspondent" className={input} />
          {fieldError('title')}
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Short bio (under articles)</span>
          <textarea name="shortBio" defaultValue={profile.shortBio} rows={3} maxLength={280} className={input} />
          {fieldError('shortBio')}
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Long bio (on your author page)</span>
          <textarea name="longBio" defaultValue={profile.longBio} rows={6} className={input} />
          {fieldError('longBio')}
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Links, one per line: label, then address</span>
          <textarea name="links" defaultValue={profile.links.map((l) => `${l.label} ${l.url}`).join('\n')} rows={3} className={input} />
          {status.fields && Object.keys(status.fields).some((k) => k.startsWith('links')) && (
            <span className="text-sm text-red-700 dark:text-red-400">Each link needs a label and an http(s) address.</span>
          )}
        </label>
        {status.error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {status.error}
          </p>
        )}
        {status.ok && (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            {status.ok}
          </p>
        )}
        <button type="submit" className="rounded bg-neutral-900 px-4 py-2 text-white dark:bg-neutral-100 dark:text-neutral-900">
          Save profile
        </button>
      </form>
    </div>
  );
}
