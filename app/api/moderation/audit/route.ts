import { NextResponse } from 'next/server';
import { auditCsv, listAudit } from '@/lib/moderation/audit-log';
import { fileDownload } from '@/lib/http/download';
import { searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';

// GET /api/moderation/audit?action=&targetType=&target=&actor=&from=&to=&before=&format=csv – the audit log (read only)
export const GET = signedInRoute('GET audit log', 'audit:read', async (request, _params, actor) => {
  const { format, ...query } = searchParamsOf(request);
  if (format === 'csv') {
    return fileDownload(auditCsv(actor, query), `audit-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv; charset=utf-8');
  }
  return NextResponse.json(await listAudit(actor, query), { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
