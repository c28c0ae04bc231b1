import { getSitemapChunks } from '@/lib/articles/reads';
import { buildSitemapIndex, xmlResponse } from '@/lib/feeds/sitemaps';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /sitemap.xml – the sitemap index: the pages' sitemap, one per 50,000 stories, and the news sitemap
export const GET = route('GET sitemap index', async () => {
  const chunks = await getSitemapChunks();
  return xmlResponse(
    buildSitemapIndex([
      { path: '/sitemaps/pages.xml' },
      ...chunks.map((c) => ({ path: `/sitemaps/stories-${c.chunk}.xml`, lastModified: c.lastModified })),
      { path: '/news-sitemap.xml' },
    ]),
    3600,
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
