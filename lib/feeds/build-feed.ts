import 'server-only';
import { Feed } from 'feed';
import { siteUrl } from '@/lib/env';
import type { SiteSettings } from '@/lib/settings/site-settings-schema';
import type { ArticleCard } from '@/lib/articles/types';

/** RSS 2.0 for the newest stories of the site or of one section. */
export function buildRss(opts: {
  site: Pick<SiteSettings, 'publicationName' | 'language' | 'logo'>;
  title: string;
  description: string;
  path: string;
  feedPath: string;
  items: ArticleCard[];
}): string {
  const feed = new Feed({
    title: opts.title,
    description: opts.description,
    id: `${siteUrl}${opts.path}`,
    link: `${siteUrl}${opts.path}`,
    language: opts.site.language,
    copyright: `© ${opts.site.publicationName}`,
    ...(opts.site.logo && { image: `${siteUrl}${opts.site.logo.url}` }),
    updated: opts.items[0] ? new Date(opts.items[0].updatedAt ?? opts.items[0].publishedAt) : new Date(0),
    feedLinks: { rss: `${siteUrl}${opts.feedPath}` },
  });
  for (const item of opts.items) {
    feed.addItem({
      title: item.headline,
      id: `${siteUrl}${item.url}`,
      link: `${siteUrl}${item.url}`,
      description: item.dek,
      date: new Date(item.updatedAt ?? item.publishedAt),
      published: new Date(item.publishedAt),
      author: item.authors.map((a) => ({ name: a.name, link: `${siteUrl}/author/${a.slug}` })),
      category: [{ name: item.section.name }],
      image: item.hero ? `${siteUrl}${item.hero.url}` : undefined,
    });
  }
  return feed.rss2();
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3000',
    },
  });
}
