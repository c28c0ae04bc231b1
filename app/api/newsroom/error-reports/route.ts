import { NextResponse } from 'next/server';
import { searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';
import { listErrorReports } from '@/lib/newsroom/error-reports';

// GET /api/newsroom/error-reports?status= – the editors' inbox of readers' error reports
export const GET = signedInRoute('GET error reports', 'article:correct', async (request, _params, actor) => {
  return NextResponse.json(await listErrorReports(actor, searchParamsOf(request).status));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
