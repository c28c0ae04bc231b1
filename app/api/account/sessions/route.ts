import { NextResponse } from 'next/server';
import { signOutEverywhere } from '@/lib/accounts/update-account';
import { clearedSessionCookies } from '@/lib/auth/sessions';
import { otherMethods, signedInRoute } from '@/lib/http/route';

// DELETE /api/account/sessions – sign out everywhere: every session of the signed-in user ends, this one too
export const DELETE = signedInRoute('DELETE account sessions', 'signed-in', async (request, _params, actor) => {
  await signOutEverywhere(actor);
  const response = new NextResponse(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
  for (const cookie of clearedSessionCookies()) response.headers.append('Set-Cookie', cookie);
  return response;
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
