'use client';

import { useState } from 'react';
import { Modal } from '@/components/ui/modal';
import { failureText, fetchJson } from '@/lib/http/fetch-json';
import type { UploadedImage } from '@/lib/media/article-images';

const field = 'mt-1 w-full rounded border border-neutral-400 bg-transparent p-2 dark:border-neutral-600';

/** Uploads an image with its alt text, caption and credit; the server checks the bytes and makes the sizes. */
export function ImageDialog({ title = 'Insert an image', onInsert, onClose }: { title?: string; onInsert: (image: UploadedImage) => void; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { image } = await fetchJson<{ image: UploadedImage }>('/api/newsroom/media', { method: 'POST', body: new FormData(event.currentTarget) });
      onInsert(image);
    } catch (e) {
      setError(failureText(e, 'Could not reach the server; try again.'));
      setBusy(false);
    }
  }

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={submit} className="space-y-3 text-sm">
        <label className="block">
          <span className="font-semibold">Image file (JPEG, PNG or WebP, up to 10 MB)</span>
          <input name="image" type="file" accept="image/jpeg,image/png,image/webp" required className={field} />
        </label>
        <label className="block">
          <span className="font-semibold">Alt text (what the image shows, for readers who cannot see it)</span>
          <input name="alt" required maxLength={500} className={field} />
        </label>
        <label className="block">
          <span className="font-semibold">Caption</span>
          <input name="caption" maxLength={1000} className={field} />
        </label>
        <label className="block">
          <span className="font-semibold">Credit</span>
          <input name="credit" maxLength={200} className={field} />
        </label>
        {error && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="flex gap-2">
          <button type="submit" disabled={busy} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
            {busy ? 'Uploading…' : 'Upload and insert'}
          </button>
          <button type="button" onClick={onClose} className="px-3 py-1.5 underline">
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
