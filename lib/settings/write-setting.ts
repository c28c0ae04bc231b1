import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/lib/db/client';
import { settings } from '@/lib/db/schema';
import { recordAction } from '@/lib/moderation/audit';

/** Stores one setting as it is, without an audit entry: for the server's own bookkeeping (setup tokens). */
export async function storeSetting(tx: Tx, actorId: number | null, key: string, value: unknown): Promise<void> {
  // "No logo" is a stored JSON null; a SQL NULL would break the column's NOT NULL.
  const stored = value === null ? sql`'null'::jsonb` : value;
  await tx
    .insert(settings)
    .values({ key, value: stored, updatedBy: actorId })
    .onConflictDoUpdate({ target: settings.key, set: { value: stored, updatedBy: actorId, updatedAt: new Date() } });
}

/** Stores one setting and writes its before and after to the audit log, in the caller's transaction. */
export async function writeSetting(tx: Tx, actorId: number | null, key: string, before: unknown, after: unknown): Promise<void> {
  await storeSetting(tx, actorId, key, after);
  await recordAction(tx, { actorId, action: 'setting.update', targetType: 'setting', targetId: key, before, after });
}

/** Removes a setting that is not a publication's own (the one-time setup tokens once used). */
export async function deleteSetting(tx: Tx, key: string): Promise<void> {
  await tx.delete(settings).where(eq(settings.key, key));
}
