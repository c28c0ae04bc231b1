import { infiniteQueryOptions } from '@tanstack/react-query';
import type { CommentPage } from '@/lib/comments/types';
import { fetchJson } from '@/lib/http/fetch-json';

export type CommentSort = 'newest' | 'oldest' | 'top';

/** Cache contract for comment threads: one key per article and sort; server tag `comments:{articleId}`. */
export const commentKeys = {
  all: ['comments'] as const,
  thread: (slug: string, sort: CommentSort) => ['comments', slug, sort] as const,
};

export function commentThreadOptions(slug: string, sort: CommentSort) {
  return infiniteQueryOptions({
    queryKey: commentKeys.thread(slug, sort),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ sort, limit: '20' });
      if (pageParam) params.set('cursor', pageParam);
      return fetchJson<CommentPage>(`/api/articles/${encodeURIComponent(slug)}/comments?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 30_000,
  });
}
