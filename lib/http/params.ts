import { z } from 'zod';
import { notFound } from './errors';
import { INT4_MAX } from '@/lib/db/ids';
import { SLUG_PATTERN } from '@/lib/articles/slug';

/** A slug from a URL segment. Anything that could not be a slug is simply an unknown resource. */
export const slugParamSchema = z.string().min(1).max(200).regex(SLUG_PATTERN);

export function slugOrNotFound(raw: string, what: string): string {
  const parsed = slugParamSchema.safeParse(raw);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}

/** A numeric id from a URL segment; anything else is simply an unknown resource. */
export function idOrNotFound(raw: string, what: string): number {
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < 1 || Number(raw) > INT4_MAX) throw notFound(what);
  return Number(raw);
}
