import { getPublishedPages, getSections, getSitemapChunks, getSitemapStories } from '@/lib/articles/reads';
import { buildSitemap, xmlResponse } from '@/lib/feeds/sitemaps';
import { notFound } from '@/lib/http/errors';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /sitemaps/pages.xml – the front page, the sections and the standing pages
// GET /sitemaps/stories-N.xml – published stories, 50,000 to a sitemap in the order they were written
export const GET = route<{ name: string }>('GET sitemap', async (_request, { name }) => {
  if (name === 'pages.xml') {
    const [sections, pages] = await Promise.all([getSections(), getPublishedPages()]);
    return xmlResponse(buildSitemap([{ path: '/' }, ...sections.map((s) => ({ path: `/${s.slug}` })), ...pages.map((p) => ({ path: p.url, lastModified: p.editedAt }))]), 3600);
  }
  const chunk = Number(/^stories-([1-9]\d{0,5})\.xml$/.exec(name)?.[1]);
  if (!chunk || !(await getSitemapChunks()).some((c) => c.chunk === chunk)) throw notFound('Sitemap');
  const stories = await getSitemapStories(chunk);
  return xmlResponse(buildSitemap(stories.map((s) => ({ path: s.url, lastModified: s.lastModified }))), 3600);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
