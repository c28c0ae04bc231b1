import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bannerLevel } from './enums';
import { users } from './users';

/**
 * The site-wide breaking-news banner: each one editors set is a row (a new id, so readers who dismissed the
 * last one see this one), shown until it expires or is taken down (`clearedAt`).
 */
export const siteBanners = pgTable(
  'site_banners',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    text: text().notNull(),
    /** A page of this site (`/world/story`) or an http(s) address; none for a banner that only says. */
    url: text(),
    level: bannerLevel().notNull().default('breaking'),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    clearedAt: timestamp({ withTimezone: true }),
    createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('site_banners_active_idx').on(t.expiresAt)],
);
