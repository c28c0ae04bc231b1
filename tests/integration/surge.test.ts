import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getThread, POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { GET as getQueue } from '@/app/api/moderation/comments/route';
import { DELETE as liftSurge } from '@/app/api/moderation/articles/[id]/surge/route';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const THRESHOLD = 3;
let ip = 0;

beforeAll(async () => {
  await db().update(s.settings).set({ value: THRESHOLD }).where(eq(s.settings.key, 'surgeCommentsPerMinute'));
});
afterAll(async () => {
  await db().update(s.settings).set({ value: 30 }).where(eq(s.settings.key, 'surgeCommentsPerMinute'));
});

/** A reader with a published comment elsewhere, so nothing but the surge holds their next one. */
async function regular() {
  const reader = await createUser(db(), 'reader');
  const [other] = await db().select({ id: s.articles.id }).from(s.articles).limit(1);
  await db().insert(s.comments).values({ articleId: other!.id, authorId: reader.user.id, body: 'Earlier', status: 'approved', createdAt: new Date(Date.now() - 86_400_000) });
  return reader;
}
const post = (slug: string, cookie: string, body = `A comment ${Math.random()}`) =>
  callRoute(postComment, `/api/articles/${slug}/comments`, { slug }, {
    ...jsonInit('POST', cookie, { body }),
    headers: { cookie, 'Content-Type': 'application/json', 'x-forwarded-for': `203.0.113.${++ip % 250}` },
  });
const modeOf = async (slug: string) => (await callRoute(getThread, `/api/articles/${slug}/comments`, { slug })).json.about.mode;
const lift = (cookie: string, id: number) => callRoute(liftSurge, `/api/moderation/articles/${id}/surge`, { id: String(id) }, jsonInit('DELETE', cookie));
const surgeLog = (articleId: number, action: string) =>
  db().select().from(s.moderationActions).where(and(eq(s.moderationActions.targetType, 'article'), eq(s.moderationActions.targetId, String(articleId)), eq(s.moderationActions.action, action)));

describe('surge protection', () => {
  it('premoderates a story whose comments pass the rate, logs it, shows it on the desk, and a moderator lifts it', async () => {
    const article = await createArticle(db());
    const readers = await Promise.all(Array.from({ length: 5 }, () => regular()));
    for (const r of readers.slice(0, THRESHOLD)) expect((await post(article.slug, r.cookie)).json.comment.status).toBe('approved');

    const [row] = await db().select().from(s.articles).where(eq(s.articles.id, article.id));
    expect(row!.surgeUntil!.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    const [on] = await surgeLog(article.id, 'article.surge_on');
    expect(on).toMatchObject({ actorId: null, reason: `${THRESHOLD} comments in a minute (limit ${THRESHOLD})` });
    expect(await modeOf(article.slug)).toBe('premoderated');
    const held = await post(article.slug, readers[3]!.cookie, 'Arriving mid-surge');
    expect(held.json.comment).toMatchObject({ status: 'pending', reasons: ['premoderated'] });

    const editor = await createUser(db(), 'editor');
    const queue = await callRoute(getQueue, `/api/moderation/comments?queue=pending&article=${article.id}`, {}, jsonInit('GET', editor.cookie));
    expect(queue.json.comments[0].article.surgeUntil).toBe(row!.surgeUntil!.toISOString());

    expect((await lift(editor.cookie, article.id)).status).toBe(200);
    expect(await modeOf(article.slug)).toBe('open');
    expect(await surgeLog(article.id, 'article.surge_off')).toEqual([expect.objectContaining({ actorId: editor.user.id })]);
    // Comments from before the lift do not count again.
    expect((await post(article.slug, readers[4]!.cookie)).json.comment.status).toBe('approved');
    expect((await lift(editor.cookie, article.id)).status).toBe(409);
  });

  it('switches once when many posts tip it at the same moment', async () => {
    const article = await createArticle(db());
    const readers = await Promise.all(Array.from({ length: 10 }, () => regular()));
    const results = await Promise.all(readers.map((r) => post(article.slug, r.cookie)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(await surgeLog(article.id, 'article.surge_on')).toHaveLength(1);
  });

  it('is for moderators to lift: readers and authors get 403, unknown stories 404', async () => {
    const article = await createArticle(db());
    for (const role of ['reader', 'author'] as const) expect((await lift((await createUser(db(), role)).cookie, article.id)).status).toBe(403);
    const editor = await createUser(db(), 'editor');
    expect((await lift(editor.cookie, 99999999)).status).toBe(404);
    expect((await lift(editor.cookie, article.id)).status).toBe(409);
  });
});
