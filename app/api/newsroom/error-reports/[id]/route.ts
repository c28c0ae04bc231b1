import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { setErrorReportStatus } from '@/lib/newsroom/error-reports';

// PATCH /api/newsroom/error-reports/[id] {status: received|checking|corrected|no_change}
export const PATCH = route<{ id: string }>('PATCH error report', async (request, { id }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ report: await setErrorReportStatus(actor, idOrNotFound(id, 'Report'), await readJson(request)) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT, DELETE } = otherMethods('PATCH');
