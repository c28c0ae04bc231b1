import { NextResponse } from 'next/server';
import { AppError } from '@/lib/http/errors';
import { route, otherMethods } from '@/lib/http/route';
import { publishDue } from '@/lib/newsroom/publication';
import { isSelfCall } from '@/lib/server/self-call';

// POST /api/internal/publish-due – the server's own scheduler (lib/newsroom/scheduler.ts); nobody else
export const POST = route('POST publish-due', async (request) => {
  if (!isSelfCall(request)) throw new AppError('forbidden', 'Only the server itself may call this.');
  return NextResponse.json({ published: await publishDue() });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
