import { asc, eq, gt, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import type { PublicationRecord } from '../records';

/** Rows read at a time: the export holds one page of stories (with their revisions) in memory, never the archive. */
const PAGE = 200;
/** Settings that are the installation's, not the publication's: never exported. */
const PRIVATE_SETTINGS = ['cacheGeneration', 'setupTokens'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const userRef = (id: number) => `user-${id}`;
export const mediaRef = (id: number) => `media-${id}`;
export const storyRef = (id: number) => `story-${id}`;
export const commentRef = (id: number) => `comment-${id}`;

/** A table page by page, by id: `read(afterId)` returns the next page of at most PAGE rows. */
async function* pages<T extends { id: number }>(read: (afterId: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await read(after);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The whole publication as records (lib/transfer/records.ts), parents first. Passwords, sessions, tokens,
 * sign-in identities and the audit log stay behind: this is the publication, for another system to read.
 */
export async function* exportRecords(db: Db, site: string): AsyncGenerator<PublicationRecord> {
  yield { type: 'broadsheet-export', version: 1, exportedAt: new Date().toISOString(), site };

  for (const row of await db.select().from(s.settings).where(notInArray(s.settings.key, PRIVATE_SETTINGS)).orderBy(asc(s.settings.key))) {
    yield { type: 'setting', key: row.key, value: row.value };
  }
  for (const row of await db.select().from(s.sections).orderBy(asc(s.sections.position), asc(s.sections.id))) {
    yield { type: 'section', slug: row.slug, name: row.name, description: row.description, position: row.position, hidden: row.hidden, commentMode: row.commentMode };
  }
  for (const row of await db.select().from(s.tags).orderBy(asc(s.tags.id))) yield { type: 'tag', slug: row.slug, name: row.name };

  for await (const page of pages((after) => db.select().from(s.users).where(gt(s.users.id, after)).orderBy(asc(s.users.id)).limit(PAGE))) {
    for (const u of page) yield { type: 'user', ref: userRef(u.id), email: u.email, name: u.name, role: u.role, status: u.status, createdAt: iso(u.createdAt) };
  }
  for (const a of await db.select().from(s.authorProfiles).orderBy(asc(s.authorProfiles.id))) {
    yield {
      type: 'author',
      slug: a.slug,
      displayName: a.displayName,
      title: a.title,
      shortBio: a.shortBio,
      longBio: a.longBio,
      avatarUrl: a.avatarUrl,
      links: a.links,
      user: a.userId ? userRef(a.userId) : null,
    };
  }
  for await (const page of pages((after) => db.select().from(s.media).where(gt(s.media.id, after)).orderBy(asc(s.media.id)).limit(PAGE))) {
    for (const m of page) yield { type: 'media', ref: mediaRef(m.id), url: m.url, mimeType: m.mimeType, width: m.width, height: m.height, bytes: m.bytes, alt: m.alt, caption: m.caption, credit: m.credit, createdAt: iso(m.createdAt) };
  }

  const sectionSlugs = new Map((await db.select({ id: s.sections.id, slug: s.sections.slug }).from(s.sections)).map((r) => [r.id, r.slug]));
  for await (const stories of pages((after) => db.select().from(s.articles).where(gt(s.articles.id, after)).orderBy(asc(s.articles.id)).limit(PAGE))) {
    const ids = stories.map((a) => a.id);
    const [bylines, tagged, revisions, updates, oldSlugs, legacy] = await Promise.all([
      db.select({ articleId: s.articleAuthors.articleId, slug: s.authorProfiles.slug }).from(s.articleAuthors).innerJoin(s.authorProfiles, eq(s.authorProfiles.id, s.articleAuthors.authorId)).where(inArray(s.articleAuthors.articleId, ids)).orderBy(asc(s.articleAuthors.position)),
      db.select({ articleId: s.articleTags.articleId, slug: s.tags.slug }).from(s.articleTags).innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId)).where(inArray(s.articleTags.articleId, ids)).orderBy(asc(s.tags.slug)),
      db.select().from(s.articleRevisions).where(inArray(s.articleRevisions.articleId, ids)).orderBy(asc(s.articleRevisions.id)),
      db.select().from(s.articleUpdates).where(inArray(s.articleUpdates.articleId, ids)).orderBy(asc(s.articleUpdates.id)),
      db.select().from(s.slugRedirects).where(inArray(s.slugRedirects.articleId, ids)).orderBy(asc(s.slugRedirects.oldSlug)),
      db.select().from(s.legacyRedirects).where(inArray(s.legacyRedirects.articleId, ids)).orderBy(asc(s.legacyRedirects.path)),
    ]);
    const of = <T extends { articleId: number }>(rows: T[], id: number) => rows.filter((r) => r.articleId === id);
    for (const a of stories) {
      yield {
        type: 'story',
        ref: storyRef(a.id),
        kind: a.kind,
        slug: a.slug,
        status: a.status,
        headline: a.headline,
        dek: a.dek,
        body: a.body,
        section: a.sectionId ? (sectionSlugs.get(a.sectionId) ?? null) : null,
        authors: of(bylines, a.id).map((b) => b.slug),
        tags: of(tagged, a.id).map((t) => t.slug),
        hero: a.heroMediaId ? mediaRef(a.heroMediaId) : null,
        publishedAt: iso(a.publishedAt),
        updatedAt: iso(a.updatedAt),
        scheduledFor: iso(a.scheduledFor),
        createdAt: iso(a.createdAt),
        commentMode: a.commentMode,
        claimStatus: a.claimStatus,
        claimNote: a.claimNote,
        revisions: of(revisions, a.id).map((r) => ({ version: r.version, headline: r.headline, dek: r.dek, body: r.body, note: r.note, editor: r.editorId ? userRef(r.editorId) : null, createdAt: r.createdAt.toISOString() })),
        updates: of(updates, a.id).map((u) => ({ kind: u.kind, body: u.body, author: u.authorId ? userRef(u.authorId) : null, createdAt: u.createdAt.toISOString() })),
        oldSlugs: of(oldSlugs, a.id).map((r) => r.oldSlug),
        legacyPaths: of(legacy, a.id).map((r) => r.path),
      };
    }
  }

  for await (const page of pages((after) => db.select().from(s.comments).where(gt(s.comments.id, after)).orderBy(asc(s.comments.id)).limit(PAGE))) {
    const likes = await db.select().from(s.commentLikes).where(inArray(s.commentLikes.commentId, page.map((c) => c.id))).orderBy(asc(s.commentLikes.userId));
    for (const c of page) {
      yield {
        type: 'comment',
        ref: commentRef(c.id),
        story: storyRef(c.articleId),
        parent: c.parentId ? commentRef(c.parentId) : null,
        author: c.authorId ? userRef(c.authorId) : null,
        body: c.body,
        status: c.status,
        featured: c.featured,
        likedBy: likes.filter((l) => l.commentId === c.id).map((l) => userRef(l.userId)),
        createdAt: c.createdAt.toISOString(),
        editedAt: iso(c.editedAt),
        deletedAt: iso(c.deletedAt),
      };
    }
  }
}
