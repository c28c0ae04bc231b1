import { NextResponse } from 'next/server';
import { confirmPasswordReset } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/auth/options';
import { readJson, route, otherMethods } from '@/lib/http/route';

// POST /api/account/password-reset/confirm {token, password} – sets the password; every session of the account ends
export const POST = route('POST password reset confirm', async (request) => {
  const { email } = await confirmPasswordReset(await readJson(request), clientIp(request.headers));
  return NextResponse.json({ email, message: 'Your new password is set. Sign in with it.' });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
