// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommentDto, CommentPage } from '@/lib/comments/types';
import { commentKeys, useLikeComment, type ThreadData } from '@/lib/queries/comments';

const comment: CommentDto = {
  id: 7,
  parentId: null,
  depth: 0,
  body: 'A fair point about the budget',
  createdAt: '2026-11-30T10:00:00.000Z',
  editedAt: null,
  likeCount: 4,
  replyCount: 0,
  featured: false,
  status: 'approved',
  author: { name: 'Ana', badge: null },
  replyingTo: null,
  replies: [],
};
const page: CommentPage = {
  comments: [comment],
  nextCursor: null,
  total: 1,
  viewer: { id: 1, name: 'Reader', moderator: false, liked: [], own: [], reported: [] },
} as CommentPage;

/** The server's answer to the like, held until the test lets it go. */
function serverAnswer() {
  let answer!: (response: Response) => void;
  const pending = new Promise<Response>((resolve) => (answer = resolve));
  const fetch = vi.fn(() => pending);
  vi.stubGlobal('fetch', fetch);
  return { fetch, answer };
}

function renderLike() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const key = commentKeys.thread('budget-story', 'newest');
  client.setQueryData<ThreadData>(key, { pages: [page], pageParams: [null] });
  const refused = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const { result } = renderHook(() => useLikeComment('budget-story', 'newest', refused), { wrapper });
  const shown = () => {
    const data = client.getQueryData<ThreadData>(key)!;
    return { likeCount: data.pages[0]!.comments[0]!.likeCount, liked: data.pages[0]!.viewer!.liked.includes(comment.id) };
  };
  return { result, shown, refused };
}

afterEach(() => vi.unstubAllGlobals());

describe('liking a comment', () => {
  it('shows the heart and the new count before the server answers, then the server’s count', async () => {
    const server = serverAnswer();
    const { result, shown, refused } = renderLike();
    act(() => result.current.mutate({ comment, liked: true }));
    await waitFor(() => expect(shown()).toEqual({ likeCount: 5, liked: true }));
    expect(server.fetch).toHaveBeenCalledWith('/api/comments/7/like', expect.objectContaining({ method: 'PUT' }));

    // Someone else liked it meanwhile: the server's count wins.
    server.answer(Response.json({ liked: true, likeCount: 6 }));
    await waitFor(() => expect(shown()).toEqual({ likeCount: 6, liked: true }));
    expect(refused).not.toHaveBeenCalled();
  });

  it('puts the heart and the count back, and says why, when the server refuses', async () => {
    const server = serverAnswer();
    const { result, shown, refused } = renderLike();
    act(() => result.current.mutate({ comment, liked: true }));
    await waitFor(() => expect(shown()).toEqual({ likeCount: 5, liked: true }));

    server.answer(Response.json({ error: { code: 'forbidden', message: 'Your account is suspended, so you cannot do this.' } }, { status: 403 }));
    await waitFor(() => expect(shown()).toEqual({ likeCount: 4, liked: false }));
    expect(refused).toHaveBeenCalledWith('Your like could not be saved: Your account is suspended, so you cannot do this.');
  });

  it('rolls back an unlike when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const { result, shown, refused } = renderLike();
    act(() => result.current.mutate({ comment: { ...comment, likeCount: 4 }, liked: false }));
    await waitFor(() => expect(refused).toHaveBeenCalledWith('Your like could not be saved: network error'));
    expect(shown()).toEqual({ likeCount: 4, liked: false });
  });
});
