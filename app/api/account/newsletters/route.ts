import { NextResponse } from 'next/server';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { accountNewsletters } from '@/lib/newsletters/subscriptions';

// GET /api/account/newsletters – every list, with whether the signed-in person's address is on it
export const GET = signedInRoute('GET account newsletters', 'signed-in', async (request, _params, actor) => {
  return NextResponse.json({ newsletters: await accountNewsletters(actor) });
}, { fresh: true });

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
