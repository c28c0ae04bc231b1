import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import type { NotificationKind } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { TOPICS, topicsFor } from '@/lib/notifications/topics';

/** `{replies: true}` for a reader; staff also see `reports` and `errorReports` (their role's topics only). */
export type EmailPreferences = Partial<Record<(typeof TOPICS)[NotificationKind]['field'], boolean>>;

export async function readEmailPreferences(actor: Actor): Promise<EmailPreferences> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, actor.id));
  return Object.fromEntries(topicsFor(actor.role).map((kind) => [TOPICS[kind].field, row?.[TOPICS[kind].column] ?? false]));
}

const preferencesSchema = z
  .object({ replies: z.boolean(), reports: z.boolean(), errorReports: z.boolean() }, { error: 'Send an object of true/false choices' })
  .partial()
  .strict();

/** Switches the signed-in person's emails on or off; a topic their role is not offered is refused (403). */
export async function updateEmailPreferences(actor: Actor, raw: unknown): Promise<EmailPreferences> {
  assertCan(actor, 'account:edit', true);
  const input = parseOrThrow(preferencesSchema, raw);
  const offered = topicsFor(actor.role);
  const set: Partial<Record<(typeof TOPICS)[NotificationKind]['column'], boolean>> = {};
  for (const kind of Object.keys(TOPICS) as NotificationKind[]) {
    const value = input[TOPICS[kind].field];
    if (value === undefined) continue;
    if (!offered.includes(kind)) throw new AppError('forbidden', `Your role is not sent ${TOPICS[kind].label}.`);
    set[TOPICS[kind].column] = value;
  }
  if (Object.keys(set).length > 0) {
    const db = await getDb();
    await db.update(users).set({ ...set, updatedAt: new Date() }).where(eq(users.id, actor.id));
    expireTags([cacheTags.user(actor.id)]);
  }
  return readEmailPreferences(actor);
}
