import { z } from 'zod';
import { bodyDocumentSchema } from '@/lib/articles/document';

/**
 * A publication as a sequence of records: what `npm run export` writes (one per line, README "Export format"),
 * and what every importer produces from its source (WordPress, Ghost, a Broadsheet export) for one writer
 * (lib/transfer/import/apply-records.ts). Records refer to each other by `ref`, a name unique within one file
 * (the source's id); slugs name sections, tags and authors. Records come parents first.
 */

const iso = z.iso.datetime({ offset: true });
const isoOrNull = iso.nullable().default(null);
const ref = z.string().min(1).max(200);

export const headerRecord = z.object({
  type: z.literal('broadsheet-export'),
  version: z.literal(1),
  exportedAt: iso,
  /** The site it came from: with the refs, what makes a second import of the same file add nothing. */
  site: z.string().max(2048),
});

export const settingRecord = z.object({ type: z.literal('setting'), key: z.string().min(1).max(100), value: z.unknown() });

export const sectionRecord = z.object({
  type: z.literal('section'),
  slug: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  position: z.number().int().default(0),
  hidden: z.boolean().default(false),
  commentMode: z.enum(['open', 'premoderated', 'closed']).nullable().default(null),
});

export const tagRecord = z.object({ type: z.literal('tag'), slug: z.string().min(1).max(100), name: z.string().min(1).max(200) });

/** An account. Never a password or a token: imported people set a password through a reset or an admin. */
export const userRecord = z.object({
  type: z.literal('user'),
  ref,
  email: z.string().min(3).max(320),
  name: z.string().min(1).max(200),
  role: z.enum(['reader', 'author', 'editor', 'admin']).default('reader'),
  status: z.enum(['active', 'banned']).default('active'),
  createdAt: isoOrNull,
});

export const authorRecord = z.object({
  type: z.literal('author'),
  slug: z.string().min(1).max(100),
  displayName: z.string().min(1).max(200),
  title: z.string().max(200).default(''),
  shortBio: z.string().max(1000).default(''),
  longBio: z.string().max(10_000).default(''),
  avatarUrl: z.string().max(2048).nullable().default(null),
  links: z.array(z.object({ label: z.string().max(100), url: z.string().max(2048) })).max(20).default([]),
  /** The account that writes as this author, by its ref. */
  user: ref.nullable().default(null),
});

export const mediaRecord = z.object({
  type: z.literal('media'),
  ref,
  url: z.string().max(2048),
  mimeType: z.string().max(100),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().nonnegative().default(0),
  alt: z.string().max(500).default(''),
  caption: z.string().max(1000).default(''),
  credit: z.string().max(200).default(''),
  createdAt: isoOrNull,
});

const revision = z.object({
  version: z.number().int().positive(),
  headline: z.string().max(500),
  dek: z.string().max(2000).default(''),
  body: bodyDocumentSchema,
  note: z.string().max(1000).nullable().default(null),
  editor: ref.nullable().default(null),
  createdAt: iso,
});

const update = z.object({
  kind: z.enum(['update', 'correction']),
  body: z.string().min(1).max(5000),
  author: ref.nullable().default(null),
  createdAt: iso,
});

export const storyRecord = z.object({
  type: z.literal('story'),
  ref,
  kind: z.enum(['story', 'page']).default('story'),
  slug: z.string().min(1).max(200),
  status: z.enum(['draft', 'scheduled', 'published', 'archived']),
  headline: z.string().min(1).max(500),
  dek: z.string().max(2000).default(''),
  body: bodyDocumentSchema,
  /** Stories only: pages stand alone. */
  section: z.string().max(100).nullable().default(null),
  authors: z.array(z.string().max(100)).max(20).default([]),
  tags: z.array(z.string().max(100)).max(50).default([]),
  hero: ref.nullable().default(null),
  publishedAt: isoOrNull,
  updatedAt: isoOrNull,
  scheduledFor: isoOrNull,
  createdAt: isoOrNull,
  commentMode: z.enum(['open', 'premoderated', 'closed']).default('open'),
  claimStatus: z.enum(['unverified', 'developing', 'confirmed', 'disputed', 'retracted']).nullable().default(null),
  claimNote: z.string().max(2000).nullable().default(null),
  revisions: z.array(revision).max(1000).default([]),
  updates: z.array(update).max(500).default([]),
  /** Its earlier slugs here, and its addresses on the system it came from (`/?p=12`, `/2024/05/slug/`). */
  oldSlugs: z.array(z.string().max(200)).max(100).default([]),
  legacyPaths: z.array(z.string().max(2048)).max(20).default([]),
});

export const commentRecord = z.object({
  type: z.literal('comment'),
  ref,
  story: ref,
  parent: ref.nullable().default(null),
  /** The account that wrote it; null for a deleted account or an anonymous comment on the old system. */
  author: ref.nullable().default(null),
  body: z.string().max(20_000),
  status: z.enum(['pending', 'approved', 'rejected', 'spam', 'deleted']).default('approved'),
  featured: z.boolean().default(false),
  likedBy: z.array(ref).max(100_000).default([]),
  createdAt: iso,
  editedAt: isoOrNull,
  deletedAt: isoOrNull,
});

export const publicationRecord = z.discriminatedUnion('type', [
  headerRecord,
  settingRecord,
  sectionRecord,
  tagRecord,
  userRecord,
  authorRecord,
  mediaRecord,
  storyRecord,
  commentRecord,
]);

export type PublicationRecord = z.infer<typeof publicationRecord>;
export type SectionRecord = z.infer<typeof sectionRecord>;
export type TagRecord = z.infer<typeof tagRecord>;
export type UserRecord = z.infer<typeof userRecord>;
export type AuthorRecord = z.infer<typeof authorRecord>;
export type MediaRecord = z.infer<typeof mediaRecord>;
export type StoryRecord = z.infer<typeof storyRecord>;
export type CommentRecord = z.infer<typeof commentRecord>;
/** What a record is before defaults are filled in: what importers build. */
export type RecordInput = z.input<typeof publicationRecord>;
