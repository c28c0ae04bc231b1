import { NextResponse } from 'next/server';
import { readJson, searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';
import { createUser, listUsers } from '@/lib/users/user-admin';

const noStore = { 'Cache-Control': 'private, no-store' };

// GET /api/users?q=&page= – staff list of users, searched by name or email (editors and admins)
export const GET = signedInRoute('GET users', 'user:list', async (request, _params, actor) => {
  const result = await listUsers(actor, searchParamsOf(request));
  return NextResponse.json(result, { headers: noStore });
});

// POST /api/users – an admin adds someone {name, email, password, role}; audited
export const POST = signedInRoute('POST user', 'user:create', async (request, _params, actor) => {
  return NextResponse.json({ user: await createUser(actor, await readJson(request)) }, { status: 201, headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
