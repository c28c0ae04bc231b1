import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What an import made from what: (source, kind, the source's id) → our row. Running the same file again finds
 * every record here and adds nothing; a source is the system and site it came from (`wordpress:https://…`).
 */
export const importRecords = pgTable(
  'import_records',
  {
    source: text().notNull(),
    kind: text().notNull(),
    sourceRef: text().notNull(),
    localId: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.sourceRef] })],
);
