import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { newsletters, newsletterSubscriptions } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { slugify } from '@/lib/articles/slug';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { recordAction } from '@/lib/moderation/audit';
import { createNewsletterSchema, updateNewsletterSchema } from './newsletter-input';

export type PublicNewsletter = { slug: string; name: string; description: string };
export type DeskNewsletter = PublicNewsletter & { id: number; senderName: string; senderEmail: string; confirmed: number; pending: number };

async function readPublicNewsletters(): Promise<PublicNewsletter[]> {
  const db = await getDb();
  return db.select({ slug: newsletters.slug, name: newsletters.name, description: newsletters.description }).from(newsletters).orderBy(asc(newsletters.position), asc(newsletters.id));
}

/** The lists anyone can subscribe to, in the newsroom's order: cached, for every story's sign-up box. */
export const getNewsletters = cachedRead('newsletters', readPublicNewsletters, () => [cacheTags.newsletters]);

/** Every list with its sender and how many are on it (admins). */
export async function readNewsletterDesk(actor: Actor): Promise<DeskNewsletter[]> {
  assertCan(actor, 'newsletter:manage');
  const db = await getDb();
  return db
    .select({
      id: newsletters.id,
      slug: newsletters.slug,
      name: newsletters.name,
      description: newsletters.description,
      senderName: newsletters.senderName,
      senderEmail: newsletters.senderEmail,
      confirmed: sql<number>`(select count(*)::int from ${newsletterSubscriptions} s where s.newsletter_id = ${newsletters.id} and s.status = 'confirmed')`,
      pending: sql<number>`(select count(*)::int from ${newsletterSubscriptions} s where s.newsletter_id = ${newsletters.id} and s.status = 'pending')`,
    })
    .from(newsletters)
    .orderBy(asc(newsletters.position), asc(newsletters.id));
}

const slugTaken = () => new AppError('conflict', 'Another newsletter has this address.', { fields: { slug: 'Taken' } });

async function freeSlug(tx: Tx, slug: string, exceptId: number | null) {
  if (!slug || slug === 'confirm') throw new AppError('invalid_input', 'Give the newsletter another address.', { fields: { slug: 'Give it another address' } });
  const [taken] = await tx.select({ id: newsletters.id }).from(newsletters).where(eq(newsletters.slug, slug));
  if (taken && taken.id !== exceptId) throw slugTaken();
  return slug;
}

async function lockNewsletter(tx: Tx, slug: string) {
  const [row] = await tx.select().from(newsletters).where(eq(newsletters.slug, slug)).for('update');
  if (!row) throw notFound('Newsletter');
  return row;
}

export async function createNewsletter(actor: Actor, raw: unknown): Promise<PublicNewsletter> {
  assertCan(actor, 'newsletter:manage');
  const input = parseOrThrow(createNewsletterSchema, raw);
  const db = await getDb();
  const created = await db.transaction(async (tx) => {
    const slug = await freeSlug(tx, input.slug ?? slugify(input.name, 60), null);
    const [{ next } = { next: 0 }] = await tx.select({ next: sql<number>`coalesce(max(${newsletters.position}) + 1, 0)::int` }).from(newsletters);
    const [row] = await tx.insert(newsletters).values({ ...input, slug, position: next }).returning();
    await recordAction(tx, { actorId: actor.id, action: 'newsletter.create', targetType: 'newsletter', targetId: row!.id, after: { ...input, slug } });
    return row!;
  });
  expireTags([cacheTags.newsletters]);
  return { slug: created.slug, name: created.name, description: created.description };
}

export async function updateNewsletter(actor: Actor, slug: string, raw: unknown): Promise<PublicNewsletter> {
  assertCan(actor, 'newsletter:manage');
  const input = parseOrThrow(updateNewsletterSchema, raw);
  const db = await getDb();
  const updated = await db.transaction(async (tx) => {
    const before = await lockNewsletter(tx, slug);
    const nextSlug = input.slug !== undefined && input.slug !== before.slug ? await freeSlug(tx, input.slug, before.id) : before.slug;
    const [row] = await tx
      .update(newsletters)
      .set({ ...input, slug: nextSlug, updatedAt: new Date() })
      .where(eq(newsletters.id, before.id))
      .returning();
    const pick = (n: typeof before) => ({ slug: n.slug, name: n.name, description: n.description, senderName: n.senderName, senderEmail: n.senderEmail });
    await recordAction(tx, { actorId: actor.id, action: 'newsletter.update', targetType: 'newsletter', targetId: before.id, before: pick(before), after: pick(row!) });
    return row!;
  });
  expireTags([cacheTags.newsletters]);
  return { slug: updated.slug, name: updated.name, description: updated.description };
}

/** Deletes a list and its subscribers (audited with how many were on it). */
export async function deleteNewsletter(actor: Actor, slug: string): Promise<void> {
  assertCan(actor, 'newsletter:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await lockNewsletter(tx, slug);
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(newsletterSubscriptions).where(eq(newsletterSubscriptions.newsletterId, row.id));
    await tx.delete(newsletters).where(eq(newsletters.id, row.id));
    await recordAction(tx, { actorId: actor.id, action: 'newsletter.delete', targetType: 'newsletter', targetId: row.id, before: { slug: row.slug, name: row.name, subscribers: n } });
  });
  expireTags([cacheTags.newsletters]);
}
