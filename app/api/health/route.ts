import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/health/check-database';
import { otherMethods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /api/health – readiness: 200 {db: "ok"} when the database answers, 503 {db: "down"} when it does not
export async function GET() {
  const db = await checkDatabase();
  return NextResponse.json(
    db === 'ok' ? { db } : { db, error: { code: 'unavailable', message: 'The database is not answering.' } },
    { status: db === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
