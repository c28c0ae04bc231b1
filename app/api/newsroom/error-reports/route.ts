import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, searchParamsOf, otherMethods } from '@/lib/http/route';
import { listErrorReports } from '@/lib/newsroom/error-reports';

// GET /api/newsroom/error-reports?status= – the editors' inbox of readers' error reports
export const GET = route('GET error reports', async (request) => {
  const actor = await requireActor(request);
  return NextResponse.json(await listErrorReports(actor, searchParamsOf(request).status));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
