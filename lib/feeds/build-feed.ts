import 'server-only';
import { create } from 'xmlbuilder2';
import { siteUrl } from '@/lib/env';
import { publicCache } from '@/lib/http/route';
import type { ArticleCard } from '@/lib/articles/types';
import type { SiteSettings } from '@/lib/settings/site-settings-schema';

const IMAGE_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

/**
 * RSS 2.0 for the newest stories of the site or of one section. Every value is an escaped text node, never
 * CDATA: whatever a writer types (`]]>` twice, `<item>`, a control character) stays text in one <item> of its
 * own, and descriptions are the plain-text standfirst, never markup.
 */
export function buildRss(opts: {
  site: Pick<SiteSettings, 'publicationName' | 'language' | 'logo'>;
  title: string;
  description: string;
  path: string;
  feedPath: string;
  items: ArticleCard[];
}): string {
  const newest = opts.items[0];
  // Characters XML cannot hold (form feeds, NUL…) are dropped rather than breaking the document.
  const rss = create({ version: '1.0', encoding: 'utf-8', invalidCharReplacement: '' }).ele('rss', {
    version: '2.0',
    'xmlns:atom': 'http://www.w3.org/2005/Atom',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  });
  const channel = rss.ele('channel');
  channel.ele('title').txt(opts.title);
  channel.ele('link').txt(`${siteUrl}${opts.path}`);
  channel.ele('description').txt(opts.description);
  channel.ele('language').txt(opts.site.language);
  channel.ele('copyright').txt(`© ${opts.site.publicationName}`);
  channel.ele('lastBuildDate').txt(new Date(newest ? (newest.updatedAt ?? newest.publishedAt) : 0).toUTCString());
  channel.ele('atom:link', { href: `${siteUrl}${opts.feedPath}`, rel: 'self', type: 'application/rss+xml' });
  if (opts.site.logo) {
    const image = channel.ele('image');
    image.ele('url').txt(`${siteUrl}${opts.site.logo.url}`);
    image.ele('title').txt(opts.title);
    image.ele('link').txt(`${siteUrl}${opts.path}`);
  }
  for (const story of opts.items) {
    const url = `${siteUrl}${story.url}`;
    const item = channel.ele('item');
    item.ele('title').txt(story.headline);
    item.ele('link').txt(url);
    item.ele('guid', { isPermaLink: 'true' }).txt(url);
    if (story.dek) item.ele('description').txt(story.dek);
    item.ele('pubDate').txt(new Date(story.publishedAt).toUTCString());
    for (const author of story.authors) item.ele('dc:creator').txt(author.name);
    item.ele('category').txt(story.section.name);
    if (story.hero) {
      const type = IMAGE_TYPES[story.hero.url.split('.').pop()?.toLowerCase() ?? ''] ?? 'image/jpeg';
      item.ele('enclosure', { url: `${siteUrl}${story.hero.url}`, length: '0', type });
    }
  }
  return rss.end({ prettyPrint: false });
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      ...publicCache(300),
    },
  });
}
