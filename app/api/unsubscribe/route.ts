import { NextResponse } from 'next/server';
import { unsubscribe } from '@/lib/mail/unsubscribe';
import { route, otherMethods } from '@/lib/http/route';

// POST /api/unsubscribe?token=… – one-click unsubscribe (RFC 8058): mail programs POST `List-Unsubscribe=One-Click`
// here, with no cookie; the unsubscribe page's button does the same. The token names the person and the topic.
export const POST = route('POST unsubscribe', async (request) => {
  const { label } = await unsubscribe(new URL(request.url).searchParams.get('token'));
  return NextResponse.json({ message: `You will no longer get emails about ${label}.` });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
