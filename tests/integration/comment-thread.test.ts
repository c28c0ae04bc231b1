import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getComments, POST as postCommentRoute } from '@/app/api/articles/[slug]/comments/route';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const DAY = 86_400_000;

const thread = (slug: string, query = '', cookie?: string) =>
  callRoute(getComments, `/api/articles/${slug}/comments${query}`, { slug }, { headers: cookie ? { cookie } : {} });
const post = (slug: string, cookie: string, body: string) =>
  callRoute(postCommentRoute, `/api/articles/${slug}/comments`, { slug }, jsonInit('POST', cookie, { body }));

async function addComment(articleId: number, over: Partial<typeof s.comments.$inferInsert> = {}) {
  const [c] = await db()
    .insert(s.comments)
    .values({ articleId, body: `A comment ${Math.random()}`, status: 'approved', ...over })
    .returning();
  await db().update(s.comments).set({ rootId: c!.parentId ?? c!.id }).where(eq(s.comments.id, c!.id));
  if (c!.status === 'approved') await db().update(s.articles).set({ commentCount: 1 }).where(eq(s.articles.id, articleId));
  return c!;
}

describe('the first page of a thread carries what sits above it', () => {
  it('the community guidelines from the settings, and the featured comments only when approved', async () => {
    const article = await createArticle(db());
    const featured = await addComment(article.id, { featured: true, body: 'A featured thought' });
    await addComment(article.id, { featured: true, status: 'pending', body: 'Featured but pending' });
    await addComment(article.id, { body: 'An ordinary comment' });
    await db().update(s.settings).set({ value: 'Be kind. Stay on topic.' }).where(eq(s.settings.key, 'communityGuidelines'));

    const first = await thread(article.slug, '?limit=1');
    expect(first.status).toBe(200);
    expect(first.json.about.guidelines).toBe('Be kind. Stay on topic.');
    expect(first.json.about.mode).toBe('open');
    expect(first.json.about.featured.map((c: { id: number }) => c.id)).toEqual([featured.id]);
    expect(first.text).not.toContain('Featured but pending');

    const next = await thread(article.slug, `?limit=1&cursor=${first.json.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.json.about).toBeUndefined();
  });

  it('the mode the thread is in now: premoderated, closed, or closed by age', async () => {
    const premoderated = await createArticle(db());
    await db().update(s.articles).set({ commentMode: 'premoderated' }).where(eq(s.articles.id, premoderated.id));
    const closed = await createArticle(db());
    await db().update(s.articles).set({ commentMode: 'closed' }).where(eq(s.articles.id, closed.id));
    const old = await createArticle(db(), { publishedAt: new Date(Date.now() - 31 * DAY) });

    expect((await thread(premoderated.slug)).json.about.mode).toBe('premoderated');
    expect((await thread(closed.slug)).json.about.mode).toBe('closed');
    expect((await thread(old.slug)).json.about.mode).toBe('closed'); // the default auto-close is 30 days

    await db().update(s.settings).set({ value: 0 }).where(eq(s.settings.key, 'autoCloseAfterDays'));
    expect((await thread(old.slug)).json.about.mode).toBe('open');
    await db().update(s.settings).set({ value: 30 }).where(eq(s.settings.key, 'autoCloseAfterDays'));
  });
});

describe('the reader’s side of the thread', () => {
  it('anonymous: no viewer, a shared cacheable answer that varies on the cookie', async () => {
    const article = await createArticle(db());
    await addComment(article.id);
    const res = await thread(article.slug);
    expect(res.json.viewer).toBeUndefined();
    expect(res.headers.get('cache-control')).toContain('public');
    expect(res.headers.get('vary')).toBe('Cookie');
  });

  it('signed in: which comments on the page they wrote, liked and reported, in a private answer', async () => {
    const article = await createArticle(db());
    const reader = await createUser(db(), 'reader');
    const someone = await createUser(db(), 'reader');
    const own = await addComment(article.id, { authorId: reader.user.id, body: 'Mine' });
    const liked = await addComment(article.id, { authorId: someone.user.id, body: 'Liked by me' });
    const reported = await addComment(article.id, { authorId: someone.user.id, body: 'Reported by me' });
    const reply = await addComment(article.id, { authorId: someone.user.id, parentId: own.id, depth: 1, body: 'A reply I liked' });
    await db().insert(s.commentLikes).values([
      { commentId: liked.id, userId: reader.user.id },
      { commentId: reply.id, userId: reader.user.id },
      { commentId: reported.id, userId: someone.user.id },
    ]);
    await db().insert(s.commentReports).values({ commentId: reported.id, reporterId: reader.user.id, reason: 'spam' });

    const res = await thread(article.slug, '?limit=50', reader.cookie);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('vary')).toBe('Cookie');
    expect(res.json.viewer).toMatchObject({ id: reader.user.id, name: reader.user.name, moderator: false, own: [own.id], reported: [reported.id] });
    expect([...res.json.viewer.liked].sort()).toEqual([liked.id, reply.id].sort());

    expect(res.json.viewer.authors).toBeUndefined(); // who wrote what is for moderators

    const editor = await createUser(db(), 'editor');
    const asEditor = await thread(article.slug, '', editor.cookie);
    expect(asEditor.json.viewer).toMatchObject({ moderator: true, own: [], liked: [], reported: [] });
    expect(asEditor.json.viewer.authors).toMatchObject({ [own.id]: reader.user.id, [liked.id]: someone.user.id, [reply.id]: someone.user.id });
  });
});

describe('first-comment hold', () => {
  it('holds a new reader’s first comment but not the newsroom staff’s', async () => {
    const article = await createArticle(db());
    const reader = await createUser(db(), 'reader');
    expect((await post(article.slug, reader.cookie, 'My first words here')).json.comment.status).toBe('pending');
    for (const role of ['author', 'editor', 'admin'] as const) {
      const staff = await createUser(db(), role);
      const res = await post(article.slug, staff.cookie, `A first comment from the ${role}`);
      expect(res.json.comment).toMatchObject({ status: 'approved', reasons: [] });
    }
  });
});
