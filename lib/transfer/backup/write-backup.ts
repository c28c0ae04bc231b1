import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Transform, pipeline as chain, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import tar from 'tar-stream';
import { queryRows, type Database, type Tx } from '@/lib/db/client';
import { isStorageKey } from '@/lib/storage/storage';
import { ident, identList, readCatalog } from './catalog';

export const BACKUP_FORMAT = 'broadsheet-backup';
export const BACKUP_VERSION = 1;
export const MANIFEST_NAME = 'broadsheet-backup.json';

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** Which database it was taken from; it restores into either. */
  database: 'pglite' | 'postgres';
  /** Migrations applied when it was taken: a restore brings the schema to exactly this, loads, then migrates on. */
  migrations: number;
  tables: { name: string; columns: string[]; rows: number }[];
  uploads: { files: number; bytes: number };
};

/** Rows read from the database at a time; a batch is all either database holds in memory for a backup. */
const FETCH_ROWS = 500;

/**
 * Writes every table, as JSON Lines, into `dir`, inside one read-only repeatable-read transaction: the files
 * are one consistent instant of the database however long they take and whatever the site writes meanwhile.
 * They go to local disk first so the transaction lasts as long as the database takes to read, not as long as
 * a slow download takes (the embedded database serves one transaction at a time).
 */
async function dumpTables(database: Database, dir: string): Promise<Pick<BackupManifest, 'migrations' | 'tables'>> {
  return database.db.transaction(
    async (tx) => {
      const catalog = await readCatalog(tx);
      const tables: BackupManifest['tables'] = [];
      for (const table of catalog) {
        const rows = await dumpTable(tx, table.name, table.columns, table.key, path.join(dir, `${table.name}.jsonl`));
        tables.push({ name: table.name, columns: table.columns, rows });
      }
      const [applied] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      return { migrations: applied?.n ?? 0, tables };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function dumpTable(tx: Tx, name: string, columns: string[], key: string[], file: string): Promise<number> {
  const out = fs.createWriteStream(file);
  const order = key.length > 0 ? identList(key) : sql.raw('1');
  await tx.execute(sql`declare backup_rows no scroll cursor for
    select row_to_json(r)::text as line from (select ${identList(columns)} from ${ident(name)} order by ${order}) r`);
  let rows = 0;
  try {
    for (;;) {
      const batch = await queryRows<{ line: string }>(tx, sql.raw(`fetch ${FETCH_ROWS} from backup_rows`));
      if (batch.length === 0) break;
      rows += batch.length;
      if (!out.write(batch.map((r) => `${r.line}\n`).join(''))) await once(out, 'drain');
    }
  } finally {
    await tx.execute(sql`close backup_rows`);
    out.end();
    await once(out, 'close');
  }
  return rows;
}

/** Uploaded files, by storage key; anything else in the folder (a stray temp file) is not ours to keep. */
export async function listUploads(root: string): Promise<{ key: string; size: number }[]> {
  const entries = await fs.promises.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: { key: string; size: number }[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, full).split(path.sep).join('/');
    if (isStorageKey(key)) files.push({ key, size: (await fs.promises.stat(full)).size });
  }
  return files.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * A backup as a gzipped tar stream: `broadsheet-backup.json` (the manifest), `tables/NAME.jsonl` parents first,
 * then `uploads/KEY` for every uploaded file. Files are stored under content-hashed names and never change, so
 * copying them after the database snapshot includes every file the snapshot refers to.
 * `onDone` runs once the last byte has been read, with the size of the file.
 */
export async function backupStream(database: Database, uploadsDir: string, onDone?: (manifest: BackupManifest, bytes: number) => Promise<void>): Promise<{ manifest: BackupManifest; stream: Readable }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'broadsheet-backup-'));
  const cleanUp = () => fs.promises.rm(dir, { recursive: true, force: true });
  try {
    const { migrations, tables } = await dumpTables(database, dir);
    const uploads = await listUploads(uploadsDir);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      database: database.kind,
      migrations,
      tables,
      uploads: { files: uploads.length, bytes: uploads.reduce((sum, f) => sum + f.size, 0) },
    };

    const pack = tar.pack();
    const fill = async () => {
      pack.entry({ name: MANIFEST_NAME }, `${JSON.stringify(manifest, null, 2)}\n`);
      const files = [
        ...tables.map((t) => ({ name: `tables/${t.name}.jsonl`, file: path.join(dir, `${t.name}.jsonl`) })),
        ...uploads.map((u) => ({ name: `uploads/${u.key}`, file: path.join(uploadsDir, u.key) })),
      ];
      for (const { name, file } of files) {
        const { size } = await fs.promises.stat(file);
        await pipeline(fs.createReadStream(file), pack.entry({ name, size }));
      }
      pack.finalize();
    };
    fill().catch((err: unknown) => pack.destroy(err as Error));

    let bytes = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
      flush(callback) {
        void cleanUp()
          .then(() => onDone?.(manifest, bytes))
          .then(() => callback(), callback);
      },
    });
    // Chained so that a download stopped halfway ends the reading too, and the table files go either way.
    const stream = chain(pack, createGzip(), counted, () => void cleanUp());
    return { manifest, stream };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}
