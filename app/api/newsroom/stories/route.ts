import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, searchParamsOf, otherMethods } from '@/lib/http/route';
import { findStories } from '@/lib/newsroom/dashboard';

// GET /api/newsroom/stories?q= – published stories by headline, for the related-story picker
export const GET = route('GET newsroom stories', async (request) => {
  const actor = await requireActor(request);
  return NextResponse.json({ stories: await findStories(actor, searchParamsOf(request).q ?? '') });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
