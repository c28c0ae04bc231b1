import { NextResponse } from 'next/server';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { setAccountSubscription } from '@/lib/newsletters/subscriptions';

// PUT /api/account/newsletters/{slug} – subscribe one's own address (a confirmed address needs no confirmation email)
export const PUT = signedInRoute<{ slug: string }>('PUT account newsletter', 'account:edit', async (request, { slug }, actor) => {
  return NextResponse.json({ newsletters: await setAccountSubscription(actor, slug, true) });
});

// DELETE /api/account/newsletters/{slug} – unsubscribe
export const DELETE = signedInRoute<{ slug: string }>('DELETE account newsletter', 'account:edit', async (request, { slug }, actor) => {
  return NextResponse.json({ newsletters: await setAccountSubscription(actor, slug, false) });
});

export const { GET, POST, PATCH } = otherMethods('PUT', 'DELETE');
