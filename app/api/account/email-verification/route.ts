import { NextResponse } from 'next/server';
import { resendAddressCheck } from '@/lib/accounts/email-verification';
import { otherMethods, signedInRoute } from '@/lib/http/route';

// POST /api/account/email-verification – sends the signed-in reader's verification link again
export const POST = signedInRoute('POST email verification', 'account:edit', async (request, _params, actor) => {
  await resendAddressCheck(actor);
  return NextResponse.json({ message: 'We have sent the link again. It works for a week.' }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
