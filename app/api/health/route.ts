import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/health/check-health';
import { otherMethods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /api/health – readiness: 200 {db: "ok", redis?, version}; 503 when the database does not answer
export async function GET() {
  const health = await checkHealth();
  const up = health.db === 'ok';
  return NextResponse.json(up ? health : { ...health, error: { code: 'unavailable', message: 'The database is not answering.' } }, {
    status: up ? 200 : 503,
    headers: { 'Cache-Control': 'no-store', ...(!up && { 'Retry-After': '5' }) },
  });
}

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
