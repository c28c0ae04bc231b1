import { NextResponse } from 'next/server';
import { readEmailPreferences, updateEmailPreferences } from '@/lib/accounts/email-preferences';
import { requireActor } from '@/lib/auth/actor';
import { readJson, route, otherMethods } from '@/lib/http/route';

// GET /api/account/emails – which emails the signed-in person gets: {replies, reports?, errorReports?}
export const GET = route('GET account emails', async (request) => {
  return NextResponse.json({ emails: await readEmailPreferences(await requireActor(request, { fresh: true })) });
});

// PATCH /api/account/emails {replies?, reports?, errorReports?} – switches them on or off
export const PATCH = route('PATCH account emails', async (request) => {
  return NextResponse.json({ emails: await updateEmailPreferences(await requireActor(request), await readJson(request)) });
});

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
