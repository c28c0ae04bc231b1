import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getComments } from '@/app/api/articles/[slug]/comments/route';
import { DELETE as deleteRoute, PATCH as patchRoute } from '@/app/api/comments/[id]/route';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

async function scene() {
  const story = await createArticle(db(), { headline: `Own comments ${Math.random()}` });
  const author = await createUser(db(), 'reader');
  const [c] = await db().insert(s.comments).values({ articleId: story.id, authorId: author.user.id, body: 'Original words here' }).returning();
  await db().update(s.comments).set({ rootId: c!.id }).where(eq(s.comments.id, c!.id));
  await db().update(s.articles).set({ commentCount: 1 }).where(eq(s.articles.id, story.id));
  return { story, author, comment: c! };
}
const patch = (id: number, cookie: string | undefined, body: unknown) => callRoute(patchRoute, `/api/comments/${id}`, { id: String(id) }, jsonInit('PATCH', cookie, body));
const del = (id: number, cookie: string | undefined) => callRoute(deleteRoute, `/api/comments/${id}`, { id: String(id) }, jsonInit('DELETE', cookie));
const count = async (id: number) => (await db().select({ n: s.articles.commentCount }).from(s.articles).where(eq(s.articles.id, id)))[0]!.n;
const thread = (slug: string) => callRoute(getComments, `/api/articles/${slug}/comments?limit=50`, { slug });

describe('editing one’s own comment', () => {
  it('changes the words and marks it edited', async () => {
    const { author, comment, story } = await scene();
    const res = await patch(comment.id, author.cookie, { body: 'Better words here' });
    expect(res.status).toBe(200);
    expect(res.json.comment).toMatchObject({ body: 'Better words here', status: 'approved' });
    expect((await thread(story.slug)).json.comments[0]).toMatchObject({ body: 'Better words here', editedAt: expect.any(String) });
  });

  it('refuses someone else’s comment (403) and edits after 15 minutes (403)', async () => {
    const { comment, author } = await scene();
    const other = await createUser(db(), 'reader');
    expect((await patch(comment.id, other.cookie, { body: 'Hijacked words' })).status).toBe(403);
    await db().update(s.comments).set({ createdAt: new Date(Date.now() - 16 * 60_000) }).where(eq(s.comments.id, comment.id));
    expect((await patch(comment.id, author.cookie, { body: 'Too late now' })).status).toBe(403);
    const [row] = await db().select().from(s.comments).where(eq(s.comments.id, comment.id));
    expect(row?.body).toBe('Original words here');
  });

  it('sends an edit with a suspect word back to moderation and out of the count; refuses a banned word', async () => {
    const { author, comment, story } = await scene();
    expect((await patch(comment.id, author.cookie, { body: 'you scumbag' })).status).toBe(400);
    const res = await patch(comment.id, author.cookie, { body: 'what an idiot' });
    expect(res.json.comment).toMatchObject({ status: 'pending', reasons: ['suspect_word:idiot'] });
    expect(await count(story.id)).toBe(0);
  });
});

describe('deleting one’s own comment', () => {
  it('removes a comment without replies from the thread and the count', async () => {
    const { author, comment, story } = await scene();
    expect((await del(comment.id, author.cookie)).status).toBe(204);
    expect(await count(story.id)).toBe(0);
    expect((await thread(story.slug)).json.comments).toEqual([]);
    expect((await del(comment.id, author.cookie)).status).toBe(404);
  });

  it('keeps a comment with replies as "comment deleted", with its replies', async () => {
    const { author, comment, story } = await scene();
    const replier = await createUser(db(), 'reader');
    await db().insert(s.comments).values({ articleId: story.id, parentId: comment.id, rootId: comment.id, depth: 1, authorId: replier.user.id, body: 'A reply that stays' });
    await db().update(s.comments).set({ replyCount: 1 }).where(eq(s.comments.id, comment.id));
    await db().update(s.articles).set({ commentCount: 2 }).where(eq(s.articles.id, story.id));
    expect((await del(comment.id, author.cookie)).status).toBe(204);
    const res = await thread(story.slug);
    expect(res.json.total).toBe(1);
    expect(res.json.comments[0]).toMatchObject({ status: 'deleted', body: '', author: null });
    expect(res.json.comments[0].replies[0]).toMatchObject({ body: 'A reply that stays' });
    expect(JSON.stringify(res.json)).not.toContain('Original words here');
  });

  it('refuses someone else’s comment, signed-out callers and banned authors', async () => {
    const { author, comment } = await scene();
    const other = await createUser(db(), 'reader');
    expect((await del(comment.id, other.cookie)).status).toBe(403);
    expect((await del(comment.id, undefined)).status).toBe(401);
    await db().update(s.users).set({ status: 'banned' }).where(eq(s.users.id, author.user.id));
    expect((await del(comment.id, author.cookie)).status).toBe(403);
    expect((await del(999999, other.cookie)).status).toBe(404);
  });
});
