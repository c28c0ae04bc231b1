import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { accountTokenPurpose, mailStatus, notificationKind } from './enums';
import { users } from './users';

/**
 * Every email the site sends, written in the same transaction as what caused it and delivered by the mail
 * worker (lib/mail/deliver.ts): a request never waits for SMTP, and an SMTP server that is down loses nothing.
 * A worker leases a row (`lockedUntil`) before sending, so two instances never send it twice at once.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** What it is (`password_reset`, `verify_email`, `replies`…), for the log and the tests. */
    kind: text().notNull(),
    recipient: text().notNull(),
    /** Who it is from when not the publication (a newsletter's own sender); EMAIL_FROM is the default address. */
    senderName: text(),
    senderAddress: text(),
    subject: text().notNull(),
    /** Emptied once sent: the log keeps who got what kind of email and when, not what it said. */
    text: text().notNull(),
    html: text().notNull(),
    /** Extra headers (List-Unsubscribe…). */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    status: mailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('mail_outbox_due_idx').on(t.nextAttemptAt, t.id).where(sql`${t.status} = 'pending'`)],
);

/**
 * Links sent by email that prove something: a password reset, or that an address is the reader's (a new
 * account's, or the one they are changing to). Only a SHA-256 of the token is kept; used once, then marked.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: accountTokenPurpose().notNull(),
    tokenHash: text().notNull(),
    /** The address the link was sent to, which following it proves (for an email change, the new one). */
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('account_tokens_hash_key').on(t.tokenHash), index('account_tokens_user_idx').on(t.userId, t.purpose)],
);

/**
 * Something a person asked to hear about (a reply to their comment; for staff, a new report), waiting to go
 * out in the next email of its group: one email per group (`thread:ROOT_ID`, `reports`) per quarter hour.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    recipientId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind().notNull(),
    groupKey: text().notNull(),
    /** The reply's comment id, the report's comment id, or the error report's id. */
    subjectId: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_waiting_idx').on(t.createdAt).where(sql`${t.sentAt} is null`),
    index('notifications_group_idx').on(t.recipientId, t.groupKey, t.sentAt),
    uniqueIndex('notifications_once_key').on(t.recipientId, t.kind, t.subjectId),
  ],
);
