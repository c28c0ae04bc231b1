import { NextResponse } from 'next/server';
import { AppError } from '@/lib/http/errors';
import { route, otherMethods } from '@/lib/http/route';
import { flushViews } from '@/lib/most-read/views';
import { isSelfCall } from '@/lib/server/self-call';

// POST /api/internal/flush-views – the server's own timer (lib/most-read/flush-timer.ts): counted views to the database
export const POST = route('POST flush-views', async (request) => {
  if (!isSelfCall(request)) throw new AppError('forbidden', 'Only the server itself may call this.');
  return NextResponse.json({ flushed: await flushViews() });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
