import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { readModerationSettings, updateModerationSettings } from '@/lib/moderation/moderation-settings';
import { readJson, route, otherMethods } from '@/lib/http/route';

const noStore = { 'Cache-Control': 'private, no-store' };

// GET /api/moderation/settings – the rules at the door: settings, word lists, section overrides (moderators)
export const GET = route('GET moderation settings', async (request) => {
  return NextResponse.json({ settings: await readModerationSettings(await requireActor(request)) }, { headers: noStore });
});

// PUT /api/moderation/settings – replace them (admins); every change is audited
export const PUT = route('PUT moderation settings', async (request) => {
  const actor = await requireActor(request);
  const settings = await updateModerationSettings(actor, await readJson(request, 256 * 1024));
  return NextResponse.json({ settings }, { headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');
