import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/** An image and the words that travel with it wherever it is shown. */
export const media = pgTable('media', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Public URL of the largest rendition; smaller widths are produced by next/image or the upload pipeline. */
  url: text().notNull(),
  storageKey: text(),
  mimeType: text().notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
  bytes: integer().notNull().default(0),
  alt: text().notNull().default(''),
  caption: text().notNull().default(''),
  credit: text().notNull().default(''),
  uploadedBy: integer().references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
