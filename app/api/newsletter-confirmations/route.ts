import { NextResponse } from 'next/server';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { confirmSubscription } from '@/lib/newsletters/subscriptions';

// POST /api/newsletter-confirmations {token} – the link from the confirmation email: the address gets issues from now on
export const POST = route('POST newsletter confirmation', async (request) => {
  const { newsletter, email } = await confirmSubscription(await readJson(request));
  return NextResponse.json({ message: `Thank you: ${email} will get ${newsletter}.` });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
