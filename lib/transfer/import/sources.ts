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

/** A file read and its images brought in: where it came from, and what to tell the operator besides the counts. */
export type PreparedImport = { source: string; format: ImportFormat; total: number; notes: string[]; missingImages: MissingImage[] };

/** Brings a read file's images in (from `mediaDir`; nothing is fetched): the records are then ready to write. */
export async function prepareImport(read: SourceRead, format: ImportFormat, mediaDir?: string): Promise<{ prepared: PreparedImport; records: RecordInput[] }> {
  const { records, missing } = format === 'broadsheet' ? { records: read.records, missing: [] } : await bringImages(read.records, mediaDir);
  return { prepared: { source: read.source, format, total: records.length, notes: read.notes, missingImages: missing }, records };
}

/** Writes prepared records, which may arrive as a stream (from the command line, through the server). */
export async function writePrepared(db: Db, prepared: PreparedImport, records: AsyncIterable<RecordInput> | Iterable<RecordInput>, onProgress?: (done: number, total: number) => void): Promise<ImportResult> {
  // WordPress and Ghost keep no revision history we read: a story's history here starts with the imported text.
  const summary = await applyRecords(db, prepared.source, records, { startHistory: prepared.format !== 'broadsheet', onProgress: (done) => onProgress?.(done, prepared.total) });
  return { ...summary, source: prepared.source, notes: prepared.notes, missingImages: prepared.missingImages };
}

/** Both steps at once. */
export async function importRead(db: Db, read: SourceRead, format: ImportFormat, options: { mediaDir?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<ImportResult> {
  const { prepared, records } = await prepareImport(read, format, options.mediaDir);
  return writePrepared(db, prepared, records, options.onProgress);
}
