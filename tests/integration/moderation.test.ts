import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getThread } from '@/app/api/articles/[slug]/comments/route';
import { GET as getQueue } from '@/app/api/moderation/comments/route';
import { POST as decide } from '@/app/api/moderation/comments/[id]/route';
import { POST as decideBulk } from '@/app/api/moderation/comments/bulk/route';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const queue = (cookie: string, query: string) => callRoute(getQueue, `/api/moderation/comments?${query}`, {}, jsonInit('GET', cookie));
const act = (cookie: string, id: number | string, body: unknown) =>
  callRoute(decide, `/api/moderation/comments/${id}`, { id: String(id) }, jsonInit('POST', cookie, body));
const thread = (slug: string, cookie?: string) => callRoute(getThread, `/api/articles/${slug}/comments?limit=50`, { slug }, jsonInit('GET', cookie));
const articleCount = async (id: number) => (await db().select({ n: s.articles.commentCount }).from(s.articles).where(eq(s.articles.id, id)))[0]!.n;
const commentRow = async (id: number) => (await db().select().from(s.comments).where(eq(s.comments.id, id)))[0]!;

async function comment(articleId: number, over: Partial<typeof s.comments.$inferInsert> = {}) {
  const [c] = await db().insert(s.comments).values({ articleId, body: `Moderation test ${Math.random()}`, status: 'pending', ...over }).returning();
  await db().update(s.comments).set({ rootId: c!.parentId ?? c!.id }).where(eq(s.comments.id, c!.id));
  return c!;
}

async function scene() {
  const article = await createArticle(db());
  const editor = await createUser(db(), 'editor');
  const writer = await createUser(db(), 'reader');
  return { article, editor, writer };
}

describe('queues', () => {
  it('pending: held comments with their rule hits, the story, the parent and the commenter’s record', async () => {
    const { article, editor, writer } = await scene();
    const parent = await comment(article.id, { status: 'approved', body: 'The parent comment' });
    await comment(article.id, { status: 'approved', authorId: writer.user.id, body: 'An earlier approved one' });
    await comment(article.id, { status: 'rejected', authorId: writer.user.id, body: 'An earlier rejected one' });
    const held = await comment(article.id, { authorId: writer.user.id, parentId: parent.id, depth: 1, reasons: ['suspect_word:idiot'], body: 'You idiot' });

    const res = await queue(editor.cookie, `queue=pending&article=${article.id}`);
    expect(res.status).toBe(200);
    expect(res.json.counts).toEqual({ pending: 1, reported: 0, rejected: 1, approved: 2 });
    const [card] = res.json.comments;
    expect(card).toMatchObject({
      id: held.id,
      body: 'You idiot',
      reasons: ['suspect_word:idiot'],
      article: { id: article.id, slug: article.slug, headline: article.headline, section: 'world' },
      parent: { id: parent.id, body: 'The parent comment' },
      author: { id: writer.user.id, name: writer.user.name, status: 'active', approved: 1, rejected: 1 },
    });
    expect(card.author.recent.map((r: { body: string }) => r.body).sort()).toEqual(['An earlier approved one', 'An earlier rejected one']);
  });

  it('reported: approved comments with open reports, the reasons counted and the notes kept', async () => {
    const { article, editor } = await scene();
    const c = await comment(article.id, { status: 'approved', reportCount: 3 });
    const reporters = await Promise.all([1, 2, 3].map(() => createUser(db(), 'reader')));
    await db().insert(s.commentReports).values([
      { commentId: c.id, reporterId: reporters[0]!.user.id, reason: 'abuse', note: 'Personal attack' },
      { commentId: c.id, reporterId: reporters[1]!.user.id, reason: 'abuse' },
      { commentId: c.id, reporterId: reporters[2]!.user.id, reason: 'spam' },
    ]);
    const res = await queue(editor.cookie, `queue=reported&article=${article.id}`);
    expect(res.json.comments).toHaveLength(1);
    expect(res.json.comments[0].reports).toEqual([
      { reason: 'abuse', count: 2, notes: ['Personal attack'] },
      { reason: 'spam', count: 1, notes: [] },
    ]);
  });

  it('filters by section and searches text and commenter, oldest first on request, with a cursor', async () => {
    const { editor, writer } = await scene();
    const article = await createArticle(db(), { section: 'science' });
    const a = await comment(article.id, { body: 'Needle in a haystack one', createdAt: new Date(Date.now() - 3000) });
    const b = await comment(article.id, { body: 'Needle in a haystack two', createdAt: new Date(Date.now() - 2000) });
    await comment(article.id, { authorId: writer.user.id, body: 'Written by the searched reader' });

    const first = await queue(editor.cookie, 'queue=pending&section=science&q=needle&sort=oldest&limit=1');
    expect(first.json.comments.map((c: { id: number }) => c.id)).toEqual([a.id]);
    const second = await queue(editor.cookie, `queue=pending&section=science&q=needle&sort=oldest&limit=1&cursor=${first.json.nextCursor}`);
    expect(second.json.comments.map((c: { id: number }) => c.id)).toEqual([b.id]);
    const byName = await queue(editor.cookie, `queue=pending&q=${encodeURIComponent(writer.user.name)}`);
    expect(byName.json.comments.map((c: { body: string }) => c.body)).toEqual(['Written by the searched reader']);
    expect((await queue(editor.cookie, 'queue=pending&q=%25%27%3B%20drop%20table%20comments%3B--')).json.comments).toEqual([]);
  });

  it('refuses a queue that does not exist, a bad cursor and an over-long search with the field named', async () => {
    const { editor } = await scene();
    expect((await queue(editor.cookie, 'queue=everything')).json.error.fields).toHaveProperty('queue');
    expect((await queue(editor.cookie, 'cursor=nope')).json.error.fields).toHaveProperty('cursor');
    expect((await queue(editor.cookie, `q=${'x'.repeat(201)}`)).json.error.fields).toHaveProperty('q');
  });
});

describe('decisions', () => {
  it('approve: the comment joins the public thread, the counts rise, the audit log records it', async () => {
    const { article, editor } = await scene();
    const parent = await comment(article.id, { status: 'approved' });
    const held = await comment(article.id, { parentId: parent.id, depth: 1 });
    const before = await articleCount(article.id);

    const res = await act(editor.cookie, held.id, { action: 'approve', expected: { status: 'pending', reportCount: 0 } });
    expect(res.status).toBe(200);
    expect(res.json.comment).toMatchObject({ id: held.id, status: 'approved' });
    expect(await articleCount(article.id)).toBe(before + 1);
    expect((await commentRow(parent.id)).replyCount).toBe(1);
    expect((await thread(article.slug)).text).toContain(held.body);
    const [audit] = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.targetType, 'comment'), eq(s.moderationActions.targetId, String(held.id))));
    expect(audit).toMatchObject({ actorId: editor.user.id, action: 'comment.approve', before: { status: 'pending' }, after: { status: 'approved' } });
  });

  it('reject: needs a reason, takes an approved comment out of the counts, and its author sees why', async () => {
    const { article, editor, writer } = await scene();
    const c = await comment(article.id, { status: 'approved', authorId: writer.user.id, featured: true });
    await db().update(s.articles).set({ commentCount: 1 }).where(eq(s.articles.id, article.id));

    const noReason = await act(editor.cookie, c.id, { action: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.fields).toHaveProperty('reason');
    expect((await commentRow(c.id)).status).toBe('approved');

    const res = await act(editor.cookie, c.id, { action: 'reject', reason: 'off_topic' });
    expect(res.json.comment).toMatchObject({ status: 'rejected', rejectionReason: 'off_topic', featured: false });
    expect(await articleCount(article.id)).toBe(0);
    const own = await thread(article.slug, writer.cookie);
    expect(own.json.mine).toEqual([expect.objectContaining({ id: c.id, status: 'rejected', rejectionReason: 'off_topic' })]);
    expect((await thread(article.slug)).text).not.toContain(c.body);
  });

  it('deciding a reported comment answers its reports; spam, feature and unfeature follow the comment’s state', async () => {
    const { article, editor } = await scene();
    const reported = await comment(article.id, { status: 'approved', reportCount: 1 });
    const reporter = await createUser(db(), 'reader');
    await db().insert(s.commentReports).values({ commentId: reported.id, reporterId: reporter.user.id, reason: 'spam' });
    expect((await act(editor.cookie, reported.id, { action: 'approve' })).json.comment).toMatchObject({ status: 'approved', reportCount: 0 });
    const [report] = await db().select().from(s.commentReports).where(eq(s.commentReports.commentId, reported.id));
    expect(report!.resolvedAt).not.toBeNull();
    expect((await act(editor.cookie, reported.id, { action: 'approve' })).status).toBe(409); // nothing left to approve

    expect((await act(editor.cookie, reported.id, { action: 'feature' })).json.comment.featured).toBe(true);
    expect((await thread(article.slug)).json.about.featured.map((f: { id: number }) => f.id)).toEqual([reported.id]);
    expect((await act(editor.cookie, reported.id, { action: 'unfeature' })).json.comment.featured).toBe(false);
    expect((await act(editor.cookie, reported.id, { action: 'spam' })).json.comment).toMatchObject({ status: 'spam', rejectionReason: 'spam' });

    const held = await comment(article.id);
    const cannot = await act(editor.cookie, held.id, { action: 'feature' });
    expect(cannot.status).toBe(409);
    expect(cannot.json.error.current).toMatchObject({ id: held.id, status: 'pending' });
  });

  it('of two moderators deciding at once, one wins and the other gets 409 with the current state; counts stay exact', async () => {
    const { article, editor } = await scene();
    const other = await createUser(db(), 'admin');
    const before = await articleCount(article.id);
    const held = await Promise.all([1, 2, 3, 4, 5].map(() => comment(article.id)));
    for (const c of held) {
      const expected = { status: 'pending', reportCount: 0 };
      const results = await Promise.all([
        act(editor.cookie, c.id, { action: 'approve', expected }),
        act(other.cookie, c.id, { action: 'reject', reason: 'abuse', expected }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      const winner = results.find((r) => r.status === 200)!;
      expect(loser.json.error.current.status).toBe(winner.json.comment.status);
    }
    const approved = (await db().select().from(s.comments).where(and(eq(s.comments.articleId, article.id), eq(s.comments.status, 'approved')))).length;
    expect(await articleCount(article.id)).toBe(before + approved);
  });

  it('refuses unknown comments, unknown actions, over-long notes and bad JSON, changing nothing', async () => {
    const { article, editor } = await scene();
    const held = await comment(article.id);
    expect((await act(editor.cookie, 99999999, { action: 'approve' })).status).toBe(404);
    expect((await act(editor.cookie, 'abc', { action: 'approve' })).status).toBe(404);
    const unknown = await act(editor.cookie, held.id, { action: 'delete-everything' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields).toHaveProperty('action');
    const long = await act(editor.cookie, held.id, { action: 'reject', reason: 'abuse', note: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.json.error.fields).toHaveProperty('note');
    const badReason = await act(editor.cookie, held.id, { action: 'reject', reason: '<script>alert(1)</script>' });
    expect(badReason.json.error.fields).toHaveProperty('reason');
    const badJson = await callRoute(decide, `/api/moderation/comments/${held.id}`, { id: String(held.id) }, { method: 'POST', headers: { cookie: editor.cookie, 'Content-Type': 'application/json' }, body: '{"action":' });
    expect(badJson.status).toBe(400);
    expect((await commentRow(held.id)).status).toBe('pending');
    expect(await db().select().from(s.moderationActions).where(eq(s.moderationActions.targetId, String(held.id)))).toEqual([]);
  });

  it('readers and authors get 403 and change nothing', async () => {
    const { article } = await scene();
    const held = await comment(article.id);
    for (const role of ['reader', 'author'] as const) {
      const user = await createUser(db(), role);
      expect((await act(user.cookie, held.id, { action: 'approve' })).status).toBe(403);
      expect((await queue(user.cookie, 'queue=pending')).status).toBe(403);
    }
    expect((await commentRow(held.id)).status).toBe('pending');
  });
});

describe('bulk decisions', () => {
  it('apply to each selected comment and report the ones already decided', async () => {
    const { article, editor } = await scene();
    const [a, b, c] = await Promise.all([comment(article.id), comment(article.id), comment(article.id, { status: 'rejected' })]);
    const res = await callRoute(decideBulk, '/api/moderation/comments/bulk', {}, jsonInit('POST', editor.cookie, { ids: [a.id, b.id, c.id], action: 'reject', reason: 'spam' }));
    expect(res.status).toBe(200);
    expect(res.json.results.map((r: { id: number; ok: boolean }) => [r.id, r.ok])).toEqual([
      [a.id, true],
      [b.id, true],
      [c.id, false],
    ]);
    expect((await commentRow(a.id)).status).toBe('rejected');
    const tooMany = await callRoute(decideBulk, '/api/moderation/comments/bulk', {}, jsonInit('POST', editor.cookie, { ids: Array.from({ length: 101 }, (_, i) => i + 1), action: 'approve' }));
    expect(tooMany.json.error.fields).toHaveProperty('ids');
  });
});
