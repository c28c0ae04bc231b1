'use client';

import Image from 'next/image';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AuthorProfile } from '@/lib/articles/listings';
import { errorMessage, fetchJson, formFailure, jsonRequest } from '@/lib/http/fetch-json';
import { Button, Field, Input, Textarea } from '@/components/ui/controls';

/** "Label https://address" per line, as the links field shows them. */
function readLinks(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label, ...url] = line.split(' ');
      return { label: label ?? '', url: url.join(' ').trim() };
    });
}

/** The author's public profile: text fields through PUT /api/authors/{slug}, the avatar as an upload. */
export function ProfileForm({ profile }: { profile: AuthorProfile }) {
  const router = useRouter();
  const [avatar, setAvatar] = useState(profile.avatarUrl);
  const save = useMutation({
    mutationFn: (fields: Record<string, unknown>) => fetchJson<{ author: { slug: string } }>(`/api/authors/${profile.slug}`, jsonRequest('PUT', fields)),
    onSuccess: ({ author }) => {
      if (author.slug !== profile.slug) router.replace(`/newsroom/profile?slug=${author.slug}`);
      router.refresh();
    },
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.set('avatar', file);
      return fetchJson<{ avatarUrl: string }>(`/api/authors/${profile.slug}/avatar`, { method: 'POST', body });
    },
    onSuccess: ({ avatarUrl }) => setAvatar(avatarUrl),
  });
  // The later of the two (saving the text, uploading a picture) says how it went.
  const failure = save.isError ? formFailure(save.error, 'Could not save. Try again.') : null;
  const fields = failure?.fields ?? {};
  const status =
    upload.submittedAt > save.submittedAt
      ? { ok: upload.isSuccess && 'New picture saved.', error: upload.isError && errorMessage(upload.error, 'The picture could not be uploaded.') }
      : { ok: save.isSuccess && 'Saved. Readers see the new profile now.', error: failure?.error };

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    save.mutate({
      displayName: f.get('displayName'),
      slug: f.get('slug'),
      title: f.get('title'),
      shortBio: f.get('shortBio'),
      longBio: f.get('longBio'),
      links: readLinks(String(f.get('links') ?? '')),
    });
  }

  function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) upload.mutate(file);
  }

  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        {avatar && <Image src={avatar} alt={`Current picture of ${profile.name}`} width={96} height={96} className="h-24 w-24 rounded-full" />}
        <label className="text-sm">
          <span className="block font-medium">Picture (JPEG, PNG or WebP, up to 5 MB)</span>
          <input type="file" name="avatar" accept="image/jpeg,image/png,image/webp" onChange={choose} />
        </label>
      </div>
      <form onSubmit={submit} className="space-y-4" aria-label="Profile">
        <Field label="Display name" error={fields.displayName}>
          <Input name="displayName" defaultValue={profile.name} pad="md" className="w-full" />
        </Field>
        <Field label="Address (/author/…)" error={fields.slug}>
          <Input name="slug" defaultValue={profile.slug} pad="md" className="w-full" />
        </Field>
        <Field label="Title" error={fields.title}>
          <Input name="title" defaultValue={profile.title} placeholder="Latin America correspondent" pad="md" className="w-full" />
        </Field>
        <Field label="Short bio (under articles)" error={fields.shortBio}>
          <Textarea name="shortBio" defaultValue={profile.shortBio} rows={3} maxLength={280} className="w-full" />
        </Field>
        <Field label="Long bio (on your author page)" error={fields.longBio}>
          <Textarea name="longBio" defaultValue={profile.longBio} rows={6} className="w-full" />
        </Field>
        <Field
          label="Links, one per line: label, then address"
          error={Object.keys(fields).some((k) => k.startsWith('links')) ? 'Each link needs a label and an http(s) address.' : undefined}
        >
          <Textarea name="links" defaultValue={profile.links.map((l) => `${l.label} ${l.url}`).join('\n')} rows={3} className="w-full" />
        </Field>
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
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save profile
        </Button>
      </form>
    </div>
  );
}
