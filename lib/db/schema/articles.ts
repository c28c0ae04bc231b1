import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { BodyDocument } from '@/lib/articles/document';
import { articleKind, articleStatus, articleUpdateKind, claimStatus, commentMode, errorReportStatus } from './enums';
import { authorProfiles, users } from './users';
import { sections, tags } from './taxonomy';
import { media } from './media';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const articles = pgTable(
  'articles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    kind: articleKind().notNull().default('story'),
    status: articleStatus().notNull().default('draft'),
    headline: text().notNull(),
    dek: text().notNull().default(''),
    body: jsonb().$type<BodyDocument>().notNull(),
    /** Plain text of the body, written with it, feeding the search vector and descriptions. */
    bodyText: text().notNull().default(''),
    heroMediaId: integer().references(() => media.id, { onDelete: 'set null' }),
    /** Every story has a section; pages have none. */
    sectionId: integer().references(() => sections.id),
    publishedAt: timestamp({ withTimezone: true }),
    /** The "Updated" time readers see: bumped by corrections and substantive edits, not by typo fixes. */
    updatedAt: timestamp({ withTimezone: true }),
    scheduledFor: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Last save of any kind; with `version` it detects conflicting saves. */
    editedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
    /** Who saved last: named in the conflict a later, stale save gets. */
    editedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    /** A live blog: coverage started at, and ended at (null while it is live). Null for an ordinary story. */
    liveStartedAt: timestamp({ withTimezone: true }),
    liveEndedAt: timestamp({ withTimezone: true }),
    commentMode: commentMode().notNull().default('open'),
    /** Surge protection: comments are premoderated until then, because they arrived faster than the setting allows. */
    surgeUntil: timestamp({ withTimezone: true }),
    /** When a moderator last lifted a surge: only comments after it count towards the next one. */
    surgeClearedAt: timestamp({ withTimezone: true }),
    claimStatus: claimStatus(),
    claimNote: text(),
    /** Approved comments, kept exact by the comment services inside their transactions. */
    commentCount: integer().notNull().default(0),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(dek, '')), 'B') || setweight(to_tsvector('english', coalesce(body_text, '')), 'C')`,
    ),
  },
  (t) => [
    check('articles_story_section_check', sql`${t.kind} = 'page' or ${t.sectionId} is not null`),
    uniqueIndex('articles_slug_key').on(t.slug),
    index('articles_published_idx').on(t.publishedAt.desc(), t.id.desc()).where(sql`${t.status} = 'published'`),
    index('articles_section_published_idx')
      .on(t.sectionId, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index('articles_most_commented_idx')
      .on(t.commentCount.desc(), t.publishedAt.desc())
      .where(sql`${t.status} = 'published'`),
    index('articles_scheduled_idx').on(t.scheduledFor).where(sql`${t.status} = 'scheduled'`),
    index('articles_status_edited_idx').on(t.status, t.editedAt.desc()),
    index('articles_search_idx').using('gin', t.searchVector),
    index('articles_pages_idx').on(t.slug).where(sql`${t.kind} = 'page'`),
  ],
);

/**
 * Bylines, in order. `publishedAt` mirrors the article's while it is published (null otherwise) so an
 * author page lists recent stories from this index alone, without scanning every article.
 */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer()
      .notNull()
      .references(() => authorProfiles.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_listing_idx').on(t.authorId, t.publishedAt.desc(), t.articleId.desc()),
  ],
);

/** Tags of an article; `publishedAt` mirrors the article's, as for bylines, for tag pages and related stories. */
export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_listing_idx').on(t.tagId, t.publishedAt.desc(), t.articleId.desc()),
  ],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    editorId: integer().references(() => users.id, { onDelete: 'set null' }),
    version: integer().notNull(),
    headline: text().notNull(),
    dek: text().notNull(),
    body: jsonb().$type<BodyDocument>().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt.desc())],
);

/** The dated "Updated …" / "Correction: …" timeline under an article. */
export const articleUpdates = pgTable(
  'article_updates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: articleUpdateKind().notNull(),
    body: text().notNull(),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_updates_article_idx').on(t.articleId, t.createdAt)],
);

/** Old slugs keep working: a request for one answers 301 to the article's current URL. */
export const slugRedirects = pgTable('slug_redirects', {
  oldSlug: text().primaryKey(),
  articleId: integer()
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** "Report an error in this article": an editors' inbox, separate from comment reports. */
export const errorReports = pgTable(
  'error_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    reporterId: integer().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    status: errorReportStatus().notNull().default('received'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('error_reports_status_idx').on(t.status, t.createdAt.desc())],
);

/**
 * Addresses a story had on the system it was imported from (WordPress's `/?p=123`, `/2024/05/slug/`): a request
 * for one answers 308 to the story's address here. Stored as lib/transfer/import/legacy-path.ts writes them.
 */
export const legacyRedirects = pgTable('legacy_redirects', {
  path: text().primaryKey(),
  articleId: integer()
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Page views per story per hour, for "Most read": only counts (no visitor, address or cookie is recorded).
 * Each server instance adds what it counted since its last flush, so instances add up.
 */
export const articleViews = pgTable(
  'article_views',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp({ withTimezone: true }).notNull(),
    views: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hour_idx').on(t.hour)],
);

/** A live blog's entries: timestamped, by a member of staff, optionally headlined; key events are pinned. */
export const liveEntries = pgTable(
  'live_entries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    headline: text().notNull().default(''),
    body: jsonb().$type<BodyDocument>().notNull(),
    keyEvent: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('live_entries_article_idx').on(t.articleId, t.id)],
);
