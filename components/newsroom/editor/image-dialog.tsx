'use client';

import { useMutation } from '@tanstack/react-query';
import { Modal } from '@/components/ui/modal';
import { Button, Field, Input } from '@/components/ui/controls';
import { failureText, fetchJson } from '@/lib/http/fetch-json';
import type { UploadedImage } from '@/lib/media/article-images';

/** Uploads an image with its alt text, caption and credit; the server checks the bytes and makes the sizes. */
export function ImageDialog({ title = 'Insert an image', onInsert, onClose }: { title?: string; onInsert: (image: UploadedImage) => void; onClose: () => void }) {
  const upload = useMutation({
    mutationFn: (form: FormData) => fetchJson<{ image: UploadedImage }>('/api/newsroom/media', { method: 'POST', body: form }),
    onSuccess: ({ image }) => onInsert(image),
  });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    upload.mutate(new FormData(event.currentTarget));
  }

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={submit} className="space-y-3 text-sm">
        <Field label="Image file (JPEG, PNG or WebP, up to 10 MB)">
          <Input name="image" type="file" accept="image/jpeg,image/png,image/webp" required pad="md" className="w-full" />
        </Field>
        <Field label="Alt text (what the image shows, for readers who cannot see it)">
          <Input name="alt" required maxLength={500} pad="md" className="w-full" />
        </Field>
        <Field label="Caption">
          <Input name="caption" maxLength={1000} pad="md" className="w-full" />
        </Field>
        <Field label="Credit">
          <Input name="credit" maxLength={200} pad="md" className="w-full" />
        </Field>
        {upload.isError && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {failureText(upload.error, 'Could not reach the server; try again.')}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={upload.isPending || upload.isSuccess}>
            {upload.isPending ? 'Uploading…' : 'Upload and insert'}
          </Button>
          <button type="button" onClick={onClose} className="px-3 py-1.5 underline">
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
