import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, otherMethods } from '@/lib/http/route';
import { setAccountSubscription } from '@/lib/newsletters/subscriptions';

// PUT /api/account/newsletters/{slug} – subscribe one's own address (a confirmed address needs no confirmation email)
export const PUT = route<{ slug: string }>('PUT account newsletter', async (request, { slug }) => {
  return NextResponse.json({ newsletters: await setAccountSubscription(await requireActor(request), slug, true) });
});

// DELETE /api/account/newsletters/{slug} – unsubscribe
export const DELETE = route<{ slug: string }>('DELETE account newsletter', async (request, { slug }) => {
  return NextResponse.json({ newsletters: await setAccountSubscription(await requireActor(request), slug, false) });
});

export const { GET, POST, PATCH } = otherMethods('PUT', 'DELETE');
