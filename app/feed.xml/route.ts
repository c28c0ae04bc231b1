import { getFeedItems } from '@/lib/articles/reads';
import { buildRss, rssResponse } from '@/lib/feeds/build-feed';
import { publicationName } from '@/lib/site';

// Rendered per request from the cached item list: a build-time render would need the database.
export const dynamic = 'force-dynamic';

// GET /feed.xml – RSS of the newest stories on the site
export async function GET() {
  const items = await getFeedItems(null);
  return rssResponse(buildRss({ title: publicationName, description: 'The newest stories', path: '/', feedPath: '/feed.xml', items }));
}
