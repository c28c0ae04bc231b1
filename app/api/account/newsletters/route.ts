import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, otherMethods } from '@/lib/http/route';
import { accountNewsletters } from '@/lib/newsletters/subscriptions';

// GET /api/account/newsletters – every list, with whether the signed-in person's address is on it
export const GET = route('GET account newsletters', async (request) => {
  return NextResponse.json({ newsletters: await accountNewsletters(await requireActor(request, { fresh: true })) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
