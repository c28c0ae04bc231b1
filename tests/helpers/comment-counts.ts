import { eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';

export type Row = typeof s.comments.$inferSelect;

/**
 * The counts as a reader would count them, computed here from the rows alone: a comment's approved replies
 * and its likes; a story's approved comments that show in the thread (every ancestor approved, or deleted
 * with approved replies still under it).
 */
function expectedCounts(rows: Row[], likes: { commentId: number }[]) {
  const replies = new Map<number, number>();
  for (const r of rows) if (r.parentId !== null && r.status === 'approved') replies.set(r.parentId, (replies.get(r.parentId) ?? 0) + 1);
  const likeCounts = new Map<number, number>();
  for (const l of likes) likeCounts.set(l.commentId, (likeCounts.get(l.commentId) ?? 0) + 1);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const shows = (r: Row) => r.status === 'approved' || (r.status === 'deleted' && (replies.get(r.id) ?? 0) > 0);
  const ancestorsShow = (r: Row): boolean => {
    for (let p = r.parentId === null ? undefined : byId.get(r.parentId); p; p = p.parentId === null ? undefined : byId.get(p.parentId)) {
      if (!shows(p)) return false;
    }
    return true;
  };
  const perStory = new Map<number, number>();
  for (const r of rows) if (r.status === 'approved' && ancestorsShow(r)) perStory.set(r.articleId, (perStory.get(r.articleId) ?? 0) + 1);
  return { replies, likeCounts, perStory };
}

/** Fails unless every count kept for the given stories (all stories when omitted) equals the rows' own. */
export async function assertCountsMatchRows(db: Db, storyIds?: number[]) {
  const ids = storyIds ?? (await db.select({ id: s.articles.id }).from(s.articles)).map((a) => a.id);
  const rows = await db.select().from(s.comments).where(inArray(s.comments.articleId, ids));
  const likes = await db
    .select({ commentId: s.commentLikes.commentId })
    .from(s.commentLikes)
    .innerJoin(s.comments, eq(s.comments.id, s.commentLikes.commentId))
    .where(inArray(s.comments.articleId, ids));
  const expected = expectedCounts(rows, likes);
  const stories = await db.select({ id: s.articles.id, n: s.articles.commentCount }).from(s.articles).where(inArray(s.articles.id, ids));
  expect(Object.fromEntries(stories.map((a) => [a.id, a.n]))).toEqual(Object.fromEntries(ids.map((id) => [id, expected.perStory.get(id) ?? 0])));
  const stored = rows.map((r) => ({ id: r.id, replies: r.replyCount, likes: r.likeCount }));
  expect(stored).toEqual(rows.map((r) => ({ id: r.id, replies: expected.replies.get(r.id) ?? 0, likes: expected.likeCounts.get(r.id) ?? 0 })));
  const hiddenReplies = rows.filter((r) => r.status === 'approved' && r.parentId !== null && byStatus(rows, r.parentId) !== 'approved' && byStatus(rows, r.parentId) !== 'deleted');
  return { ...expected, statuses: new Set(rows.map((r) => r.status)), hiddenReplies: hiddenReplies.length };
}

const byStatus = (rows: Row[], id: number) => rows.find((r) => r.id === id)?.status;

