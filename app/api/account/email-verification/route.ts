import { NextResponse } from 'next/server';
import { resendAddressCheck } from '@/lib/accounts/email-verification';
import { requireActor } from '@/lib/auth/actor';
import { route, otherMethods } from '@/lib/http/route';

// POST /api/account/email-verification – sends the signed-in reader's verification link again
export const POST = route('POST email verification', async (request) => {
  await resendAddressCheck(await requireActor(request));
  return NextResponse.json({ message: 'We have sent the link again. It works for a week.' }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
