import { NextResponse } from 'next/server';
import { otherMethods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /api/ping – liveness: the process answers, without touching the database (also the benchmark's baseline route)
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
