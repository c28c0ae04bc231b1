import { getSiteSettings } from '@/lib/settings/site-settings';
import { otherMethods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /favicon.ico – browsers that ignore <link rel="icon"> ask here: the site icon once one is uploaded
export async function GET() {
  const { icon } = await getSiteSettings();
  if (!icon) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 302, headers: { Location: icon.favicon, 'Cache-Control': 'public, max-age=3600' } });
}

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
