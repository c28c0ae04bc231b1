import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { decodeImage } from '@/lib/media/sharp';
import { getDb } from '@/lib/db/client';
import { authorProfiles } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { storage } from '@/lib/storage/storage';
import { checkedImage } from '@/lib/media/image-upload';
import { authorProfileSchema } from './schemas';

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
const AVATAR_SIZE = 256;

async function profileFor(actor: Actor, slug: string) {
  const db = await getDb();
  const [profile] = await db.select().from(authorProfiles).where(eq(authorProfiles.slug, slug));
  if (!profile) throw notFound('Author');
  assertCan(actor, 'profile:edit', profile.userId === actor.id);
  return profile;
}

/** The profile the actor may edit by default: their own. */
export async function ownProfileSlug(actor: Actor): Promise<string | null> {
  const db = await getDb();
  const [profile] = await db.select({ slug: authorProfiles.slug }).from(authorProfiles).where(eq(authorProfiles.userId, actor.id));
  return profile?.slug ?? null;
}

/**
 * An author edits their own public profile (admins anyone's). The public bio and the pages showing it are
 * expired at once, under both the old and the new slug.
 */
export async function updateAuthorProfile(actor: Actor, slug: string, input: unknown) {
  const profile = await profileFor(actor, slug);
  const next = parseOrThrow(authorProfileSchema, input);
  const db = await getDb();
  if (next.slug !== profile.slug) {
    const [taken] = await db
      .select({ id: authorProfiles.id })
      .from(authorProfiles)
      .where(and(eq(authorProfiles.slug, next.slug), ne(authorProfiles.id, profile.id)));
    if (taken) {
      throw new AppError('conflict', `The address /author/${next.slug} is taken. Try ${next.slug}-${profile.id}.`, {
        fields: {
          slug: `Taken; try ${next.slug}-${profile.id}`,
        },
      });
    }
  }
  const [updated] = await db
    .update(authorProfiles)
    .set({ ...next, updatedAt: new Date() })
    .where(eq(authorProfiles.id, profile.id))
    .returning();
  expireTags([cacheTags.author(profile.slug), cacheTags.author(next.slug)]);
  return updated!;
}

/**
 * Replaces the avatar: the file's bytes must be a JPEG, PNG or WebP image (its name and declared type are not
 * trusted); it is cropped to a square, resized and stored as WebP under a content-hashed name.
 */
export async function uploadAvatar(actor: Actor, slug: string, file: File) {
  const profile = await profileFor(actor, slug);
  const { bytes } = await checkedImage(file, AVATAR_MAX_BYTES, 'avatar');
  const resized = await decodeImage(bytes).rotate().resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover' }).webp({ quality: 82 }).toBuffer();
  const hash = createHash('sha256').update(resized).digest('hex').slice(0, 16);
  const { url } = await storage.put(`avatars/${profile.slug}-${hash}.webp`, resized, 'image/webp');
  const db = await getDb();
  await db.update(authorProfiles).set({ avatarUrl: url, updatedAt: new Date() }).where(eq(authorProfiles.id, profile.id));
  expireTags([cacheTags.author(profile.slug)]);
  return { avatarUrl: url };
}
