import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as exportOwnData } from '@/app/api/account/export/route';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { sessionCookie } from '../helpers/session';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const download = (cookie?: string) => callRoute(exportOwnData, '/api/account/export', {}, { headers: cookie ? { cookie } : {} });

describe('GET /api/account/export ("Download my data")', () => {
  it('holds the reader’s account, comments, likes and reports, and nothing of anyone else’s', async () => {
    const reader = await createUser(db(), 'reader', { name: 'Rania قارئة' });
    const other = await createUser(db(), 'reader', { name: 'Somebody Else' });
    const [story] = await db()
      .select({ id: s.articles.id, slug: s.articles.slug, headline: s.articles.headline, section: s.sections.slug })
      .from(s.articles)
      .innerJoin(s.sections, eq(s.sections.id, s.articles.sectionId))
      .where(eq(s.articles.status, 'published'))
      .limit(1);
    const [theirs] = await db().insert(s.comments).values({ articleId: story!.id, authorId: other.user.id, body: 'Words of somebody else 🔒' }).returning();
    await db().update(s.comments).set({ rootId: theirs!.id }).where(eq(s.comments.id, theirs!.id));
    const [mine] = await db()
      .insert(s.comments)
      .values({ articleId: story!.id, authorId: reader.user.id, parentId: theirs!.id, rootId: theirs!.id, depth: 1, body: "My reply <script>alert(1)</script> — مرحبا 🌊" })
      .returning();
    const [held] = await db().insert(s.comments).values({ articleId: story!.id, authorId: reader.user.id, body: 'A held one', status: 'pending' }).returning();
    await db().insert(s.commentLikes).values({ commentId: theirs!.id, userId: reader.user.id });
    await db().insert(s.commentReports).values({ commentId: theirs!.id, reporterId: reader.user.id, reason: 'spam', note: 'looks like spam' });
    await db().insert(s.commentReports).values({ commentId: mine!.id, reporterId: other.user.id, reason: 'abuse', note: 'their report about me' });

    const res = await download(reader.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const data = res.json;
    expect(data.account).toMatchObject({ id: reader.user.id, email: reader.user.email, name: 'Rania قارئة', role: 'reader', status: 'active' });
    expect(data.subscriptions).toEqual({ replies: true });
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual(["My reply <script>alert(1)</script> — مرحبا 🌊", 'A held one']);
    expect(data.comments[0]).toMatchObject({ inReplyTo: theirs!.id, status: 'approved', story: { headline: story!.headline, url: expect.stringMatching(new RegExp(`/${story!.section}/${story!.slug}$`)) }, link: expect.stringMatching(new RegExp(`#comment-${mine!.id}$`)) });
    expect(data.comments[1]).toMatchObject({ id: held!.id, status: 'pending', link: null });
    expect(data.likes).toEqual([expect.objectContaining({ commentId: theirs!.id })]);
    expect(data.reports).toEqual([expect.objectContaining({ commentId: theirs!.id, reason: 'spam', note: 'looks like spam' })]);
    expect(data.authorProfile).toBeNull();
    const text = JSON.stringify(data);
    for (const foreign of ['Words of somebody else', 'Somebody Else', other.user.email, 'their report about me', 'passwordHash', 'scrypt$', 'sessionVersion']) expect(text).not.toContain(foreign);
  });

  it('an author’s holds their profile and bylines; a suspended reader may still take theirs; signed out is 401', async () => {
    const [ines] = await db().select().from(s.users).where(eq(s.users.email, 'ines@meridian.example'));
    const author = await download(await sessionCookie(ines!.id, ines!.role, ines!.sessionVersion));
    expect(author.status).toBe(200);
    expect(author.json.authorProfile).toMatchObject({ slug: 'ines-carvalho' });
    expect(author.json.bylines.length).toBeGreaterThan(0);
    expect(author.json.bylines[0]).toMatchObject({ headline: expect.any(String), status: expect.any(String) });

    const banned = await createUser(db(), 'reader', { status: 'banned', banReason: 'spam' });
    const mine = await download(banned.cookie);
    expect(mine.status).toBe(200);
    expect(mine.json.account).toMatchObject({ status: 'banned', banReason: 'spam' });

    expect((await download()).status).toBe(401);
  });
});
