'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';

/** Brings back a revision's text as a new save; a live story shows it to readers at once. */
export function RestoreButton({ articleId, revisionId, version }: { articleId: number; revisionId: number; version: number }) {
  const router = useRouter();
  const restore = useMutation({
    mutationFn: () => fetchJson(`/api/newsroom/articles/${articleId}/revisions/${revisionId}/restore`, jsonRequest('POST')),
    onSuccess: () => {
      router.push(`/newsroom/articles/${articleId}/history`);
      router.refresh();
    },
  });
  return (
    <div>
      <button
        type="button"
        disabled={restore.isPending}
        onClick={() => window.confirm(`Replace the story’s headline, standfirst and body with version ${version}?`) && restore.mutate()} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        Restore version {version}
      </button>
      {restore.isError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {errorMessage(restore.error, 'Could not reach the server.')}
        </p>
      )}
    </div>
  );
}
