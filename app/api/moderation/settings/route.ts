import { NextResponse } from 'next/server';
import { readModerationSettings, updateModerationSettings } from '@/lib/moderation/moderation-settings';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';

const noStore = { 'Cache-Control': 'private, no-store' };

// GET /api/moderation/settings – the rules at the door: settings, word lists, section overrides (moderators)
export const GET = signedInRoute('GET moderation settings', 'comment:moderate', async (request, _params, actor) => {
  return NextResponse.json({ settings: await readModerationSettings(actor) }, { headers: noStore });
});

// PUT /api/moderation/settings – replace them (admins); every change is audited
export const PUT = signedInRoute('PUT moderation settings', 'settings:edit', async (request, _params, actor) => {
  const settings = await updateModerationSettings(actor, await readJson(request, 256 * 1024));
  return NextResponse.json({ settings }, { headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');
