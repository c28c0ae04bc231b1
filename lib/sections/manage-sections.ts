import 'server-only';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { articles, sectionRedirects, sections } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { RESERVED_SLUGS, SLUG_PATTERN, slugify } from '@/lib/articles/slug';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { recordAction } from '@/lib/moderation/audit';
import { createSectionSchema, updateSectionSchema } from './section-input';

export type NewsroomSection = {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  hidden: boolean;
  /** Stories in it, whatever their state: a section with any cannot be deleted. */
  storyCount: number;
};

const invalidSlug = (message: string) => new AppError('invalid_input', message, { fields: { slug: message } });

/**
 * The slug a section may take: the site's own routes, another section and a page (all at `/slug`) are refused
 * with the field named. An old address of another section may be reused; it stops redirecting.
 */
async function checkedSlug(tx: Tx, requested: string, selfId: number | null): Promise<string> {
  if (RESERVED_SLUGS.has(requested)) throw invalidSlug(`“${requested}” is one of the site’s own addresses; choose another.`);
  if (!SLUG_PATTERN.test(requested)) throw invalidSlug('Use lower-case letters, digits and single hyphens (local-news).');
  const [section] = await tx.select({ id: sections.id }).from(sections).where(and(eq(sections.slug, requested), selfId ? ne(sections.id, selfId) : undefined));
  if (section) throw invalidSlug(`Another section already uses “${requested}”.`);
  const [page] = await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.kind, 'page'), eq(articles.slug, requested)));
  if (page) throw invalidSlug(`A page already lives at /${requested}.`);
  await tx.delete(sectionRedirects).where(eq(sectionRedirects.oldSlug, requested));
  return requested;
}

async function storyCounts(tx: Tx): Promise<Map<number, number>> {
  const rows = await tx.select({ id: articles.sectionId, n: count() }).from(articles).where(eq(articles.kind, 'story')).groupBy(articles.sectionId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

async function readNewsroomSections(tx: Tx): Promise<NewsroomSection[]> {
  const [rows, counts] = await Promise.all([
    tx
      .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position, hidden: sections.hidden })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id)),
    storyCounts(tx),
  ]);
  return rows.map((r) => ({ ...r, storyCount: counts.get(r.id) ?? 0 }));
}

/** Every section in navigation order, hidden ones too, with how many stories each holds (editors, admins). */
export async function listNewsroomSections(actor: Actor): Promise<NewsroomSection[]> {
  assertCan(actor, 'section:manage');
  const db = await getDb();
  return db.transaction((tx) => readNewsroomSections(tx));
}

/** Section pages, the navigation and every list naming a section show it at once. */
function expireSections(...slugs: string[]): void {
  expireTags([cacheTags.sections, cacheTags.front, cacheTags.feeds, cacheTags.sitemap, cacheTags.search, ...slugs.map(cacheTags.section)]);
}

async function lockSection(tx: Tx, slug: string) {
  const [row] = await tx.select().from(sections).where(eq(sections.slug, slug)).for('update');
  if (!row) throw notFound('Section');
  return row;
}

/** Writes every section's position so `id` sits at `index` and the others keep their order. */
async function moveSection(tx: Tx, id: number, index: number): Promise<void> {
  const ordered = (await tx.select({ id: sections.id }).from(sections).orderBy(asc(sections.position), asc(sections.id)).for('update')).map((r) => r.id);
  const rest = ordered.filter((x) => x !== id);
  rest.splice(Math.min(index, rest.length), 0, id);
  for (const [position, sectionId] of rest.entries()) await tx.update(sections).set({ position }).where(eq(sections.id, sectionId));
}

/** A new section, last in the navigation. Its address follows the name unless one is given. */
export async function createSection(actor: Actor, raw: unknown): Promise<NewsroomSection> {
  assertCan(actor, 'section:manage');
  const input = parseOrThrow(createSectionSchema, raw);
  const db = await getDb();
  const created = await db.transaction(async (tx) => {
    await tx.execute(sql`lock table sections in share row exclusive mode`);
    const slug = await checkedSlug(tx, input.slug ?? (slugify(input.name, 60) || input.name.trim().toLowerCase()), null);
    const [{ next } = { next: 0 }] = await tx.select({ next: sql<number>`coalesce(max(${sections.position}) + 1, 0)::int` }).from(sections);
    const [row] = await tx
      .insert(sections)
      .values({ slug, name: input.name, description: input.description, position: next })
      .returning({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position, hidden: sections.hidden });
    await recordAction(tx, { actorId: actor.id, action: 'section.create', targetType: 'section', targetId: row!.id, after: { slug, name: input.name, description: input.description } });
    return { ...row!, storyCount: 0 };
  });
  expireSections(created.slug);
  return created;
}

/**
 * Renames, re-describes, hides or moves a section. A new address keeps the old one answering: the section page,
 * its feed and its stories' old URLs redirect permanently.
 */
export async function updateSection(actor: Actor, slug: string, raw: unknown): Promise<NewsroomSection> {
  assertCan(actor, 'section:manage');
  const input = parseOrThrow(updateSectionSchema, raw);
  const db = await getDb();
  const { before, after } = await db.transaction(async (tx) => {
    await tx.execute(sql`lock table sections in share row exclusive mode`);
    const section = await lockSection(tx, slug);
    const nextSlug = input.slug !== undefined && input.slug !== section.slug ? await checkedSlug(tx, input.slug, section.id) : section.slug;
    const [updated] = await tx
      .update(sections)
      .set({ name: input.name ?? section.name, slug: nextSlug, description: input.description ?? section.description, hidden: input.hidden ?? section.hidden })
      .where(eq(sections.id, section.id))
      .returning();
    if (nextSlug !== section.slug) {
      await tx
        .insert(sectionRedirects)
        .values({ oldSlug: section.slug, sectionId: section.id })
        .onConflictDoUpdate({ target: sectionRedirects.oldSlug, set: { sectionId: section.id, createdAt: new Date() } });
    }
    if (input.position !== undefined) await moveSection(tx, section.id, input.position);
    const pick = (s: typeof section) => ({ slug: s.slug, name: s.name, description: s.description, hidden: s.hidden, position: s.position });
    const list = await readNewsroomSections(tx);
    const now = list.find((s) => s.id === section.id)!;
    await recordAction(tx, { actorId: actor.id, action: 'section.update', targetType: 'section', targetId: section.id, before: pick(section), after: pick({ ...updated!, position: now.position }) });
    return { before: section, after: now };
  });
  expireSections(before.slug, after.slug);
  return after;
}

/** Deletes a section with no stories in it; one that has any answers 409 with how many. */
export async function deleteSection(actor: Actor, slug: string): Promise<void> {
  assertCan(actor, 'section:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const section = await lockSection(tx, slug);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, section.id));
    if (n > 0) {
      const stories = n === 1 ? '1 story' : `${n.toLocaleString('en-GB')} stories`;
      throw new AppError('conflict', `“${section.name}” still holds ${stories}. Move them to another section or delete them first.`, { current: { storyCount: n } });
    }
    await tx.delete(sections).where(eq(sections.id, section.id));
    await recordAction(tx, { actorId: actor.id, action: 'section.delete', targetType: 'section', targetId: section.id, before: { slug: section.slug, name: section.name } });
  });
  expireSections(slug);
}
