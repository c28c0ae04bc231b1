import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { bannerMaxAge, clearBanner, getActiveBanner, setBanner } from '@/lib/banner/site-banner';
import { publicCache, readJson, route, otherMethods } from '@/lib/http/route';

// GET /api/banner – the breaking-news banner up now, or null: {banner}; public, expired the moment it changes
export const GET = route('GET banner', async () => {
  const banner = await getActiveBanner();
  return NextResponse.json({ banner }, { headers: publicCache(bannerMaxAge(banner)) });
});

// PUT /api/banner {text, url?, level: breaking|developing|notice, expiresAt} – put a banner up (editors), audited
export const PUT = route('PUT banner', async (request) => {
  return NextResponse.json({ banner: await setBanner(await requireActor(request), await readJson(request)) });
});

// DELETE /api/banner – take it down (editors), audited
export const DELETE = route('DELETE banner', async (request) => {
  await clearBanner(await requireActor(request));
  return new NextResponse(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
