import 'server-only';
import { eq, like } from 'drizzle-orm';
import type { Tx } from '@/lib/db/client';
import { authorProfiles } from '@/lib/db/schema';
import { firstFreeSlug, slugify } from '@/lib/articles/slug';

/**
 * The author profile of a staff member, made from their name the first time they need one (on promotion, or
 * their first story), so every byline links to a real author page. Returns its id.
 */
export async function ensureAuthorProfile(tx: Tx, user: { id: number; name: string }): Promise<number> {
  const [existing] = await tx.select({ id: authorProfiles.id }).from(authorProfiles).where(eq(authorProfiles.userId, user.id));
  if (existing) return existing.id;
  const base = slugify(user.name) || `author-${user.id}`;
  const taken = new Set((await tx.select({ slug: authorProfiles.slug }).from(authorProfiles).where(like(authorProfiles.slug, `${base}%`))).map((r) => r.slug));
  const slug = firstFreeSlug(base, (candidate) => taken.has(candidate));
  const [created] = await tx.insert(authorProfiles).values({ userId: user.id, slug, displayName: user.name }).returning({ id: authorProfiles.id });
  return created!.id;
}
