import { NextResponse } from 'next/server';
import { publicCache, readJson, route, otherMethods, signedInRoute } from '@/lib/http/route';
import { getSiteSettings, updateSiteSettings } from '@/lib/settings/site-settings';

// GET /api/settings – the publication's public settings (name, tagline, about, dates, links, images)
export const GET = route('GET settings', async () => {
  return NextResponse.json({ settings: await getSiteSettings() }, { headers: publicCache(60) });
});

// PATCH /api/settings – admins change any of the editable fields; each change is audited
export const PATCH = signedInRoute('PATCH settings', 'settings:edit', async (request, _params, actor) => {
  const settings = await updateSiteSettings(actor, await readJson(request, 64 * 1024));
  return NextResponse.json({ settings }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
