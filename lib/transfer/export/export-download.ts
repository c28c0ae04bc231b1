import 'server-only';
import type { Readable } from 'node:stream';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { siteUrl } from '@/lib/env';
import { recordAction } from '@/lib/moderation/audit';
import { exportStream } from './export-stream';

/** The newsroom's export download; who exported, and when, is in the audit log. */
export async function downloadExport(actor: Actor): Promise<{ stream: Readable; filename: string }> {
  assertCan(actor, 'data:manage');
  const db = await getDb();
  await db.transaction((tx) => recordAction(tx, { actorId: actor.id, action: 'data.export', targetType: 'data', targetId: 'export', reason: 'newsroom' }));
  return { stream: exportStream(db, siteUrl), filename: `broadsheet-export-${new Date().toISOString().slice(0, 10)}.jsonl` };
}
