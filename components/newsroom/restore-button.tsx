'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import { Button } from '@/components/ui/controls';

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
      <Button
        type="button"
        disabled={restore.isPending}
        onClick={() => window.confirm(`Replace the story’s headline, standfirst and body with version ${version}?`) && restore.mutate()} variant="primary">
        Restore version {version}
      </Button>
      {restore.isError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {errorMessage(restore.error, 'Could not reach the server.')}
        </p>
      )}
    </div>
  );
}
