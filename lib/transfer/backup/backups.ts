import 'server-only';
import type { Readable } from 'node:stream';
import { getDatabase, getDb } from '@/lib/db/client';
import { recordAction } from '@/lib/moderation/audit';
import { uploadsRoot } from '@/lib/storage/storage';
import { backupStream, type BackupManifest } from './write-backup';

export type BackupVia = 'newsroom' | 'command line';
export const BACKUP_ACTION = 'data.backup';

/** Every backup taken, from the newsroom or the command line, is in the audit log: the newsroom shows the last. */
export async function recordBackup(actorId: number | null, via: BackupVia, manifest: BackupManifest, bytes: number): Promise<void> {
  const db = await getDb();
  await db.transaction((tx) =>
    recordAction(tx, {
      actorId,
      action: BACKUP_ACTION,
      targetType: 'data',
      targetId: 'backup',
      reason: via,
      after: { bytes, rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0), uploads: manifest.uploads.files, createdAt: manifest.createdAt },
    }),
  );
}

/** A backup of the running site, for this process's database and uploads; recorded once the last byte is read. */
export async function takeBackup(actorId: number | null, via: BackupVia): Promise<{ manifest: BackupManifest; stream: Readable }> {
  return backupStream(await getDatabase(), uploadsRoot(), (manifest, bytes) => recordBackup(actorId, via, manifest, bytes));
}
