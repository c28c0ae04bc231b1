import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { commentStatus, reportReason } from './enums';
import { articles } from './articles';
import { users } from './users';

export const comments = pgTable(
  'comments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    /** The top-level comment of the thread (itself for a top-level comment): one query loads a thread's replies. */
    rootId: integer().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    depth: smallint().notNull().default(0),
    /** Null once the account is deleted: the comment then shows as "deleted user". */
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    status: commentStatus().notNull().default('approved'),
    /** Why a rule held or rejected it, e.g. ["first_comment", "suspect_word:…"]. */
    reasons: jsonb().$type<string[]>().notNull().default([]),
    rejectionReason: text(),
    featured: boolean().notNull().default(false),
    likeCount: integer().notNull().default(0),
    replyCount: integer().notNull().default(0),
    /** Open reports: readers' reports not yet answered by a moderator's decision. */
    reportCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The public thread: top-level comments per article, by time and by likes. Deleted ones are in the index
    // too: one that has replies stays in the thread as "comment deleted".
    index('comments_thread_new_idx')
      .on(t.articleId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.parentId} is null and ${t.status} in ('approved', 'deleted')`),
    index('comments_thread_top_idx')
      .on(t.articleId, t.likeCount.desc(), t.id.desc())
      .where(sql`${t.parentId} is null and ${t.status} in ('approved', 'deleted')`),
    index('comments_root_idx').on(t.rootId, t.createdAt),
    index('comments_featured_idx').on(t.articleId).where(sql`${t.featured}`),
    // Moderation queues and a commenter's history.
    index('comments_status_idx').on(t.status, t.createdAt.desc(), t.id.desc()),
    index('comments_reported_idx').on(t.reportCount.desc(), t.createdAt.desc()).where(sql`${t.reportCount} > 0`),
    index('comments_author_idx').on(t.authorId, t.createdAt.desc()),
    // A story's latest comments of any status: surge protection counts the last minute's.
    index('comments_article_time_idx').on(t.articleId, t.createdAt.desc()),
  ],
);

export const commentLikes = pgTable(
  'comment_likes',
  {
    commentId: integer()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('comment_likes_user_idx').on(t.userId)],
);

export const commentReports = pgTable(
  'comment_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    commentId: integer()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reporterId: integer().references(() => users.id, { onDelete: 'set null' }),
    reason: reportReason().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when a moderator decides the comment; the comment's reportCount counts the open reports only. */
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('comment_reports_once_key').on(t.commentId, t.reporterId)],
);
