import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { banUser, unbanUser } from '@/lib/users/user-admin';

// POST /api/moderation/users/[id]/ban – ban or suspend {reason, hours?, hideComments?}; audited
export const POST = signedInRoute<{ id: string }>('POST ban', 'user:ban', async (request, { id }, actor) => {
  const user = await banUser(actor, idOrNotFound(id, 'User'), await readJson(request));
  return NextResponse.json({ user });
});

// DELETE /api/moderation/users/[id]/ban – lift a ban; audited
export const DELETE = signedInRoute<{ id: string }>('DELETE ban', 'user:ban', async (request, { id }, actor) => {
  const user = await unbanUser(actor, idOrNotFound(id, 'User'));
  return NextResponse.json({ user });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
