import { NextResponse } from 'next/server';
import { createAccount } from '@/lib/accounts/create-account';
import { deleteAccount, updateAccount } from '@/lib/accounts/update-account';
import { renewedSessionCookie } from '@/lib/auth/sessions';
import { clientIp } from '@/lib/auth/options';
import { readJson, route, otherMethods, signedInRoute } from '@/lib/http/route';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
// Large enough that an absurd name is refused as a bad name (400, field named), not only as a big body.
const SIGN_UP_MAX_BYTES = 2 * 1024 * 1024;

// POST /api/account – sign up as a reader {email, password, name}
export const POST = route('POST account', async (request) => {
  const account = await createAccount(await readJson(request, SIGN_UP_MAX_BYTES), clientIp(request.headers));
  return NextResponse.json({ account }, { status: 201, headers: PRIVATE });
});

// GET /api/account – the signed-in user: id, name, email, role (401 when signed out)
export const GET = signedInRoute('GET account', 'signed-in', async (request, _params, actor) => {
  const { id, name, email, role } = actor;
  return NextResponse.json({ account: { id, name, email, role } }, { headers: PRIVATE });
});

// PATCH /api/account – change name, or email / password with the current password (a new address waits for its link,
// `pendingEmail`; a new password ends every other session)
export const PATCH = signedInRoute('PATCH account', 'account:edit', async (request, _params, actor) => {
  const { account, sessionVersion, pendingEmail } = await updateAccount(actor, await readJson(request));
  const response = NextResponse.json({ account, pendingEmail }, { headers: PRIVATE });
  const renewed = sessionVersion === null ? null : await renewedSessionCookie(request, sessionVersion);
  if (renewed) response.headers.append('Set-Cookie', renewed);
  return response;
});

// DELETE /api/account – delete the account {currentPassword}; comments stay, shown as by "deleted user"
export const DELETE = signedInRoute('DELETE account', 'account:edit', async (request, _params, actor) => {
  await deleteAccount(actor, await readJson(request));
  return new NextResponse(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT } = otherMethods('GET', 'POST', 'PATCH', 'DELETE');
