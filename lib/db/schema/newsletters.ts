import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { BodyDocument } from '@/lib/articles/document';
import { mailStatus, newsletterIssueKind, newsletterIssueStatus, newsletterSubscriptionStatus } from './enums';
import { users } from './users';

/** A list readers subscribe to ("Morning Briefing", "Breaking News"), sent in its own name. */
export const newsletters = pgTable(
  'newsletters',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    /** Who the issues come from; the publication's name and EMAIL_FROM when empty. */
    senderName: text().notNull().default(''),
    senderEmail: text().notNull().default(''),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('newsletters_slug_key').on(t.slug)],
);

/**
 * An address on a list. `pending` until the link in the confirmation email is opened (double opt-in); only
 * `confirmed` ones get issues; `unsubscribed` keeps the row so a re-subscription asks again.
 */
export const newsletterSubscriptions = pgTable(
  'newsletter_subscriptions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    newsletterId: integer()
      .notNull()
      .references(() => newsletters.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    /** The account with this address, when there is one (subscribed from /account). */
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    status: newsletterSubscriptionStatus().notNull().default('pending'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp({ withTimezone: true }),
    unsubscribedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('newsletter_subscriptions_address_key').on(t.newsletterId, t.email),
    index('newsletter_subscriptions_status_idx').on(t.newsletterId, t.status, t.id),
    index('newsletter_subscriptions_user_idx').on(t.userId),
  ],
);

/**
 * What editors send: an issue (an intro and stories, in order) or a breaking alert (one story). `scheduled` at
 * `sendAt`; when that comes, one transaction makes it `sending` and writes a delivery for every confirmed
 * address; `sent` once none is left to try.
 */
export const newsletterIssues = pgTable(
  'newsletter_issues',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    newsletterId: integer()
      .notNull()
      .references(() => newsletters.id, { onDelete: 'cascade' }),
    kind: newsletterIssueKind().notNull().default('issue'),
    subject: text().notNull(),
    intro: jsonb().$type<BodyDocument>().notNull(),
    /** The stories, in the order the email shows them. */
    articleIds: integer().array().notNull().default(sql`'{}'::integer[]`),
    status: newsletterIssueStatus().notNull().default('draft'),
    sendAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    /** How many addresses it was queued for (set when sending starts). */
    recipients: integer().notNull().default(0),
    /** The final tally, written when it finishes (its deliveries are kept for 30 days, the tally for good). */
    sentCount: integer().notNull().default(0),
    failedCount: integer().notNull().default(0),
    createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('newsletter_issues_list_idx').on(t.newsletterId, t.createdAt), index('newsletter_issues_due_idx').on(t.status, t.sendAt)],
);

/**
 * One issue to one address: the durable queue a send works through. The key (issue, subscription) means an
 * address is queued once per issue, whatever happens; `sent` is written as soon as SMTP accepts the message.
 */
export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    issueId: integer()
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    subscriptionId: integer()
      .notNull()
      .references(() => newsletterSubscriptions.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    status: mailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.subscriptionId] }), index('newsletter_deliveries_due_idx').on(t.status, t.nextAttemptAt)],
);

/**
 * Work only one instance may do at a time (sending newsletters, at the configured rate): a named lease its
 * holder renews while it works; another instance takes over once it has lapsed.
 */
export const workerLeases = pgTable('worker_leases', {
  name: text().primaryKey(),
  holder: text().notNull(),
  until: timestamp({ withTimezone: true }).notNull(),
});
