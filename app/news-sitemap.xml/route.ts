import { getNewsSitemap } from '@/lib/articles/reads';
import { buildNewsSitemap, xmlResponse } from '@/lib/feeds/sitemaps';
import { otherMethods, route } from '@/lib/http/route';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const dynamic = 'force-dynamic';

// GET /news-sitemap.xml – Google News: the stories of the last 48 hours, with the publication's name and language
export const GET = route('GET news sitemap', async () => {
  const [site, stories] = await Promise.all([getSiteSettings(), getNewsSitemap()]);
  return xmlResponse(buildNewsSitemap(site, stories), 300);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
