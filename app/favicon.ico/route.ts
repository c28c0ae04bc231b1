import { getSiteSettings } from '@/lib/settings/site-settings';
import { defaultFavicon } from '@/lib/settings/default-icon';
import { otherMethods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /favicon.ico – browsers that ignore <link rel="icon"> ask here: the site icon once one is uploaded, else the
// publication's initial
export async function GET() {
  const { icon, publicationName } = await getSiteSettings();
  if (icon) return new Response(null, { status: 302, headers: { Location: icon.favicon, 'Cache-Control': 'public, max-age=3600' } });
  return new Response(new Uint8Array(await defaultFavicon(publicationName)), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' },
  });
}

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
