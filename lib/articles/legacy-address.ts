import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articles, legacyRedirects, sections } from '@/lib/db/schema';
import { legacyPath } from '@/lib/transfer/import/legacy-path';
import { readerPath } from './types';

/**
 * Where an address of the system a story was imported from (`/?p=123`, `/2024/05/slug/`) lives now: the
 * published story's or page's URL here, or null.
 */
export async function findLegacyAddress(path: string, search?: URLSearchParams): Promise<string | null> {
  const key = legacyPath(path, search);
  if (!key) return null;
  const db = await getDb();
  const [row] = await db
    .select({ slug: articles.slug, kind: articles.kind, section: sections.slug })
    .from(legacyRedirects)
    .innerJoin(articles, eq(articles.id, legacyRedirects.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(legacyRedirects.path, key), eq(articles.status, 'published')));
  if (!row) return null;
  return readerPath(row);
}
