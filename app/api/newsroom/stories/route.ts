import { NextResponse } from 'next/server';
import { searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';
import { findStories } from '@/lib/newsroom/dashboard';

// GET /api/newsroom/stories?q= – published stories by headline, for the related-story picker
export const GET = signedInRoute('GET newsroom stories', 'article:create', async (request, _params, actor) => {
  return NextResponse.json({ stories: await findStories(actor, searchParamsOf(request).q ?? '') });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
