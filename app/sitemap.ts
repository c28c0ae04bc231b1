import type { MetadataRoute } from 'next';
import { getPublishedPages, getSections, getSitemapEntries } from '@/lib/articles/reads';
import { siteUrl } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sections, pages, articles] = await Promise.all([getSections(), getPublishedPages(), getSitemapEntries()]);
  return [
    { url: `${siteUrl}/`, changeFrequency: 'always', priority: 1 },
    ...sections.map((s) => ({ url: `${siteUrl}/${s.slug}`, changeFrequency: 'hourly' as const, priority: 0.8 })),
    ...pages.map((p) => ({ url: `${siteUrl}${p.url}`, lastModified: p.editedAt, changeFrequency: 'monthly' as const, priority: 0.3 })),
    ...articles.map((a) => ({ url: `${siteUrl}${a.url}`, lastModified: a.lastModified })),
  ];
}
