import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { setErrorReportStatus } from '@/lib/newsroom/error-reports';

// PATCH /api/newsroom/error-reports/[id] {status: received|checking|corrected|no_change}
export const PATCH = signedInRoute<{ id: string }>('PATCH error report', 'article:correct', async (request, { id }, actor) => {
  return NextResponse.json({ report: await setErrorReportStatus(actor, idOrNotFound(id, 'Report'), await readJson(request)) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT, DELETE } = otherMethods('PATCH');
