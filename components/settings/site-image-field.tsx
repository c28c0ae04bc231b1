'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/controls';
import { failureText, fetchJson } from '@/lib/http/fetch-json';
import type { SiteImageKind, SiteSettings } from '@/lib/settings/site-settings-schema';

/** Upload or remove the logo, the icon or the share image; the server checks, resizes and stores it. */
export function SiteImageField({
  kind,
  label,
  hint,
  preview,
  onSaved,
}: {
  kind: SiteImageKind;
  label: string;
  hint: string;
  preview: string | null;
  onSaved: (settings: SiteSettings) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const id = `site-image-${kind}`;
  const send = useMutation({
    mutationFn: (method: 'POST' | 'DELETE') => {
      const init: RequestInit = { method };
      if (method === 'POST' && file) {
        init.body = new FormData();
        init.body.set('image', file);
      }
      return fetchJson<{ settings: SiteSettings }>(`/api/settings/images/${kind}`, init);
    },
    onSuccess: ({ settings }) => {
      onSaved(settings);
      setFile(null);
    },
  });
  const message = send.isSuccess
    ? { ok: true, text: send.variables === 'POST' ? `${label} saved.` : `${label} removed.` }
    : send.isError
      ? { ok: false, text: failureText(send.error) }
      : null;

  return (
    <div className="space-y-2 rounded border border-neutral-300 p-3 dark:border-neutral-700">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{hint}</p>
      {preview ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small preview of the stored file
        <img src={preview} alt={`Current ${label.toLowerCase()}`} className="max-h-16 w-auto rounded bg-neutral-100 p-1 dark:bg-neutral-800" />
      ) : (
        <p className="text-sm">None yet.</p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input id={id} type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="text-sm" />
        <Button variant="primary" disabled={!file || send.isPending} onClick={() => send.mutate('POST')} className="text-sm">
          Upload {label.toLowerCase()}
        </Button>
        {preview && (
          <button type="button" disabled={send.isPending} onClick={() => send.mutate('DELETE')} className="text-sm underline">
            Remove
          </button>
        )}
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
