'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, fetchJson } from '@/lib/http/fetch-json';

/** Brings back a revision's text as a new save; a live story shows it to readers at once. */
export function RestoreButton({ articleId, revisionId, version }: { articleId: number; revisionId: number; version: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function restore() {
    if (!window.confirm(`Replace the story’s headline, standfirst and body with version ${version}?`)) return;
    try {
      await fetchJson(`/api/newsroom/articles/${articleId}/revisions/${revisionId}/restore`, { method: 'POST' });
      router.push(`/newsroom/articles/${articleId}/history`);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not reach the server.');
    }
  }
  return (
    <div>
      <button type="button" onClick={restore} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        Restore version {version}
      </button>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
