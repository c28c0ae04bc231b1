import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/actor';
import { otherMethods, route } from '@/lib/http/route';

// GET /api/session – who is here: the signed-in user's id, name and role, or null. Unlike GET /api/account it
// answers 200 when signed out, so the header's account menu on every cached page asks without an error.
export const GET = route('GET session', async (request) => {
  const actor = await currentActor(request);
  const account = actor && { id: actor.id, name: actor.name, role: actor.role };
  return NextResponse.json({ account }, { headers: { 'Cache-Control': 'private, no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
