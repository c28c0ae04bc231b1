import { getFeedItems } from '@/lib/articles/reads';
import { buildRss, rssResponse } from '@/lib/feeds/build-feed';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { otherMethods, route } from '@/lib/http/route';

// Rendered per request from the cached item list: a build-time render would need the database.
export const dynamic = 'force-dynamic';

// GET /feed.xml – RSS of the newest stories on the site
export const GET = route('GET feed', async () => {
  const [site, items] = await Promise.all([getSiteSettings(), getFeedItems(null)]);
  return rssResponse(
    buildRss({ site, title: site.publicationName, description: site.description || site.tagline || 'The newest stories', path: '/', feedPath: '/feed.xml', items }),
  );
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
