import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { wordListKind } from './enums';
import { users } from './users';

/** The append-only audit log: every decision, ban, role and setting change. */
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    reason: text(),
    before: jsonb(),
    after: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('moderation_actions_time_idx').on(t.createdAt.desc()),
    index('moderation_actions_target_idx').on(t.targetType, t.targetId, t.createdAt.desc()),
    index('moderation_actions_actor_idx').on(t.actorId, t.createdAt.desc()),
  ],
);

/** Banned words reject a comment, suspect words hold it; matched case- and accent-insensitively as whole words. */
export const wordLists = pgTable(
  'word_lists',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: wordListKind().notNull(),
    word: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('word_lists_kind_word_key').on(t.kind, t.word)],
);

/** Site-wide settings as typed JSON values, keyed by name (schemas in lib/settings). */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedBy: integer().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
