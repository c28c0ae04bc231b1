import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, searchParamsOf } from '@/lib/http/route';
import { listUsers } from '@/lib/users/user-admin';

// GET /api/users?q=&page= – staff list of users, searched by name or email (editors and admins)
export const GET = route('GET users', async (request) => {
  const result = await listUsers(await requireActor(request), searchParamsOf(request));
  return NextResponse.json(result, { headers: { 'Cache-Control': 'private, no-store' } });
});
