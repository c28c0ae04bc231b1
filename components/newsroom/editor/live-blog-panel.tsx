'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BodyDocument } from '@/lib/articles/document';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { LiveEntry, LiveState } from '@/lib/live/live-blog';
import { BodyEditor } from './body-editor';
import { Button, Input } from '@/components/ui/controls';

type Desk = { live: LiveState | null; entries: LiveEntry[] };
const emptyBody: BodyDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Live coverage of a story: start and end it, post entries (headline, body, key event), and, for editors,
 * correct or delete them. Readers' open pages show a new entry within a couple of seconds.
 */
export function LiveBlogPanel({ articleId, canCorrect }: { articleId: number; canCorrect: boolean }) {
  const queryClient = useQueryClient();
  const key = ['newsroom-live', articleId];
  const { data } = useQuery({ queryKey: key, queryFn: () => fetchJson<Desk>(`/api/newsroom/articles/${articleId}/live`) });
  const [editing, setEditing] = useState<LiveEntry | null>(null);
  const [headline, setHeadline] = useState('');
  const [body, setBody] = useState<BodyDocument>(emptyBody);
  const [keyEvent, setKeyEvent] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const reset = (entry: LiveEntry | null) => {
    setEditing(entry);
    setHeadline(entry?.headline ?? '');
    setBody(entry?.body ?? emptyBody);
    setKeyEvent(entry?.keyEvent ?? false);
    setFormKey((k) => k + 1);
  };

  const coverage = useMutation({
    mutationFn: (action: 'start' | 'end') => fetchJson(`/api/newsroom/articles/${articleId}/live`, jsonRequest('POST', { action })),
    onSuccess: refresh,
  });
  const save = useMutation({
    mutationFn: () =>
      editing
        ? fetchJson(`/api/newsroom/live-entries/${editing.id}`, jsonRequest('PATCH', { headline, body, keyEvent }))
        : fetchJson(`/api/newsroom/articles/${articleId}/live-entries`, jsonRequest('POST', { headline, body, keyEvent })),
    onSuccess: () => {
      reset(null);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: number) => fetchJson(`/api/newsroom/live-entries/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const error = coverage.error ?? save.error ?? remove.error;
  const live = data?.live;
  const open = Boolean(live && !live.endedAt);

  return (
    <section aria-labelledby="live-panel-heading" className="space-y-3 rounded border border-neutral-300 p-4 dark:border-neutral-700">
      <h2 id="live-panel-heading" className="font-bold">
        Live coverage
      </h2>
      <p>{!live ? 'Not a live blog.' : open ? 'Live now: readers see new entries as you post them.' : 'Coverage has ended: an ordinary story, entries kept.'}</p>
      <Button variant={open ? 'secondary' : 'danger'} disabled={coverage.isPending} onClick={() => coverage.mutate(open ? 'end' : 'start')}>
        {open ? 'End live coverage' : live ? 'Resume live coverage' : 'Start live coverage'}
      </Button>
      {open && (
        <form
          aria-label={editing ? 'Correct the entry' : 'New entry'}
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <label className="block">
            <span className="font-semibold">Entry headline (optional)</span>
            <Input value={headline} onChange={(e) => setHeadline(e.target.value)} maxLength={200} pad="md" className="mt-1 block w-full" />
          </label>
          <BodyEditor key={formKey} initial={body} onChange={setBody} label="Entry" />
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={keyEvent} onChange={(e) => setKeyEvent(e.target.checked)} /> Key event (pinned at the top)
          </label>
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={save.isPending}>
              {editing ? 'Save correction' : 'Post entry'}
            </Button>
            {editing && (
              <Button onClick={() => reset(null)}>
                Cancel
              </Button>
            )}
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {failureText(error, error.message)}
        </p>
      )}
      {data && data.entries.length > 0 && (
        <ol aria-label="Entries" className="space-y-2 text-sm">
          {data.entries.map((e) => (
            <li key={e.id} aria-label={e.headline || `Entry ${e.id}`} className="flex flex-wrap items-center gap-2 border-t border-neutral-200 pt-2 dark:border-neutral-800">
              <span className="grow">
                {e.keyEvent && '★ '}
                {e.headline || '(no headline)'} · {e.author}
              </span>
              {canCorrect && (
                <>
                  <button type="button" className="underline" onClick={() => reset(e)}>
                    Correct
                  </button>
                  <button type="button" className="underline" onClick={() => window.confirm('Delete this entry?') && remove.mutate(e.id)}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
