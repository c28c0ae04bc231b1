import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
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
    /** Overrides the site's default comment mode for new articles in this section (e.g. closed for obituaries). */
    commentMode: commentMode(),
  },
  (t) => [uniqueIndex('sections_slug_key').on(t.slug)],
);

export const tags = pgTable(
  'tags',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);
