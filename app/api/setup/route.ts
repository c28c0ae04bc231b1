import { NextResponse } from 'next/server';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { completeSetup, readSetupNeeded } from '@/lib/setup/setup';

const noStore = { 'Cache-Control': 'private, no-store' };

// GET /api/setup – whether the site still needs its first admin: {needed}
export const GET = route('GET setup', async () => {
  return NextResponse.json({ needed: await readSetupNeeded() }, { headers: noStore });
});

// POST /api/setup – first run {token, publicationName, admin: {name, email, password}}: 201, 403 wrong token, 409 once set up
export const POST = route('POST setup', async (request) => {
  const account = await completeSetup(await readJson(request));
  return NextResponse.json({ account }, { status: 201, headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
