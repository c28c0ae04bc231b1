import type { Db } from '@/lib/db/client';
import { recordAction } from '@/lib/moderation/audit';
import { expireEverywhere, importedTags } from '../expire-after-import';
import type { RecordInput } from '../records';
import { countsText } from './counts-text';
import { writePrepared, type ImportResult, type PreparedImport } from './sources';

/**
 * An import, wherever it was started: the records written, the caches expired (`where`: see expireEverywhere),
 * and an entry in the audit log with the counts.
 */
export async function runImport(
  db: Db,
  prepared: PreparedImport,
  records: AsyncIterable<RecordInput> | Iterable<RecordInput>,
  options: { actorId: number | null; via: 'newsroom' | 'command line'; where: 'request' | 'server' | 'command'; onProgress?: (done: number, total: number) => void },
): Promise<ImportResult> {
  const result = await writePrepared(db, prepared, records, options.onProgress);
  await expireEverywhere(await importedTags(db, result.cacheTags), options.where);
  await db.transaction((tx) =>
    recordAction(tx, {
      actorId: options.actorId,
      action: 'data.import',
      targetType: 'data',
      targetId: prepared.format,
      reason: `${options.via}: ${prepared.source}`.slice(0, 500),
      after: { created: result.created, existing: result.existing, skipped: result.skipped.length, missingImages: result.missingImages.length },
    }),
  );
  return result;
}

/** The summary an operator reads: what was added, what was there already, and everything left out and why. */
export function describeImport(result: Omit<ImportResult, 'cacheTags'>): string[] {
  const lines = [`Imported from ${result.source}: ${countsText(result.created)}.`];
  const existing = countsText(result.existing);
  if (existing !== 'nothing') lines.push(`Already here (an earlier import, or the same slug or email): ${existing}.`);
  if (existing !== 'nothing' && countsText(result.created) === 'nothing') lines.push('Nothing new: this file was imported before.');
  if (result.skipped.length > 0) {
    lines.push(`Skipped or changed (${result.skipped.length}):`);
    for (const s of result.skipped.slice(0, 200)) lines.push(`  ${s.ref}: ${s.reason}`);
    if (result.skipped.length > 200) lines.push(`  … and ${result.skipped.length - 200} more`);
  }
  for (const note of result.notes.slice(0, 200)) lines.push(`  ${note}`);
  if (result.missingImages.length > 0) {
    lines.push(`Images not found (${result.missingImages.length}); nothing is fetched from the network: download them and run again with --media DIR:`);
    for (const m of result.missingImages) lines.push(`  ${m.story}: ${m.src}`);
  }
  return lines;
}
