import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DELETE as unlike, PUT as like } from '@/app/api/comments/[id]/like/route';
import { POST as report } from '@/app/api/comments/[id]/reports/route';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

async function freshComment(status: s.CommentStatus = 'approved') {
  const [article] = await db().select().from(s.articles).limit(1);
  const [c] = await db().insert(s.comments).values({ articleId: article!.id, body: `Comment to react to ${Math.random()}`, status }).returning();
  return c!;
}
const likeCount = async (id: number) => (await db().select({ n: s.comments.likeCount }).from(s.comments).where(eq(s.comments.id, id)))[0]!.n;
const callLike = (method: 'PUT' | 'DELETE', id: number | string, cookie?: string) =>
  callRoute(method === 'PUT' ? like : unlike, `/api/comments/${id}/like`, { id: String(id) }, jsonInit(method, cookie));
const callReport = (id: number | string, cookie: string | undefined, body: unknown) =>
  callRoute(report, `/api/comments/${id}/reports`, { id: String(id) }, jsonInit('POST', cookie, body));

describe('likes', () => {
  it('are idempotent: liking twice counts once, unliking twice removes one', async () => {
    const comment = await freshComment();
    const reader = await createUser(db(), 'reader');
    expect((await callLike('PUT', comment.id, reader.cookie)).json).toEqual({ liked: true, likeCount: 1 });
    expect((await callLike('PUT', comment.id, reader.cookie)).json).toEqual({ liked: true, likeCount: 1 });
    expect((await callLike('DELETE', comment.id, reader.cookie)).json).toEqual({ liked: false, likeCount: 0 });
    expect((await callLike('DELETE', comment.id, reader.cookie)).json).toEqual({ liked: false, likeCount: 0 });
  });

  it('stay exact when 20 readers like at once, each twice', async () => {
    const comment = await freshComment();
    const readers = await Promise.all(Array.from({ length: 20 }, () => createUser(db(), 'reader')));
    const results = await Promise.all(readers.flatMap((r) => [callLike('PUT', comment.id, r.cookie), callLike('PUT', comment.id, r.cookie)]));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await likeCount(comment.id)).toBe(20);
    const rows = await db().select().from(s.commentLikes).where(eq(s.commentLikes.commentId, comment.id));
    expect(rows).toHaveLength(20);
  });

  it('answer 401 signed out, 403 banned, 404 for hidden or unknown comments', async () => {
    const pending = await freshComment('pending');
    const reader = await createUser(db(), 'reader');
    const banned = await createUser(db(), 'reader', { status: 'banned' });
    const visible = await freshComment();
    expect((await callLike('PUT', visible.id)).status).toBe(401);
    expect((await callLike('PUT', visible.id, banned.cookie)).status).toBe(403);
    expect((await callLike('PUT', pending.id, reader.cookie)).status).toBe(404);
    expect((await callLike('PUT', 999999, reader.cookie)).status).toBe(404);
    expect((await callLike('PUT', 'abc', reader.cookie)).status).toBe(404);
    expect(await likeCount(visible.id)).toBe(0);
  });
});

describe('reports', () => {
  it('are taken once per reader per comment, with the reason and note, and counted', async () => {
    const comment = await freshComment();
    const reader = await createUser(db(), 'reader');
    const first = await callReport(comment.id, reader.cookie, { reason: 'misinformation', note: 'The date is wrong' });
    expect(first.status).toBe(201);
    expect((await callReport(comment.id, reader.cookie, { reason: 'spam' })).status).toBe(409);
    const rows = await db().select().from(s.commentReports).where(eq(s.commentReports.commentId, comment.id));
    expect(rows).toEqual([expect.objectContaining({ reason: 'misinformation', note: 'The date is wrong', reporterId: reader.user.id })]);
    const [row] = await db().select().from(s.comments).where(eq(s.comments.id, comment.id));
    expect(row?.reportCount).toBe(1);
  });

  it.each([
    [{ reason: 'because' }, 'reason'],
    [{}, 'reason'],
    [{ reason: 'other', note: 'x'.repeat(501) }, 'note'],
  ])('answer 400 naming the field for %j', async (body, field) => {
    const comment = await freshComment();
    const reader = await createUser(db(), 'reader');
    const res = await callReport(comment.id, reader.cookie, body);
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toHaveProperty(field);
    expect(await db().select().from(s.commentReports).where(eq(s.commentReports.commentId, comment.id))).toHaveLength(0);
  });

  it('answer 401 signed out and 403 banned', async () => {
    const comment = await freshComment();
    expect((await callReport(comment.id, undefined, { reason: 'spam' })).status).toBe(401);
    const banned = await createUser(db(), 'reader', { status: 'banned' });
    expect((await callReport(comment.id, banned.cookie, { reason: 'spam' })).status).toBe(403);
  });
});
