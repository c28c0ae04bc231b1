import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { articleAuthors, articles, articleTags, authorProfiles, sections, tags } from '@/lib/db/schema';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';

/**
 * Where a story shows on the public site: the pages a change to it must expire, and no others. A page (no
 * section) shows at its own address, in the footer and in the sitemap.
 */
export type Footprint = { id: number; slug: string; sectionSlug: string | null; tagSlugs: string[]; authorSlugs: string[] };

export async function readFootprint(db: Db | Tx, id: number): Promise<Footprint> {
  const [[row], tagRows, authorRows] = await Promise.all([
    db.select({ slug: articles.slug, sectionSlug: sections.slug }).from(articles).leftJoin(sections, eq(sections.id, articles.sectionId)).where(eq(articles.id, id)),
    db.select({ slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)),
    db
      .select({ slug: authorProfiles.slug })
      .from(articleAuthors)
      .innerJoin(authorProfiles, eq(authorProfiles.id, articleAuthors.authorId))
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position)),
  ]);
  return { id, slug: row!.slug, sectionSlug: row!.sectionSlug, tagSlugs: tagRows.map((t) => t.slug), authorSlugs: authorRows.map((a) => a.slug) };
}

/** The cache tags of every page that shows the story as it was (`before`) or is now (`after`). */
export function footprintTags(...footprints: Footprint[]): string[] {
  const out = new Set<string>([cacheTags.sitemap]);
  for (const f of footprints) {
    out.add(cacheTags.article(f.slug));
    if (f.sectionSlug === null) {
      out.add(cacheTags.pages);
      continue;
    }
    for (const tag of [cacheTags.front, cacheTags.feeds, cacheTags.search]) out.add(tag);
    out.add(cacheTags.section(f.sectionSlug));
    out.add(cacheTags.comments(f.id));
    for (const t of f.tagSlugs) out.add(cacheTags.tag(t));
    for (const a of f.authorSlugs) out.add(cacheTags.author(a));
  }
  return [...out];
}

export function expireFootprints(...footprints: Footprint[]): void {
  expireTags(footprintTags(...footprints));
}
