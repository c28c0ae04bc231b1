'use client';

import Link from 'next/link';
import { useState } from 'react';
import { TimeStamp } from '@/components/ui/time-stamp';
import type { DateFormat } from '@/lib/dates/date-format';
import { fromWallTime, toWallTime } from '@/lib/dates/wall-time';
import { ApiError, errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { EditorArticle } from '@/lib/newsroom/editor-article';
import type { SaveState } from './use-autosave';

type Action = 'publish' | 'schedule' | 'unpublish' | 'archive';
const button = 'rounded px-3 py-1.5 font-semibold disabled:opacity-50';
const primary = `${button} bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900`;
const secondary = `${button} border border-neutral-400 dark:border-neutral-600`;


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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(action: Action) {
    setBusy(true);
    setError(null);
    try {
      if (!(await saveFirst())) throw new Error('Save the story first: it has changes the server refused.');
      const at = action === 'schedule' ? fromWallTime(when, dates.timeZone) : null;
      if (action === 'schedule' && !at) throw new Error('Choose a date and time.');
      const body = at ? { action, at: at.toISOString() } : { action };
      const { article: next } = await fetchJson<{ article: EditorArticle }>(`/api/newsroom/articles/${article.id}/publication`, jsonRequest('POST', body));
      onChange(next);
    } catch (e) {
      setError(e instanceof ApiError ? (Object.values(e.fields ?? {})[0] ?? e.message) : e instanceof Error ? e.message : 'Could not reach the server.');
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm('Delete this story for good? This cannot be undone.')) return;
    try {
      await fetchJson(`/api/newsroom/articles/${article.id}`, { method: 'DELETE' });
      onDeleted();
    } catch (e) {
      setError(errorMessage(e, 'Could not reach the server.'));
    }
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
          <button type="button" disabled={busy || saveState.kind === 'saving'} onClick={() => void onSaveLive()} className={primary}>
            Update story
          </button>
          <button type="button" disabled={busy} onClick={() => act('unpublish')} className={secondary}>
            Unpublish
          </button>
          <button type="button" disabled={busy} onClick={() => act('archive')} className={secondary}>
            Archive
          </button>
        </div>
      ) : (
        <>
          <button type="button" disabled={busy} onClick={() => act('publish')} className={primary}>
            Publish now
          </button>
          <div className="flex flex-wrap items-end gap-2">
            <label className="block">
              <span>Publish at ({dates.timeZone} time)</span>
              <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} className="mt-1 block rounded border border-neutral-400 bg-transparent p-1.5 dark:border-neutral-600" />
            </label>
            <button type="button" disabled={busy} onClick={() => act('schedule')} className={secondary}>
              {article.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
            </button>
          </div>
          <div className="flex flex-wrap gap-2">
            {article.status === 'scheduled' && (
              <button type="button" disabled={busy} onClick={() => act('unpublish')} className={secondary}>
                Unschedule
              </button>
            )}
            {article.status === 'draft' && (
              <button type="button" disabled={busy} onClick={() => act('archive')} className={secondary}>
                Archive
              </button>
            )}
            {article.status !== 'scheduled' && (
              <button type="button" disabled={busy} onClick={remove} className={`${secondary} text-red-800 dark:text-red-300`}>
                Delete
              </button>
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
