import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { sections, wordLists } from '@/lib/db/schema';
import { commentMode } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { parseOrThrow } from '@/lib/validation/parse';
import { defaultSettings } from '@/lib/settings/defaults';
import { readSettings, type Settings } from '@/lib/settings/read-settings';
import { writeSetting } from '@/lib/settings/write-setting';
import { recordAction } from './audit';
import { UNVERIFIED_COMMENT_RULES, type UnverifiedCommentRule } from '@/lib/comments/unverified';

const word = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(60, 'Words are at most 60 characters')
  .refine((w) => !/[\r\n]/.test(w), 'One word or phrase per entry');
const wordList = z.array(word).max(1000, 'At most 1,000 words per list').transform((list) => [...new Set(list)].sort());
const modes = commentMode.enumValues;

export const moderationSettingsSchema = z.object({
  communityGuidelines: z.string().trim().min(1, 'Write the guidelines readers see').max(5000, 'Guidelines are at most 5,000 characters'),
  defaultCommentMode: z.enum(modes),
  holdFirstComments: z.boolean(),
  maxLinksBeforeHold: z.number().int().min(0).max(50),
  autoCloseAfterDays: z.number().int().min(0, '0 means never').max(3650),
  surgeCommentsPerMinute: z.number().int().min(0, '0 turns surge protection off').max(10_000),
  /** Left out (an older client), it stays as it is. */
  unverifiedComments: z.enum(UNVERIFIED_COMMENT_RULES).optional(),
  bannedWords: wordList,
  suspectWords: wordList,
  /** Section slug → its override, or null for none. */
  sectionModes: z.record(z.string().max(100), z.enum(modes).nullable()),
});
export type ModerationSettings = z.infer<typeof moderationSettingsSchema>;

const SETTING_KEYS = Object.keys(defaultSettings) as (keyof Settings)[];

/** The rules at the door as the desk edits them: settings, word lists and per-section comment modes. */
export async function readModerationSettings(actor: Actor): Promise<ModerationSettings & { sections: { slug: string; name: string }[] }> {
  assertCan(actor, 'comment:moderate');
  const db = await getDb();
  const [values, words, sectionRows] = await Promise.all([
    readSettings(db, SETTING_KEYS),
    db.select({ kind: wordLists.kind, word: wordLists.word }).from(wordLists).orderBy(asc(wordLists.word)),
    db.select({ slug: sections.slug, name: sections.name, mode: sections.commentMode }).from(sections).orderBy(asc(sections.position)),
  ]);
  return {
    ...(values as Settings),
    defaultCommentMode: values.defaultCommentMode as ModerationSettings['defaultCommentMode'],
    unverifiedComments: values.unverifiedComments as UnverifiedCommentRule,
    bannedWords: words.filter((w) => w.kind === 'banned').map((w) => w.word),
    suspectWords: words.filter((w) => w.kind === 'suspect').map((w) => w.word),
    sectionModes: Object.fromEntries(sectionRows.map((s) => [s.slug, s.mode])),
    sections: sectionRows.map(({ slug, name }) => ({ slug, name })),
  };
}

/**
 * Saves the rules (admins only). Each changed setting, word list and section override is written to the audit
 * log with its before and after; every thread picks the change up at once.
 */
export async function updateModerationSettings(actor: Actor, raw: unknown) {
  assertCan(actor, 'settings:edit');
  const next = parseOrThrow(moderationSettingsSchema, raw);
  const current = await readModerationSettings(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const key of SETTING_KEYS) {
      const value = next[key] ?? current[key];
      if (current[key] !== value) await writeSetting(tx, actor.id, key, current[key], value);
    }
    for (const [kind, key] of [['banned', 'bannedWords'], ['suspect', 'suspectWords']] as const) {
      const before = current[key];
      const after = next[key];
      const removed = before.filter((w) => !after.includes(w));
      const added = after.filter((w) => !before.includes(w));
      if (!removed.length && !added.length) continue;
      if (removed.length) await tx.delete(wordLists).where(and(eq(wordLists.kind, kind), inArray(wordLists.word, removed)));
      if (added.length) await tx.insert(wordLists).values(added.map((w) => ({ kind, word: w }))).onConflictDoNothing();
      await recordAction(tx, { actorId: actor.id, action: 'setting.update', targetType: 'setting', targetId: key, before: { removed }, after: { added } });
    }
    for (const section of current.sections) {
      const before = current.sectionModes[section.slug] ?? null;
      const after = next.sectionModes[section.slug] ?? null;
      if (before === after) continue;
      await tx.update(sections).set({ commentMode: after }).where(eq(sections.slug, section.slug));
      await recordAction(tx, { actorId: actor.id, action: 'setting.section_mode', targetType: 'setting', targetId: `section:${section.slug}`, before, after });
    }
  });
  expireTags([cacheTags.allComments]);
  return readModerationSettings(actor);
}
