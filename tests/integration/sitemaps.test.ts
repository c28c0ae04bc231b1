import { and, eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GET as newsSitemapRoute } from '@/app/news-sitemap.xml/route';
import robots from '@/app/robots';
import { GET as sitemapIndexRoute } from '@/app/sitemap.xml/route';
import { GET as sitemapRoute } from '@/app/sitemaps/[name]/route';
import { listSitemapChunks, listSitemapStories } from '@/lib/articles/listings';
import * as s from '@/lib/db/schema';
import { seedScale } from '@/lib/db/seed/seed-scale';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();
const db = () => database.current().db;
const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, parseTagValue: false, isArray: (name) => ['url', 'sitemap'].includes(name) });
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const storyCount = () => db().$count(s.articles, and(eq(s.articles.status, 'published'), eq(s.articles.kind, 'story')));
const sitemap = (name: string) => callRoute(sitemapRoute, `/sitemaps/${name}`, { name });

describe('sitemaps', () => {
  it('the index names the pages’ sitemap, the stories’ sitemaps and the news sitemap; each is valid XML', async () => {
    const index = await callRoute(sitemapIndexRoute, '/sitemap.xml', {});
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(index.headers.get('cache-control')).toContain('s-maxage');
    expect(XMLValidator.validate(index.text)).toBe(true);
    expect(locs(index.text)).toEqual(['/sitemaps/pages.xml', '/sitemaps/stories-1.xml', '/news-sitemap.xml']);
    const parsed = parser.parse(index.text) as { sitemapindex: { '@_xmlns': string; sitemap: { lastmod?: string }[] } };
    expect(parsed.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.sitemapindex.sitemap[1]!.lastmod).toMatch(/^\d{4}-\d\d-\d\dT/);

    const pages = await sitemap('pages.xml');
    expect(XMLValidator.validate(pages.text)).toBe(true);
    expect(locs(pages.text)).toEqual(expect.arrayContaining(['/', '/world', '/about']));
    const stories = await sitemap('stories-1.xml');
    expect(XMLValidator.validate(stories.text)).toBe(true);
    expect(locs(stories.text)).toHaveLength(await storyCount());
    expect(locs(stories.text)).toContain('/world/polls-close-in-valdoria-as-both-candidates-claim-early-lead');

    for (const name of ['stories-2.xml', 'stories-0.xml', 'stories-x.xml', '..%2Fpages.xml', 'pages.json']) expect((await sitemap(name)).status, name).toBe(404);
  });

  it('splits the stories into sitemaps of at most the limit each, every story in exactly one', async () => {
    const total = await storyCount();
    const chunks = await listSitemapChunks(10);
    expect(chunks.map((c) => c.chunk)).toEqual(Array.from({ length: Math.ceil(total / 10) }, (_, i) => i + 1));
    const all = (await Promise.all(chunks.map((c) => listSitemapStories(c.chunk, 10)))).map((list) => list.map((e) => e.url));
    expect(all.every((list) => list.length <= 10)).toBe(true);
    expect(new Set(all.flat()).size).toBe(total);
  });

  it('the news sitemap lists the stories of the last 48 hours with the publication’s name and language', async () => {
    const fresh = await createArticle(db(), { headline: 'Harbour & “tides” <update>', section: 'world' });
    const old = await createArticle(db(), { headline: 'Three days old', publishedAt: new Date(Date.now() - 72 * 3600_000) });
    const draft = await createArticle(db(), { headline: 'Not yet', status: 'draft' });
    const res = await callRoute(newsSitemapRoute, '/news-sitemap.xml', {});
    expect(res.status).toBe(200);
    expect(XMLValidator.validate(res.text)).toBe(true);
    const doc = parser.parse(res.text) as {
      urlset: { '@_xmlns:news': string; url: { loc: string; 'news:news': { 'news:publication': { 'news:name': string; 'news:language': string }; 'news:publication_date': string; 'news:title': string } }[] };
    };
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const entry = doc.urlset.url.find((u) => u.loc.endsWith(`/world/${fresh.slug}`))!;
    expect(entry['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Meridian Courier', 'news:language': 'en' },
      'news:publication_date': fresh.publishedAt!.toISOString(),
      'news:title': 'Harbour & “tides” <update>',
    });
    const urls = doc.urlset.url.map((u) => u.loc);
    expect(urls.some((u) => u.endsWith(old.slug))).toBe(false);
    expect(urls.some((u) => u.endsWith(draft.slug))).toBe(false);
    const cutoff = Date.now() - 48 * 3600_000;
    expect(doc.urlset.url.every((u) => Date.parse(u['news:news']['news:publication_date']) >= cutoff)).toBe(true);
  });

  it('robots.txt points at the index and the news sitemap', () => {
    expect(robots().sitemap).toEqual(['http://localhost:3000/sitemap.xml', 'http://localhost:3000/news-sitemap.xml']);
    // The newsroom and the API are kept out; search pages are crawlable, and say for themselves whether to index.
    expect(robots().rules).toEqual([{ userAgent: '*', allow: '/', disallow: ['/api/', '/newsroom'] }]);
  });

  it('with the 100,000-story data set: three stories’ sitemaps of at most 50,000 addresses', async () => {
    await seedScale(db(), { articles: 100_000, comments: 0 });
    const total = await storyCount();
    expect(total).toBeGreaterThan(100_000);
    const index = await callRoute(sitemapIndexRoute, '/sitemap.xml', {});
    expect(locs(index.text)).toEqual(['/sitemaps/pages.xml', '/sitemaps/stories-1.xml', '/sitemaps/stories-2.xml', '/sitemaps/stories-3.xml', '/news-sitemap.xml']);
    const sizes: number[] = [];
    for (const name of ['stories-1.xml', 'stories-2.xml', 'stories-3.xml']) {
      const res = await sitemap(name);
      expect(XMLValidator.validate(res.text)).toBe(true);
      sizes.push(locs(res.text).length);
    }
    expect(sizes).toEqual([50_000, 50_000, total - 100_000]);
    // Under the sitemaps.org limit of 50 MB uncompressed.
    expect(Buffer.byteLength((await sitemap('stories-1.xml')).text)).toBeLessThan(50 * 1024 * 1024);
  }, 300_000);
});
