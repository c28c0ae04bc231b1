import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { documentToPlainText, type BodyDocument } from '@/lib/articles/document';
import { slugify } from '@/lib/articles/slug';

let counter = 0;

export const paragraphDoc = (...paragraphs: string[]): BodyDocument => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Writes one article with bylines and tags, mirroring publication into the join tables as the services do. */
export async function createArticle(
  db: Db,
  opts: {
    headline?: string;
    section?: string;
    tags?: string[];
    authors?: string[];
    status?: s.ArticleStatus;
    publishedAt?: Date;
    body?: BodyDocument;
    dek?: string;
  } = {},
) {
  counter++;
  const headline = opts.headline ?? `Factory story ${counter} ${Date.now()}`;
  const status = opts.status ?? 'published';
  const publishedAt = status === 'published' ? (opts.publishedAt ?? new Date()) : null;
  const [section] = await db.select().from(s.sections).where(eq(s.sections.slug, opts.section ?? 'world'));
  const body = opts.body ?? paragraphDoc(`Body of ${headline}.`);
  const [article] = await db
    .insert(s.articles)
    .values({
      slug: `${slugify(headline)}-${counter}`,
      status,
      headline,
      dek: opts.dek ?? '',
      body,
      bodyText: documentToPlainText(body),
      sectionId: section!.id,
      publishedAt,
    })
    .returning();
  for (const [position, slug] of (opts.authors ?? ['ines-carvalho']).entries()) {
    const [author] = await db.select().from(s.authorProfiles).where(eq(s.authorProfiles.slug, slug));
    await db.insert(s.articleAuthors).values({ articleId: article!.id, authorId: author!.id, position, publishedAt });
  }
  for (const tagSlug of opts.tags ?? []) {
    const [tag] = await db
      .insert(s.tags)
      .values({ slug: tagSlug, name: tagSlug })
      .onConflictDoUpdate({ target: s.tags.slug, set: { name: sql`excluded.name` } })
      .returning();
    await db.insert(s.articleTags).values({ articleId: article!.id, tagId: tag!.id, publishedAt });
  }
  return article!;
}
