import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { changeRole } from '@/lib/users/user-admin';

// PUT /api/users/[id]/role – an admin changes a user's role {role, reason?}; audited
export const PUT = signedInRoute<{ id: string }>('PUT user role', 'user:change-role', async (request, { id }, actor) => {
  const user = await changeRole(actor, idOrNotFound(id, 'User'), await readJson(request));
  return NextResponse.json({ user });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PATCH, DELETE } = otherMethods('PUT');
