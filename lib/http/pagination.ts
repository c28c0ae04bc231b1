import { z } from 'zod';

export const PAGE_SIZE = 20;
/** Deep pages cost an index walk each; the sitemap, not page 5,000, is how crawlers reach old stories. */
export const MAX_PAGE = 500;

export const pageNumberSchema = z.coerce
  .number({ error: 'Page must be a number' })
  .int('Page must be a whole number')
  .min(1, 'Page starts at 1')
  .max(MAX_PAGE, `Page goes up to ${MAX_PAGE}`);

/** A page number from a URL segment or query value; null when absent, Error text when invalid. */
export function parsePage(raw: string | undefined | null): { page: number } | { error: string } {
  if (raw === undefined || raw === null || raw === '') return { page: 1 };
  if (!/^\d+$/.test(raw)) return { error: 'Page must be a whole number from 1.' };
  const parsed = pageNumberSchema.safeParse(raw);
  return parsed.success ? { page: parsed.data } : { error: parsed.error.issues[0]?.message ?? 'Invalid page' };
}

export type Paged<T> = { items: T[]; page: number; pageCount: number; total: number };

export function pageCountOf(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / size)));
}
