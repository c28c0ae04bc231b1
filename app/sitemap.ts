import type { MetadataRoute } from 'next';
import { getSections, getSitemapEntries } from '@/lib/articles/reads';
import { siteUrl } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sections, articles] = await Promise.all([getSections(), getSitemapEntries()]);
  return [
    { url: `${siteUrl}/`, changeFrequency: 'always', priority: 1 },
    ...sections.map((s) => ({ url: `${siteUrl}/${s.slug}`, changeFrequency: 'hourly' as const, priority: 0.8 })),
    ...articles.map((a) => ({ url: `${siteUrl}${a.url}`, lastModified: a.lastModified })),
  ];
}
