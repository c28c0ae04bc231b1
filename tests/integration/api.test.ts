import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import packageJson from '@/package.json';
import { GET as getComments } from '@/app/api/articles/[slug]/comments/route';
import { GET as getAuthor } from '@/app/api/authors/[slug]/route';
import { GET as getHealth } from '@/app/api/health/route';
import { connectPostgres, setDatabase } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();
const db = () => database.current().db;
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const comments = (query = '', slug = SLUG) => callRoute(getComments, `/api/articles/${slug}/comments${query}`, { slug });

async function articleId(slug: string) {
  const [a] = await db().select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.slug, slug));
  return a!.id;
}

describe('GET /api/articles/{slug}/comments', () => {
  it('returns the approved thread with replies nested and the approved total', async () => {
    const res = await comments('?limit=50');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('s-maxage');
    const id = await articleId(SLUG);
    const [approved] = await db()
      .select({ n: count() })
      .from(s.comments)
      .where(and(eq(s.comments.articleId, id), eq(s.comments.status, 'approved')));
    expect(res.json.total).toBe(approved!.n);
    type C = { id: number; replies: C[]; status: string };
    const flat = (list: C[]): C[] => list.flatMap((c) => [c, ...flat(c.replies)]);
    const all = flat(res.json.comments);
    expect(all).toHaveLength(approved!.n);
    expect(all.every((c) => c.status === 'approved')).toBe(true);
    expect(JSON.stringify(res.json)).not.toMatch(/email|password/i);
  });

  it('pages top-level comments with a cursor, without repeats, in each sort order', async () => {
    const id = await articleId(SLUG);
    const [roots] = await db()
      .select({ n: count() })
      .from(s.comments)
      .where(and(eq(s.comments.articleId, id), eq(s.comments.status, 'approved'), isNull(s.comments.parentId)));
    for (const sort of ['newest', 'oldest', 'top'] as const) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const res = await comments(`?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...res.json.comments.map((c: { id: number }) => c.id));
        cursor = res.json.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(roots!.n);
    }
  });

  it('orders newest first and oldest first', async () => {
    const newest = (await comments('?sort=newest&limit=50')).json.comments.map((c: { createdAt: string }) => c.createdAt);
    const oldest = (await comments('?sort=oldest&limit=50')).json.comments.map((c: { createdAt: string }) => c.createdAt);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(oldest).toEqual([...newest].reverse());
  });

  it('marks comments by the story’s bylined author and by staff', async () => {
    const id = await articleId(SLUG);
    const [author] = await db().select().from(s.users).where(eq(s.users.email, 'daniel@meridian.example'));
    const [editor] = await db().select().from(s.users).where(eq(s.users.email, 'editor@meridian.example'));
    const [root] = await db()
      .insert(s.comments)
      .values({ articleId: id, authorId: author!.id, body: 'Author here: thanks for reading.', createdAt: new Date(Date.now() + 60_000) })
      .returning();
    await db().update(s.comments).set({ rootId: root!.id }).where(eq(s.comments.id, root!.id));
    await db().insert(s.comments).values({ articleId: id, parentId: root!.id, rootId: root!.id, depth: 1, authorId: editor!.id, body: 'Staff reply.' });
    const res = await comments('?sort=newest&limit=1');
    expect(res.json.comments[0].author).toEqual({ name: 'Daniel Hartley', badge: 'author' });
    expect(res.json.comments[0].replies[0].author).toEqual({ name: 'Eliot Editor', badge: 'staff' });
    expect(res.json.comments[0].replies[0].replyingTo).toBe('Daniel Hartley');
  });

  it('never shows pending, rejected or spam comments', async () => {
    const id = await articleId(SLUG);
    for (const status of ['pending', 'rejected', 'spam'] as const) {
      const [c] = await db().insert(s.comments).values({ articleId: id, body: `hidden ${status}`, status }).returning();
      await db().update(s.comments).set({ rootId: c!.id }).where(eq(s.comments.id, c!.id));
    }
    expect((await comments('?limit=50')).text).not.toContain('hidden ');
  });

  it('answers 404 for unknown and unpublished articles', async () => {
    const draft = await createArticle(db(), { status: 'draft' });
    for (const slug of ['no-such-article', draft.slug, 'UPPER', "x'or'1'='1", '%F0%9F%98%80']) {
      const res = await comments('', slug);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    }
  });

  it.each([
    ['?sort=sideways', 'sort'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?limit=1000', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    [`?cursor=${'x'.repeat(500)}`, 'cursor'],
    [`?sort=top&cursor=${Buffer.from(JSON.stringify(['newest', '2026-01-01T00:00:00Z', 5])).toString('base64url')}`, 'cursor'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const res = await comments(query);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('invalid_input');
    expect(Object.keys(res.json.error.fields)).toContain(field);
  });
});

describe('GET /api/authors/{slug}', () => {
  it('returns the public bio with article count and recent stories', async () => {
    const res = await callRoute(getAuthor, '/api/authors/ines-carvalho', { slug: 'ines-carvalho' });
    expect(res.status).toBe(200);
    expect(res.json.author).toMatchObject({ slug: 'ines-carvalho', name: 'Inés Carvalho', title: 'Latin America correspondent' });
    expect(res.json.author.articleCount).toBeGreaterThanOrEqual(3);
    expect(res.json.author.recentArticles.length).toBeGreaterThan(0);
    expect(res.json.author.recentArticles[0].url).toMatch(/^\/world\//);
    expect(res.json.author).not.toHaveProperty('id');
    expect(JSON.stringify(res.json)).not.toContain('@meridian.example');
  });

  it('answers 404 with the error shape for unknown or malformed slugs', async () => {
    for (const slug of ['nobody', '', '../etc/passwd', 'a'.repeat(300), '<script>']) {
      const res = await callRoute(getAuthor, `/api/authors/${encodeURIComponent(slug)}`, { slug });
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ error: { code: 'not_found', message: 'Author was not found.' } });
    }
  });
});

describe('GET /api/health', () => {
  it('reports the database as ok, the version, and the memory the process holds', async () => {
    const res = await callRoute(getHealth, '/api/health', {});
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ db: 'ok', version: packageJson.version });
    const { rssMb, heapUsedMb, heapTotalMb, externalMb, arrayBuffersMb } = res.json.memory;
    expect(rssMb).toBeGreaterThan(heapTotalMb);
    expect(heapTotalMb).toBeGreaterThanOrEqual(heapUsedMb);
    expect(heapUsedMb).toBeGreaterThan(0);
    expect(externalMb).toBeGreaterThanOrEqual(arrayBuffersMb);
  });

  it('reports Redis when it is configured: ok, or down (still 200: the database decides readiness)', async () => {
    for (const [url, state] of [['redis://127.0.0.1:6379', 'ok'], ['redis://127.0.0.1:1', 'down']] as const) {
      vi.resetModules();
      vi.stubEnv('REDIS_URL', url);
      const { GET } = await import('@/app/api/health/route');
      const res = await callRoute(GET, '/api/health', {});
      expect(res.status, url).toBe(200);
      expect(res.json, url).toMatchObject({ db: 'ok', redis: state });
    }
    vi.unstubAllEnvs();
  });

  it('answers 503 when the database is down', async () => {
    // A server that is not there: nothing listens on port 1.
    setDatabase(connectPostgres('postgres://nobody@127.0.0.1:1/none', 1));
    try {
      const res = await callRoute(getHealth, '/api/health', {});
      expect(res.status).toBe(503);
      expect(res.json.db).toBe('down');
      expect(res.headers.get('retry-after')).toBe('5');
    } finally {
      setDatabase(database.current());
    }
  });
});
