import { NextResponse } from 'next/server';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/auth/options';
import { readJson, route, otherMethods } from '@/lib/http/route';

// POST /api/account/password-reset {email} – 202 whoever the address belongs to; a link is emailed if it is an account's
export const POST = route('POST password reset', async (request) => {
  await requestPasswordReset(await readJson(request), clientIp(request.headers));
  return NextResponse.json({ message: 'If an account uses this address, we have sent it a link to choose a new password.' }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
