import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { userRole, userStatus } from './enums';

export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Stored lower-cased and NFC-normalised, so uniqueness is case-insensitive. */
    email: text().notNull(),
    name: text().notNull(),
    /** scrypt, self-describing: `scrypt$N$r$p$salt$hash` (see lib/auth/password.ts). */
    passwordHash: text(),
    /** Set when the address was proven by an email sign-in link. */
    emailVerified: timestamp({ withTimezone: true }),
    role: userRole().notNull().default('reader'),
    status: userStatus().notNull().default('active'),
    /** A timed suspension ends here; null with status banned means a permanent ban. */
    bannedUntil: timestamp({ withTimezone: true }),
    banReason: text(),
    /**
     * Sessions carry the version they were signed in under; raising it ends every one of them on their next
     * request (a password change, a ban, a role change, "sign out everywhere").
     */
    sessionVersion: integer().notNull().default(0),
    /** Emails this person asked for (readers: replies; staff: new reports and error reports), switched on /account. */
    notifyReplies: boolean().notNull().default(true),
    notifyReports: boolean().notNull().default(false),
    notifyErrorReports: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_role_idx').on(t.role),
    index('users_name_search_idx').using('gin', sql`to_tsvector('simple', ${t.name} || ' ' || ${t.email})`),
  ],
);

export type AuthorLink = { label: string; url: string };

/** The public face of a writer: one per author, optional for readers. */
export const authorProfiles = pgTable(
  'author_profiles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    slug: text().notNull(),
    displayName: text().notNull(),
    title: text().notNull().default(''),
    shortBio: text().notNull().default(''),
    longBio: text().notNull().default(''),
    avatarUrl: text(),
    links: jsonb().$type<AuthorLink[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('author_profiles_slug_key').on(t.slug), uniqueIndex('author_profiles_user_key').on(t.userId)],
);
