import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

// GET /api/ping – liveness: the process answers, without touching the database (also the benchmark's baseline route)
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
