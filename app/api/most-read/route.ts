import { NextResponse } from 'next/server';
import { z } from 'zod';
import { publicCache, route, searchParamsOf, otherMethods } from '@/lib/http/route';
import { parseOrThrow } from '@/lib/validation/parse';
import { slugParamSchema } from '@/lib/http/params';
import { getMostRead } from '@/lib/most-read/views';

const querySchema = z.object({ section: slugParamSchema.optional() });

// GET /api/most-read?section= – the five most read stories of the last 24 hours: {stories: [{id, headline, url, views}]}
export const GET = route('GET most read', async (request) => {
  const { section } = parseOrThrow(querySchema, searchParamsOf(request));
  return NextResponse.json({ stories: await getMostRead(section ?? null) }, { headers: publicCache(60) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
