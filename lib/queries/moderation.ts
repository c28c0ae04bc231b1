import { queryOptions } from '@tanstack/react-query';
import type { Queue, QueuePage } from '@/lib/moderation/queue';
import { fetchJson, jsonRequest } from '@/lib/http/fetch-json';

export type QueueFilters = { queue: Queue; sort: 'newest' | 'oldest'; section: string; q: string; article: string };

/** Cache contract for the desk: one key per queue and filter set; polled so a card another moderator decided leaves. */
export const moderationKeys = {
  all: ['moderation'] as const,
  queue: (f: QueueFilters) => ['moderation', 'queue', f] as const,
};

export function queueOptions(filters: QueueFilters) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ''));
  params.set('limit', '50');
  return queryOptions({
    queryKey: moderationKeys.queue(filters),
    queryFn: ({ signal }) => fetchJson<QueuePage>(`/api/moderation/comments?${params}`, { signal, cache: 'no-store' }),
    refetchInterval: 5_000,
    placeholderData: (previous) => previous,
  });
}

const post = (url: string, body: unknown) => fetchJson<unknown>(url, jsonRequest('POST', body));

export type Decision = { action: 'approve' | 'reject' | 'spam' | 'feature' | 'unfeature'; reason?: string };

export const moderationApi = {
  /** `expected`: the comment as the desk showed it, so a decision made meanwhile by someone else wins (409). */
  decide: (id: number, decision: Decision, expected?: { status: string; reportCount: number }) => post(`/api/moderation/comments/${id}`, { ...decision, expected }),
  decideMany: (ids: number[], decision: Decision) =>
    post('/api/moderation/comments/bulk', { ids, ...decision }) as Promise<{ results: { id: number; ok: boolean; message?: string }[] }>,
  liftSurge: (articleId: number) => fetchJson<unknown>(`/api/moderation/articles/${articleId}/surge`, { method: 'DELETE' }),
  ban: (userId: number, input: { reason: string; hours?: number; hideComments: boolean }) => post(`/api/moderation/users/${userId}/ban`, input),
};
