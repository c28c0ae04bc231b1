import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GET as siteFeed } from '@/app/feed.xml/route';
import { GET as sectionFeed } from '@/app/[section]/feed.xml/route';
import { GET as storiesSitemap } from '@/app/sitemaps/[name]/route';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();

describe('feeds and sitemap', () => {
  it('serves RSS of the newest stories, with text escaped', async () => {
    await createArticle(database.current().db, { headline: 'Fish & chips <script>alert(1)</script> “quoted”', section: 'culture' });
    const res = await callRoute(siteFeed, '/feed.xml', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    expect(res.headers.get('cache-control')).toContain('s-maxage');
    expect(res.text).toContain('<rss');
    expect(res.text).toMatch(/Fish &amp; chips &lt;script&gt;|<!\[CDATA\[Fish & chips <script>/);
    // Markup in a headline is text: escaped, or inside CDATA, never a live element of the feed.
    expect(res.text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain('<script>');
    expect(res.text.match(/<item>/g)?.length).toBe(30);
  });

  it('serves a feed per section with only that section, and 404 for unknown sections', async () => {
    const res = await callRoute(sectionFeed, '/sport/feed.xml', { section: 'sport' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Sport');
    expect(res.text).toContain('/sport/');
    expect(res.text).not.toContain('/politics/');
    const missing = await callRoute(sectionFeed, '/nope/feed.xml', { section: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
  });

  it('lists the front, every section and every published story in the sitemap', async () => {
    const draft = await createArticle(database.current().db, { status: 'draft', headline: 'Unpublished sitemap draft' });
    const read = async (name: string) => [...(await callRoute(storiesSitemap, `/sitemaps/${name}`, { name })).text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const urls = [...(await read('pages.xml')), ...(await read('stories-1.xml'))];
    expect(urls).toContain('/');
    expect(urls).toContain('/world');
    expect(urls).toContain('/world/polls-close-in-valdoria-as-both-candidates-claim-early-lead');
    expect(urls.some((u) => u.endsWith(draft.slug))).toBe(false);
  });

  it('stays well-formed with exactly its stories whatever a writer types: ]]> twice, markup, control characters', async () => {
    const payload =
      'Quiet day]]></description></item><item><title>Phish</title><link>https://evil.example/</link><description><![CDATA[x ]]> tail \u000b\u0002 <b>bold</b> fish & chips';
    const story = await createArticle(database.current().db, { headline: 'Headline with ]]> and <item>', dek: payload, section: 'science' });
    for (const [handler, path, params] of [
      [siteFeed, '/feed.xml', {}],
      [sectionFeed, '/science/feed.xml', { section: 'science' }],
    ] as const) {
      const res = await callRoute(handler as typeof sectionFeed, path, params as { section: string });
      expect(XMLValidator.validate(res.text)).toBe(true);
      const doc = new XMLParser({ processEntities: true, parseTagValue: false }).parse(res.text) as { rss: { channel: { item: { title: string; link: string; description?: string }[] } } };
      const items = doc.rss.channel.item;
      expect(items.map((i) => i.link).filter((l) => l.includes('evil.example'))).toEqual([]);
      expect(items.filter((i) => i.title === 'Phish')).toEqual([]);
      const mine = items.find((i) => i.link.endsWith(story.slug))!;
      expect(mine.title).toBe('Headline with ]]> and <item>');
      expect(mine.description).toBe(payload.replace(/[\u000b\u0002]/g, ''));
      expect(res.text).not.toContain('<b>bold</b>');
    }
  });
});
