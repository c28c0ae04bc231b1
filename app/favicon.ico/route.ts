import { getSiteSettings } from '@/lib/settings/site-settings';

export const dynamic = 'force-dynamic';

// GET /favicon.ico – browsers that ignore <link rel="icon"> ask here: the site icon once one is uploaded
export async function GET() {
  const { icon } = await getSiteSettings();
  if (!icon) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 302, headers: { Location: icon.favicon, 'Cache-Control': 'public, max-age=3600' } });
}
