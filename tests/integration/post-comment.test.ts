import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getComments, POST as postCommentRoute } from '@/app/api/articles/[slug]/comments/route';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
let ip = 0;

function post(cookie: string | undefined, body: unknown, opts: { slug?: string; raw?: string; type?: string } = {}) {
  const slug = opts.slug ?? SLUG;
  return callRoute(postCommentRoute, `/api/articles/${slug}/comments`, { slug }, {
    method: 'POST',
    headers: { 'Content-Type': opts.type ?? 'application/json', 'x-forwarded-for': `198.51.100.${++ip % 250}`, ...(cookie && { cookie }) },
    body: opts.raw ?? JSON.stringify(body),
  });
}

/** A reader who has had a comment approved before, so the first-comment hold does not apply. */
async function regular() {
  const reader = await createUser(db(), 'reader');
  const [article] = await db().select().from(s.articles).where(eq(s.articles.slug, SLUG));
  await db().insert(s.comments).values({ articleId: article!.id, authorId: reader.user.id, body: 'An earlier approved comment', status: 'approved', createdAt: new Date(Date.now() - 86_400_000) });
  return reader;
}
const countFor = async (slug = SLUG) => (await db().select({ n: s.articles.commentCount }).from(s.articles).where(eq(s.articles.slug, slug)))[0]!.n;
const stored = async (body: string) => db().select().from(s.comments).where(eq(s.comments.body, body));

describe('POST /api/articles/{slug}/comments', () => {
  it('publishes a regular reader’s comment at once and counts it', async () => {
    const reader = await regular();
    const before = await countFor();
    const res = await post(reader.cookie, { body: 'Thoughtful piece.\nSecond line with https://example.org link.' });
    expect(res.status).toBe(201);
    expect(res.json.comment).toMatchObject({ status: 'approved', reasons: [] });
    expect(await countFor()).toBe(before + 1);
    const thread = await callRoute(getComments, `/api/articles/${SLUG}/comments?limit=50`, { slug: SLUG });
    expect(JSON.stringify(thread.json)).toContain('Thoughtful piece.\\nSecond line');
  });

  it('holds a first comment for moderation, with its reason, without counting it', async () => {
    const newcomer = await createUser(db(), 'reader');
    const before = await countFor();
    const res = await post(newcomer.cookie, { body: 'My very first comment here.' });
    expect(res.json.comment).toMatchObject({ status: 'pending', reasons: ['first_comment'] });
    expect(await countFor()).toBe(before);
  });

  it('rejects banned words and holds suspect ones, storing the reasons', async () => {
    const reader = await regular();
    expect((await post(reader.cookie, { body: 'You utter Scumbag.' })).json.comment).toMatchObject({ status: 'rejected', reasons: ['banned_word:scumbag'] });
    expect((await post(reader.cookie, { body: 'What an ÍDIOT thing to say' })).json.comment).toMatchObject({ status: 'pending', reasons: ['suspect_word:idiot'] });
    expect((await stored('You utter Scumbag.'))[0]?.reasons).toEqual(['banned_word:scumbag']);
  });

  it('holds a comment with too many links', async () => {
    const reader = await regular();
    const res = await post(reader.cookie, { body: 'See https://a.example https://b.example https://c.example' });
    expect(res.json.comment).toMatchObject({ status: 'pending', reasons: ['too_many_links'] });
  });

  it('holds everything on a premoderated story and refuses a closed one with 403', async () => {
    const reader = await regular();
    const pre = await createArticle(db(), { headline: 'Premoderated story' });
    await db().update(s.articles).set({ commentMode: 'premoderated' }).where(eq(s.articles.id, pre.id));
    expect((await post(reader.cookie, { body: 'Hello premoderation' }, { slug: pre.slug })).json.comment.status).toBe('pending');
    await db().update(s.articles).set({ commentMode: 'closed' }).where(eq(s.articles.id, pre.id));
    const closed = await post(reader.cookie, { body: 'Hello closed thread' }, { slug: pre.slug });
    expect(closed.status).toBe(403);
    expect(await stored('Hello closed thread')).toHaveLength(0);
  });

  it('closes old stories automatically', async () => {
    const reader = await regular();
    const old = await createArticle(db(), { headline: 'An old story', publishedAt: new Date(Date.now() - 45 * 86_400_000) });
    expect((await post(reader.cookie, { body: 'Late to this one' }, { slug: old.slug })).status).toBe(403);
  });

  it('refuses the same text twice within ten minutes', async () => {
    const reader = await regular();
    expect((await post(reader.cookie, { body: 'Posting this once.' })).status).toBe(201);
    const again = await post(reader.cookie, { body: 'Posting this once.' });
    expect(again.status).toBe(409);
    expect(await stored('Posting this once.')).toHaveLength(1);
  });

  it('threads replies and counts them on the parent', async () => {
    const reader = await regular();
    const root = await post(reader.cookie, { body: 'A root comment to reply to' });
    const other = await regular();
    const reply = await post(other.cookie, { body: 'A reply to the root', parentId: root.json.comment.id });
    expect(reply.json.comment).toMatchObject({ status: 'approved', parentId: root.json.comment.id });
    const [parent] = await db().select().from(s.comments).where(eq(s.comments.id, root.json.comment.id));
    expect(parent?.replyCount).toBe(1);
  });

  it.each([
    ['a parent from another story', async () => (await db().select().from(s.comments).where(sql`${s.comments.articleId} <> (select id from articles where slug = ${SLUG}) and ${s.comments.status} = 'approved'`).limit(1))[0]!.id, 'parentId'],
    ['a parent that does not exist', async () => 999_999, 'parentId'],
  ])('answers 400 for %s, storing nothing', async (_label, parentId, field) => {
    const reader = await regular();
    const res = await post(reader.cookie, { body: 'Reply to nowhere', parentId: await parentId() });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toHaveProperty(field);
    expect(await stored('Reply to nowhere')).toHaveLength(0);
  });

  it.each([
    ['one character', { body: 'x' }, 'body'],
    ['5,001 characters', { body: 'x'.repeat(5001) }, 'body'],
    ['a zero-width space', { body: 'hid\u200bden' }, 'body'],
    ['a right-to-left override', { body: 'evil \u202Etxt.exe' }, 'body'],
    ['a number as body', { body: 42 }, 'body'],
    ['a string as parentId', { body: 'fine text', parentId: '5' }, 'parentId'],
  ])('answers 400 for %s', async (_label, body, field) => {
    const reader = await regular();
    const res = await post(reader.cookie, body);
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toHaveProperty(field);
  });

  it('stores markup and script as text', async () => {
    const reader = await regular();
    const body = '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))';
    const res = await post(reader.cookie, { body });
    expect(res.status).toBe(201);
    expect((await stored(body))[0]?.body).toBe(body);
  });

  it('answers 401 signed out, 403 banned, 404 unknown story, 400 invalid JSON, 415 not JSON, 413 for 10 MB', async () => {
    const banned = await createUser(db(), 'reader', { status: 'banned', banReason: 'x' });
    const reader = await regular();
    expect((await post(undefined, { body: 'Anonymous words' })).status).toBe(401);
    expect((await post(banned.cookie, { body: 'Banned words here' })).status).toBe(403);
    expect((await post(reader.cookie, { body: 'To nowhere' }, { slug: 'no-such-story' })).status).toBe(404);
    expect((await post(reader.cookie, null, { raw: '{"body": "unclosed' })).status).toBe(400);
    expect((await post(reader.cookie, null, { raw: 'body=hello', type: 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(reader.cookie, null, { raw: JSON.stringify({ body: 'x'.repeat(10 * 1024 * 1024) }) })).status).toBe(413);
    expect(await stored('Banned words here')).toHaveLength(0);
  });

  it('limits a reader to 5 comments a minute with 429 and Retry-After', async () => {
    const reader = await regular();
    for (let i = 0; i < 5; i++) expect((await post(reader.cookie, { body: `Burst comment number ${i}` })).status).toBe(201);
    const sixth = await post(reader.cookie, { body: 'Burst comment number 6' });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('keeps the count exact under 200 concurrent posts by 20 readers', async () => {
    const story = await createArticle(db(), { headline: 'A story everyone comments on' });
    const readers = await Promise.all(Array.from({ length: 20 }, () => regular()));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => post(readers[i % 20]!.cookie, { body: `Concurrent comment ${i}` }, { slug: story.slug })),
    );
    const created = results.filter((r) => r.status === 201);
    expect(created.length + results.filter((r) => r.status === 429).length).toBe(200);
    const rows = await db().select().from(s.comments).where(eq(s.comments.articleId, story.id));
    expect(rows).toHaveLength(created.length);
    const [approved] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(s.comments)
      .where(and(eq(s.comments.articleId, story.id), eq(s.comments.status, 'approved')));
    expect(await countFor(story.slug)).toBe(approved!.n);
    expect(created.length).toBe(100); // 5 a minute for each of the 20 readers
  });
});

describe('the caller’s own held comments', () => {
  it('show to their author alone, marked, with the reason when rejected', async () => {
    const newcomer = await createUser(db(), 'reader');
    await post(newcomer.cookie, { body: 'Held for the moderators' });
    await post(newcomer.cookie, { body: 'A scumbag remark' });
    const get = (cookie?: string) => callRoute(getComments, `/api/articles/${SLUG}/comments`, { slug: SLUG }, cookie ? { headers: { cookie } } : undefined);

    const own = await get(newcomer.cookie);
    expect(own.headers.get('cache-control')).toContain('private');
    expect(own.json.mine).toEqual([
      expect.objectContaining({ body: 'A scumbag remark', status: 'rejected', rejectionReason: 'banned_word' }),
      expect.objectContaining({ body: 'Held for the moderators', status: 'pending' }),
    ]);
    const someoneElse = await createUser(db(), 'reader');
    expect((await get(someoneElse.cookie)).json.mine).toEqual([]);
    const anonymous = await get();
    expect(anonymous.json).not.toHaveProperty('mine');
    expect(anonymous.text).not.toContain('Held for the moderators');
  });
});
