import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  return {
    // /search is not disallowed: a search that finds stories is indexable, one that finds nothing says noindex in
    // its own page, which crawlers can only read if they may fetch it.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/newsroom'] }],
    // The index (every page and story) and the Google News sitemap (the last two days).
    sitemap: [`${siteUrl}/sitemap.xml`, `${siteUrl}/news-sitemap.xml`],
  };
}
