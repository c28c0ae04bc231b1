import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { CommentDto, CommentPage } from '@/lib/comments/types';
import { errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';

export type CommentSort = 'newest' | 'oldest' | 'top';
export type ThreadData = InfiniteData<CommentPage, string | null>;

/** Cache contract for comment threads: one key per article and sort; server tag `comments:{articleId}`. */
export const commentKeys = {
  all: ['comments'] as const,
  article: (slug: string) => ['comments', slug] as const,
  thread: (slug: string, sort: CommentSort) => ['comments', slug, sort] as const,
  latestTotal: (slug: string) => ['comments', slug, 'latest-total'] as const,
};

const threadUrl = (slug: string) => `/api/articles/${encodeURIComponent(slug)}/comments`;

// Fetches say `no-cache`: the answers allow stale-while-revalidate for CDNs, which a browser would otherwise
// apply too and show the thread as it was before the reader's own post.
export function commentThreadOptions(slug: string, sort: CommentSort) {
  return infiniteQueryOptions({
    queryKey: commentKeys.thread(slug, sort),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ sort, limit: '20' });
      if (pageParam) params.set('cursor', pageParam);
      return fetchJson<CommentPage>(`${threadUrl(slug)}?${params}`, { signal, cache: 'no-cache' });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // The thread never refreshes under the reader's eyes; the live count below offers new comments instead.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/**
 * The story's approved total, polled every 30 s and on focus, without cookies so the answer is the shared,
 * cached one. The thread compares it with what it shows to offer "N new comments".
 */
export function latestTotalOptions(slug: string) {
  return queryOptions({
    queryKey: commentKeys.latestTotal(slug),
    queryFn: ({ signal }) =>
      fetchJson<CommentPage>(`${threadUrl(slug)}?sort=newest&limit=1`, { signal, credentials: 'omit', cache: 'no-cache' }).then((p) => p.total),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

export type PostedComment = { id: number; status: 'approved' | 'pending' | 'rejected'; reasons: string[] };

export const commentApi = {
  post: (slug: string, body: string, parentId?: number) =>
    fetchJson<{ comment: PostedComment }>(threadUrl(slug), jsonRequest('POST', { body, parentId })).then((r) => r.comment),
  edit: (id: number, body: string) => fetchJson<{ comment: PostedComment }>(`/api/comments/${id}`, jsonRequest('PATCH', { body })).then((r) => r.comment),
  remove: (id: number) => fetchJson<null>(`/api/comments/${id}`, jsonRequest('DELETE')),
  like: (id: number, liked: boolean) => fetchJson<{ liked: boolean; likeCount: number }>(`/api/comments/${id}/like`, jsonRequest(liked ? 'PUT' : 'DELETE')),
  report: (id: number, reason: string, note: string) => fetchJson<{ reported: true }>(`/api/comments/${id}/reports`, jsonRequest('POST', { reason, note: note || undefined })),
};

/** Applies `change` to comment `id` wherever it appears in the loaded pages (thread, replies, featured strip). */
export function updateComment(data: ThreadData, id: number, change: (c: CommentDto) => CommentDto): ThreadData {
  // Unchanged branches keep their identity, so only the changed comment re-renders.
  const walk = (list: CommentDto[]): CommentDto[] => {
    const next = list.map((c) => {
      const replies = walk(c.replies);
      const copy = replies === c.replies ? c : { ...c, replies };
      return c.id === id ? change(copy) : copy;
    });
    return next.every((c, i) => c === list[i]) ? list : next;
  };
  return {
    ...data,
    pages: data.pages.map((p) => ({
      ...p,
      comments: walk(p.comments),
      ...(p.about && { about: { ...p.about, featured: walk(p.about.featured) } }),
    })),
  };
}

/** Marks `id` liked or not in the reader's overlay of every loaded page. */
export function setViewerLiked(data: ThreadData, id: number, liked: boolean): ThreadData {
  return {
    ...data,
    pages: data.pages.map((p) =>
      p.viewer ? { ...p, viewer: { ...p.viewer, liked: liked ? [...new Set([...p.viewer.liked, id])] : p.viewer.liked.filter((x) => x !== id) } } : p,
    ),
  };
}

/**
 * Like or unlike a comment, optimistically the library's way: the heart and count change at once (onMutate,
 * with a snapshot), go back to the snapshot when the server refuses (onError), and settle on the server's
 * count when it answers (onSuccess). `onRefused` tells the reader why.
 */
export function useLikeComment(slug: string, sort: CommentSort, onRefused: (message: string) => void) {
  const queryClient = useQueryClient();
  const key = commentKeys.thread(slug, sort);
  const show = (id: number, likeCount: number, liked: boolean) =>
    queryClient.setQueryData<ThreadData>(key, (data) => (data ? setViewerLiked(updateComment(data, id, (c) => ({ ...c, likeCount })), id, liked) : data));
  return useMutation({
    mutationFn: ({ comment, liked }: { comment: CommentDto; liked: boolean }) => commentApi.like(comment.id, liked),
    onMutate: async ({ comment, liked }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ThreadData>(key);
      show(comment.id, Math.max(0, comment.likeCount + (liked ? 1 : -1)), liked);
      return { before };
    },
    onError: (error, _variables, snapshot) => {
      if (snapshot?.before) queryClient.setQueryData(key, snapshot.before);
      onRefused(`Your like could not be saved: ${errorMessage(error, 'network error')}`);
    },
    onSuccess: (result, { comment }) => show(comment.id, result.likeCount, result.liked),
  });
}
