import { NextResponse } from 'next/server';
import { readEmailPreferences, updateEmailPreferences } from '@/lib/accounts/email-preferences';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';

// GET /api/account/emails – which emails the signed-in person gets: {replies, reports?, errorReports?}
export const GET = signedInRoute('GET account emails', 'signed-in', async (request, _params, actor) => {
  return NextResponse.json({ emails: await readEmailPreferences(actor) });
}, { fresh: true });

// PATCH /api/account/emails {replies?, reports?, errorReports?} – switches them on or off
export const PATCH = signedInRoute('PATCH account emails', 'account:edit', async (request, _params, actor) => {
  return NextResponse.json({ emails: await updateEmailPreferences(actor, await readJson(request)) });
});

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
