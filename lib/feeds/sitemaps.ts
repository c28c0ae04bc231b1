import 'server-only';
import { create } from 'xmlbuilder2';
import { siteUrl } from '@/lib/env';
import { publicCache } from '@/lib/http/route';

/**
 * Sitemaps for search engines (sitemaps.org): an index naming the pages' sitemap, one sitemap per 50,000
 * stories and the Google News sitemap, each built with xmlbuilder2 (every value an escaped text node).
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const document = () => create({ version: '1.0', encoding: 'utf-8', invalidCharReplacement: '' });

type Entry = { path: string; lastModified?: string | null };

/** An index (`sitemapindex` of `sitemap`s) and a sitemap (`urlset` of `url`s) have the same shape. */
function listDocument(root: 'sitemapindex' | 'urlset', element: 'sitemap' | 'url', entries: Entry[]): string {
  const list = document().ele(root, { xmlns: SITEMAP_NS });
  for (const e of entries) {
    const entry = list.ele(element);
    entry.ele('loc').txt(`${siteUrl}${e.path}`);
    if (e.lastModified) entry.ele('lastmod').txt(e.lastModified);
  }
  return list.end({ prettyPrint: false });
}

export const buildSitemapIndex = (sitemaps: Entry[]) => listDocument('sitemapindex', 'sitemap', sitemaps);
export const buildSitemap = (urls: Entry[]) => listDocument('urlset', 'url', urls);

/** Google News wants ISO 639 codes, with its two Chinese exceptions: en-GB → en, zh-TW → zh-tw. */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  return lower === 'zh-cn' || lower === 'zh-tw' ? lower : lower.split('-')[0]!;
}

export function buildNewsSitemap(site: { publicationName: string; language: string }, stories: { url: string; headline: string; publishedAt: string }[]): string {
  const set = document().ele('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS });
  for (const story of stories) {
    const entry = set.ele('url');
    entry.ele('loc').txt(`${siteUrl}${story.url}`);
    const news = entry.ele('news:news');
    const publication = news.ele('news:publication');
    publication.ele('news:name').txt(site.publicationName);
    publication.ele('news:language').txt(newsLanguage(site.language));
    news.ele('news:publication_date').txt(story.publishedAt);
    news.ele('news:title').txt(story.headline);
  }
  return set.end({ prettyPrint: false });
}

export function xmlResponse(xml: string, maxAgeSeconds: number): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', ...publicCache(maxAgeSeconds) } });
}
