import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { commentMode } from './enums';

export const sections = pgTable(
  'sections',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    /** Order of the rails on the front page and in the navigation. */
    position: integer().notNull().default(0),
    /** Left out of the header navigation (the section page and its stories stay public). */
    hidden: boolean().notNull().default(false),
    /** Overrides the site's default comment mode for new articles in this section (e.g. closed for obituaries). */
    commentMode: commentMode(),
  },
  (t) => [uniqueIndex('sections_slug_key').on(t.slug)],
);

/** A renamed section's old address keeps answering, with a permanent redirect to its current one. */
export const sectionRedirects = pgTable('section_redirects', {
  oldSlug: text().primaryKey(),
  sectionId: integer()
    .notNull()
    .references(() => sections.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const tags = pgTable(
  'tags',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);

/** A renamed or merged tag's old address redirects to the tag that took its stories. */
export const tagRedirects = pgTable('tag_redirects', {
  oldSlug: text().primaryKey(),
  tagId: integer()
    .notNull()
    .references(() => tags.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
