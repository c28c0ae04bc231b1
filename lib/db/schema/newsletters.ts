import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { newsletterSubscriptionStatus } from './enums';
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
