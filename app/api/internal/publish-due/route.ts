import { NextResponse } from 'next/server';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { publishDue } from '@/lib/newsroom/publication';
import { isSchedulerToken, SCHEDULER_HEADER } from '@/lib/newsroom/scheduler';

// POST /api/internal/publish-due – the server's own scheduler (lib/newsroom/scheduler.ts); nobody else
export const POST = route('POST publish-due', async (request) => {
  if (!isSchedulerToken(request.headers.get(SCHEDULER_HEADER))) throw new AppError('forbidden', 'Only the server’s scheduler may call this.');
  return NextResponse.json({ published: await publishDue() });
});
