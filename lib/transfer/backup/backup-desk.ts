import 'server-only';
import type { Readable } from 'node:stream';
import { and, desc, eq } from 'drizzle-orm';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { moderationActions, users } from '@/lib/db/schema';
import { BACKUP_ACTION, takeBackup } from './backups';

/** The newsroom's backup download (admins). */
export async function downloadBackup(actor: Actor): Promise<{ stream: Readable; filename: string }> {
  assertCan(actor, 'data:manage');
  const { manifest, stream } = await takeBackup(actor.id, 'newsroom');
  return { stream, filename: `broadsheet-backup-${manifest.createdAt.slice(0, 10)}.tar.gz` };
}

export type LastBackup = { at: string; via: string; by: string | null; bytes: number | null };

export async function lastBackup(actor: Actor): Promise<LastBackup | null> {
  assertCan(actor, 'data:manage');
  const db = await getDb();
  const [row] = await db
    .select({ at: moderationActions.createdAt, via: moderationActions.reason, by: users.name, after: moderationActions.after })
    .from(moderationActions)
    .leftJoin(users, eq(users.id, moderationActions.actorId))
    .where(and(eq(moderationActions.action, BACKUP_ACTION), eq(moderationActions.targetType, 'data')))
    .orderBy(desc(moderationActions.createdAt), desc(moderationActions.id))
    .limit(1);
  if (!row) return null;
  const bytes = (row.after as { bytes?: number } | null)?.bytes;
  return { at: row.at.toISOString(), via: row.via ?? '', by: row.by, bytes: typeof bytes === 'number' ? bytes : null };
}
