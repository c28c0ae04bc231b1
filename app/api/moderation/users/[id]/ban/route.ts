import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { banUser, unbanUser } from '@/lib/users/user-admin';

// POST /api/moderation/users/[id]/ban – ban or suspend {reason, hours?, hideComments?}; audited
export const POST = route<{ id: string }>('POST ban', async (request, { id }) => {
  const actor = await requireActor(request);
  const user = await banUser(actor, idOrNotFound(id, 'User'), await readJson(request));
  return NextResponse.json({ user });
});

// DELETE /api/moderation/users/[id]/ban – lift a ban; audited
export const DELETE = route<{ id: string }>('DELETE ban', async (request, { id }) => {
  const actor = await requireActor(request);
  const user = await unbanUser(actor, idOrNotFound(id, 'User'));
  return NextResponse.json({ user });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
