import { NextResponse } from 'next/server';
import { bannerMaxAge, clearBanner, getActiveBanner, setBanner } from '@/lib/banner/site-banner';
import { publicCache, readJson, route, otherMethods, signedInRoute } from '@/lib/http/route';

// GET /api/banner – the breaking-news banner up now, or null: {banner}; public, expired the moment it changes
export const GET = route('GET banner', async () => {
  const banner = await getActiveBanner();
  return NextResponse.json({ banner }, { headers: publicCache(bannerMaxAge(banner)) });
});

// PUT /api/banner {text, url?, level: breaking|developing|notice, expiresAt} – put a banner up (editors), audited
export const PUT = signedInRoute('PUT banner', 'banner:manage', async (request, _params, actor) => {
  return NextResponse.json({ banner: await setBanner(actor, await readJson(request)) });
});

// DELETE /api/banner – take it down (editors), audited
export const DELETE = signedInRoute('DELETE banner', 'banner:manage', async (request, _params, actor) => {
  await clearBanner(actor);
  return new NextResponse(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
