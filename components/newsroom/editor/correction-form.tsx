'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { Button, Textarea } from '@/components/ui/controls';

/** An editor adds a dated update or correction to a live story; it shows at the top of the story at once. */
export function CorrectionForm({ articleId, url }: { articleId: number; url: string }) {
  const [kind, setKind] = useState<'update' | 'correction'>('correction');
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: (update: { kind: 'update' | 'correction'; body: string }) => fetchJson(`/api/newsroom/articles/${articleId}/updates`, jsonRequest('POST', update)),
    onSuccess: () => setBody(''),
  });
  const message = add.isSuccess
    ? { ok: true, text: `${add.variables.kind === 'correction' ? 'Correction' : 'Update'} published on the story.` }
    : add.isError
      ? { ok: false, text: failureText(add.error, 'Could not reach the server; try again.', 'body') }
      : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    add.mutate({ kind, body });
  }

  return (
    <form onSubmit={submit} className="space-y-2 rounded border border-neutral-300 p-4 text-sm dark:border-neutral-700">
      <h2 className="font-bold">Add an update or correction</h2>
      <p className="text-neutral-600 dark:text-neutral-400">Dated, shown above the story and in its structured data; it also moves the story’s “Updated” time.</p>
      <div className="flex gap-4">
        {(['correction', 'update'] as const).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="update-kind" checked={kind === k} onChange={() => setKind(k)} />
            {k === 'correction' ? 'Correction' : 'Update'}
          </label>
        ))}
      </div>
      <label className="block">
        <span className="sr-only">What changed</span>
        <Textarea value={body} onChange={(e) => setBody(e.target.value)} required minLength={3} maxLength={1000} rows={2} className="w-full" />
      </label>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'text-red-700 dark:text-red-400'}>
          {message.text}{' '}
          {message.ok && (
            <a href={url} className="underline">
              View the story
            </a>
          )}
        </p>
      )}
      <Button type="submit" disabled={add.isPending} variant="primary">
        Add {kind === 'correction' ? 'correction' : 'update'}
      </Button>
    </form>
  );
}
