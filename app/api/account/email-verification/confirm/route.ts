import { NextResponse } from 'next/server';
import { confirmEmailAddress } from '@/lib/accounts/email-verification';
import { readJson, route, otherMethods } from '@/lib/http/route';

// POST /api/account/email-verification/confirm {token} – the address is proven (for a change of address: it is now the account's)
export const POST = route('POST email verification confirm', async (request) => {
  const { email, changed } = await confirmEmailAddress(await readJson(request));
  const message = changed ? `Your account’s email address is now ${email}.` : `Thank you: ${email} is confirmed.`;
  return NextResponse.json({ email, changed, message });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
