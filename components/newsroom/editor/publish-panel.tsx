'use client';

import Link from 'next/link';
import { useState } from 'react';
import { TimeStamp } from '@/components/ui/time-stamp';
import { ApiError, fetchJson } from '@/lib/http/fetch-json';
import type { EditorArticle } from '@/lib/newsroom/editor-article';
import type { SaveState } from './use-autosave';

type Action = 'publish' | 'schedule' | 'unpublish' | 'archive';
const button = 'rounded px-3 py-1.5 font-semibold disabled:opacity-50';
const primary = `${button} bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900`;
const secondary = `${button} border border-neutral-400 dark:border-neutral-600`;

/** A datetime-local value for an hour from now, in the writer's own time zone. */
function inAnHour(): string {
  const d = new Date(Date.now() + 3_600_000);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset(), 0, 0);
  return d.toISOString().slice(0, 16);
}

/** Where the story stands and what can happen to it next: preview, publish, schedule, unpublish, archive. */
export function PublishPanel({
  article,
  saveFirst,
  onChange,
  onDeleted,
  onSaveLive,
  saveState,
}: {
  article: EditorArticle;
  saveFirst: () => Promise<EditorArticle | null>;
  onChange: (next: EditorArticle) => void;
  onDeleted: () => void;
  onSaveLive: () => Promise<unknown>;
  saveState: SaveState;
}) {
  const [when, setWhen] = useState(inAnHour);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(action: Action) {
    setBusy(true);
    setError(null);
    try {
      if (!(await saveFirst())) throw new Error('Save the story first: it has changes the server refused.');
      const body = action === 'schedule' ? { action, at: new Date(when).toISOString() } : { action };
      const { article: next } = await fetchJson<{ article: EditorArticle }>(`/api/newsroom/articles/${article.id}/publication`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
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
      setError(e instanceof ApiError ? e.message : 'Could not reach the server.');
    }
  }

  const status =
    article.status === 'published' ? (
      <>
        Published <TimeStamp iso={article.publishedAt!} />
      </>
    ) : article.status === 'scheduled' ? (
      <>
        Scheduled for <TimeStamp iso={article.scheduledFor!} />
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
              <span>Publish at</span>
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
