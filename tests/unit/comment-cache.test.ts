import { describe, expect, it } from 'vitest';
import type { CommentDto, CommentPage } from '@/lib/comments/types';
import { setViewerLiked, updateComment, type ThreadData } from '@/lib/queries/comments';

const comment = (id: number, replies: CommentDto[] = []): CommentDto => ({
  id,
  parentId: null,
  depth: 0,
  body: `comment ${id}`,
  createdAt: '2026-11-25T12:00:00.000Z',
  editedAt: null,
  likeCount: 1,
  replyCount: replies.length,
  featured: false,
  status: 'approved',
  author: { name: 'A', badge: null },
  replyingTo: null,
  replies,
});
const viewer = { id: 9, name: 'V', moderator: false, liked: [], own: [], reported: [] };
const page = (comments: CommentDto[], extra: Partial<CommentPage> = {}): CommentPage => ({ comments, nextCursor: null, total: 5, viewer, ...extra });

describe('updateComment', () => {
  const data: ThreadData = {
    pages: [
      page([comment(1, [comment(2, [comment(3)])])], { about: { mode: 'open', guidelines: '', featured: [comment(3)] } }),
      page([comment(4)]),
    ],
    pageParams: [null, 'c'],
  };

  it('changes the comment wherever it is: nested replies and the featured strip', () => {
    const next = updateComment(data, 3, (c) => ({ ...c, likeCount: 7 }));
    expect(next.pages[0]!.comments[0]!.replies[0]!.replies[0]!.likeCount).toBe(7);
    expect(next.pages[0]!.about!.featured[0]!.likeCount).toBe(7);
    expect(next.pages[1]!.comments[0]!.likeCount).toBe(1);
  });

  it('leaves the original untouched, so a rollback can restore it', () => {
    updateComment(data, 3, (c) => ({ ...c, likeCount: 7 }));
    expect(data.pages[0]!.comments[0]!.replies[0]!.replies[0]!.likeCount).toBe(1);
  });

  it('keeps unchanged branches identical, so React re-renders only what changed', () => {
    const next = updateComment(data, 4, (c) => ({ ...c, likeCount: 2 }));
    expect(next.pages[0]!.comments[0]).toBe(data.pages[0]!.comments[0]);
  });
});

describe('setViewerLiked', () => {
  it('adds once and removes on every page', () => {
    const data: ThreadData = { pages: [page([comment(1)]), page([comment(2)])], pageParams: [null, 'c'] };
    const liked = setViewerLiked(setViewerLiked(data, 2, true), 2, true);
    expect(liked.pages.map((p) => p.viewer!.liked)).toEqual([[2], [2]]);
    expect(setViewerLiked(liked, 2, false).pages.map((p) => p.viewer!.liked)).toEqual([[], []]);
  });
});
