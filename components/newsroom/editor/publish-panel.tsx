'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Button, Input } from '@/components/ui/controls';
import { TimeStamp } from '@/components/ui/time-stamp';
import type { DateFormat } from '@/lib/dates/date-format';
import { fromWallTime, toWallTime } from '@/lib/dates/wall-time';
import { failureText, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { EditorArticle } from '@/lib/newsroom/editor-article';
import type { SaveState } from './use-autosave';

type Action = 'publish' | 'schedule' | 'unpublish' | 'archive';

/** Where the story stands and what can happen to it next: preview, publish, schedule, unpublish, archive. */
export function PublishPanel({
  article,
  dates,
  saveFirst,
  onChange,
  onDeleted,
  onSaveLive,
  saveState,
}: {
  article: EditorArticle;
  /** The publication's time zone and language: "Publish at" is read on its clock, whoever's browser it is. */
  dates: DateFormat;
  saveFirst: () => Promise<EditorArticle | null>;
  onChange: (next: EditorArticle) => void;
  onDeleted: () => void;
  onSaveLive: () => Promise<unknown>;
  saveState: SaveState;
}) {
  const [when, setWhen] = useState(() => toWallTime(article.scheduledFor ? new Date(article.scheduledFor) : new Date(Date.now() + 3_600_000), dates.timeZone));
  // A refusal the browser decides (nothing to schedule at, unsaved changes) reads like one from the server.
  const publication = useMutation({
    mutationFn: async (action: Action) => {
      if (!(await saveFirst())) throw new Error('Save the story first: it has changes the server refused.');
      const at = action === 'schedule' ? fromWallTime(when, dates.timeZone) : null;
      if (action === 'schedule' && !at) throw new Error('Choose a date and time.');
      const body = at ? { action, at: at.toISOString() } : { action };
      return fetchJson<{ article: EditorArticle }>(`/api/newsroom/articles/${article.id}/publication`, jsonRequest('POST', body));
    },
    onSuccess: ({ article: next }) => onChange(next),
  });
  const removal = useMutation({
    mutationFn: () => fetchJson(`/api/newsroom/articles/${article.id}`, { method: 'DELETE' }),
    onSuccess: onDeleted,
  });
  const busy = publication.isPending || removal.isPending;
  const failed = publication.isError ? publication.error : removal.isError ? removal.error : null;
  const error = failed && failureText(failed, failed instanceof Error ? failed.message : 'Could not reach the server.');
  const act = (action: Action) => publication.mutate(action);

  function remove() {
    if (window.confirm('Delete this story for good? This cannot be undone.')) removal.mutate();
  }

  const status =
    article.status === 'published' ? (
      <>
        Published <TimeStamp iso={article.publishedAt!} format={dates} />
      </>
    ) : article.status === 'scheduled' ? (
      <>
        Scheduled for <TimeStamp iso={article.scheduledFor!} format={dates} />
      </>
    ) : article.status === 'archived' ? (
      'Archived: off the site'
    ) : (
      'Draft: only the newsroom sees it'
    );

  return (
    <section aria-labelledby="publish-heading" className="space-y-3 rounded border border-neutral-300 p-4 dark:border-neutral-700">
      <h2 id="publish-heading" className="font-bold">
        Publishing
      </h2>
      <p data-testid="publication-status">{status}</p>
      <p className="flex flex-wrap gap-4">
        <a href={`/preview/${article.id}`} target="_blank" rel="noopener" className="underline">
          Preview
        </a>
        {article.status === 'published' && (
          <Link href={article.url} className="underline">
            View on the site
          </Link>
        )}
      </p>
      {article.status === 'published' ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" disabled={busy || saveState.kind === 'saving'} onClick={() => void onSaveLive()}>
            Update story
          </Button>
          <Button disabled={busy} onClick={() => act('unpublish')}>
            Unpublish
          </Button>
          <Button disabled={busy} onClick={() => act('archive')}>
            Archive
          </Button>
        </div>
      ) : (
        <>
          <Button variant="primary" disabled={busy} onClick={() => act('publish')}>
            Publish now
          </Button>
          <div className="flex flex-wrap items-end gap-2">
            <label className="block">
              <span>Publish at ({dates.timeZone} time)</span>
              <Input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} pad="md" className="mt-1 block" />
            </label>
            <Button disabled={busy} onClick={() => act('schedule')}>
              {article.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
            </Button>
          </div>
          <div className="flex flex-wrap gap-2">
            {article.status === 'scheduled' && (
              <Button disabled={busy} onClick={() => act('unpublish')}>
                Unschedule
              </Button>
            )}
            {article.status === 'draft' && (
              <Button disabled={busy} onClick={() => act('archive')}>
                Archive
              </Button>
            )}
            {article.status !== 'scheduled' && (
              <Button variant="danger" disabled={busy} onClick={remove}>
                Delete
              </Button>
            )}
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </section>
  );
}
