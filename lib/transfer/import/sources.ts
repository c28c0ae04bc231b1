import fs from 'node:fs/promises';
import type { Db } from '@/lib/db/client';
import type { RecordInput } from '../records';
import { applyRecords, type ImportSummary } from './apply-records';
import { bringImages, type MissingImage } from './images';
import { readGhost } from './ghost';
import { readWordPress } from './wordpress';
import { ImportFileError } from './xml-tree';

/** What a reader makes of a file: where it came from (for idempotency), its records, and what it left out. */
export type SourceRead = { source: string; records: RecordInput[]; notes: string[] };

export const IMPORT_FORMATS = ['wordpress', 'ghost', 'broadsheet'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * The largest file an import reads. An export is read whole before anything is written (so a file cut short
 * changes nothing); 256 MB of XML or JSON is an archive of tens of thousands of posts.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** A Broadsheet export (JSON Lines, README "Export format"): the first line says what it is. */
export function readBroadsheet(text: string): SourceRead {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const records = lines.map((line, i) => {
    try {
      return JSON.parse(line) as RecordInput;
    } catch {
      throw new ImportFileError(`Line ${i + 1} is not JSON: the file is damaged or cut short.`);
    }
  });
  const header = records[0] as { type?: string; site?: string } | undefined;
  if (header?.type !== 'broadsheet-export') throw new ImportFileError('This is not a Broadsheet export: its first line is not the export header.');
  return { source: `broadsheet:${header.site ?? ''}`, records, notes: [] };
}

const READERS: Record<ImportFormat, (text: string) => SourceRead> = { wordpress: readWordPress, ghost: readGhost, broadsheet: readBroadsheet };

/** Reads and checks a whole file: too big, not text, not the format it claims, or cut short: refused here. */
export function readImport(format: ImportFormat, bytes: Buffer): SourceRead {
  if (bytes.includes(0)) throw new ImportFileError('The file is binary, not an export (XML, JSON or JSON Lines).');
  return READERS[format](bytes.toString('utf8'));
}

export async function readImportFile(format: ImportFormat, file: string): Promise<SourceRead> {
  const { size } = await fs.stat(file).catch(() => {
    throw new ImportFileError(`There is no file ${file}.`);
  });
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`The file is ${(size / 1024 ** 3).toFixed(1)} GB; an import reads at most ${MAX_IMPORT_BYTES / 1024 ** 2} MB. Split the export (WordPress exports by date range or author).`);
  }
  return readImport(format, await fs.readFile(file));
}

export type ImportResult = ImportSummary & { source: string; notes: string[]; missingImages: MissingImage[] };

/** Brings a read file's images in (from `mediaDir`; nothing is fetched) and writes its records. */
export async function importRead(db: Db, read: SourceRead, format: ImportFormat, options: { mediaDir?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<ImportResult> {
  const { records, missing } = format === 'broadsheet' ? { records: read.records, missing: [] } : await bringImages(read.records, options.mediaDir);
  // WordPress and Ghost keep no revision history we read: a story's history here starts with the imported text.
  const summary = await applyRecords(db, read.source, records, { startHistory: format !== 'broadsheet', onProgress: (done) => options.onProgress?.(done, records.length) });
  return { ...summary, source: read.source, notes: read.notes, missingImages: missing };
}
