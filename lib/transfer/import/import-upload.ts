import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/http/errors';
import { runImport } from './run-import';
import { prepareImport, readImport, type ImportFormat, type ImportResult } from './sources';
import { ImportFileError } from './xml-tree';

/**
 * The newsroom's upload limit. Reading an export takes about ten times its size in memory (a 17 MB WordPress
 * export: 177 MB), and the server's heap is 256 MB: bigger archives go through `npm run import`, which reads
 * them in a process of its own.
 */
export const IMPORT_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;

/** Which export a file is, from its first characters: XML is WordPress's, a JSON object Ghost's, JSON Lines ours. */
export function detectFormat(bytes: Buffer): ImportFormat | null {
  const start = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'wordpress';
  if (start.startsWith('{"type":"broadsheet-export"') || /^\{\s*"type"\s*:\s*"broadsheet-export"/.test(start)) return 'broadsheet';
  if (start.startsWith('{')) return 'ghost';
  return null;
}

/**
 * Imports an uploaded export into the running site: refused whole when the file is not one (nothing changes),
 * otherwise the good records go in and the rest are listed. The caches are expired, and the import (with its
 * summary) is in the audit log.
 */
export async function importUpload(actor: Actor, bytes: Buffer): Promise<ImportResult> {
  assertCan(actor, 'data:manage');
  const format = detectFormat(bytes);
  if (!format) throw new AppError('invalid_input', 'This is not an export Broadsheet reads: a WordPress export (.xml), a Ghost export (.json) or a Broadsheet export (.jsonl).', { fields: { file: 'Not an export' } });
  let read;
  try {
    read = readImport(format, bytes);
  } catch (err) {
    if (err instanceof ImportFileError) throw new AppError('invalid_input', err.message, { fields: { file: err.message } });
    throw err;
  }
  const { prepared, records } = await prepareImport(read, format);
  return runImport(await getDb(), prepared, records, { actorId: actor.id, via: 'newsroom', where: 'request' });
}
