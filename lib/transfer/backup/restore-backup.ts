import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import tar from 'tar-stream';
import { queryRows, type Database, type Db, type Tx } from '@/lib/db/client';
import { migrateDatabase, migrationCount } from '@/lib/db/migrate';
import { isStorageKey } from '@/lib/storage/storage';
import { ident, identList, readCatalog, type TableInfo } from './catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_NAME, type BackupManifest } from './write-backup';

/** A backup that cannot be restored, or a database that must not be overwritten: the message says which. */
export class RestoreError extends Error {
  override name = 'RestoreError';
}

/** Rows inserted per statement. */
const INSERT_ROWS = 500;

/** Each entry of the archive in order, its content as a stream that must be read (or drained) before the next. */
async function forEachEntry(file: string, onEntry: (name: string, content: Readable) => Promise<void>): Promise<void> {
  const extract = tar.extract();
  const reading = pipeline(fs.createReadStream(file), createGunzip(), extract);
  try {
    for await (const entry of extract) {
      await onEntry(entry.header.name, entry as unknown as Readable);
      entry.resume();
    }
    await reading;
  } catch (err) {
    reading.catch(() => {}); // the same failure, already being reported
    const message = (err as Error).message;
    if (err instanceof RestoreError) throw err;
    if (/incorrect header check|Invalid tar header|unexpected end of file|unexpected end of data/i.test(message)) {
      throw new RestoreError(`${path.basename(file)} is not a complete Broadsheet backup (${message}).`);
    }
    throw err;
  }
}

function parseManifest(text: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(text) as BackupManifest;
  } catch {
    throw new RestoreError('The backup\'s manifest is not valid JSON.');
  }
  if (manifest?.format !== BACKUP_FORMAT) throw new RestoreError('This file is not a Broadsheet backup.');
  if (manifest.version !== BACKUP_VERSION) throw new RestoreError(`This backup has format version ${manifest.version}; this Broadsheet reads version ${BACKUP_VERSION}.`);
  return manifest;
}

async function readAll(content: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads the whole archive once without touching the database: the manifest first, every table's lines as JSON
 * objects and as many as the manifest says, every upload under a safe name. A truncated or altered file is
 * refused here, before anything is dropped.
 */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  let manifest: BackupManifest | undefined;
  const seen = new Map<string, number>();
  let uploads = 0;
  await forEachEntry(file, async (name, content) => {
    if (!manifest) {
      if (name !== MANIFEST_NAME) throw new RestoreError('This file is not a Broadsheet backup (no manifest first).');
      manifest = parseManifest(await readAll(content));
      const ours = await migrationCount();
      if (manifest.migrations > ours) {
        throw new RestoreError(`This backup was taken by a newer Broadsheet (${manifest.migrations} migrations; this one has ${ours}). Upgrade first.`);
      }
      return;
    }
    const table = /^tables\/([a-z_0-9]+)\.jsonl$/.exec(name)?.[1];
    if (table && manifest.tables.some((t) => t.name === table)) {
      let rows = 0;
      for await (const line of readline.createInterface({ input: content, crlfDelay: Infinity })) {
        if (line === '') continue;
        const row: unknown = JSON.parse(line);
        if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new RestoreError(`${name}: line ${rows + 1} is not a row.`);
        rows++;
      }
      seen.set(table, rows);
      return;
    }
    const key = name.startsWith('uploads/') ? name.slice('uploads/'.length) : null;
    if (key !== null && isStorageKey(key)) {
      uploads++;
      return;
    }
    throw new RestoreError(`The backup holds an unexpected entry: ${JSON.stringify(name.slice(0, 200))}.`);
  }).catch((err: unknown) => {
    if (err instanceof SyntaxError) throw new RestoreError(`A table in the backup is damaged: ${err.message}`);
    throw err;
  });
  if (!manifest) throw new RestoreError('The file is empty.');
  for (const t of manifest.tables) {
    if (seen.get(t.name) !== t.rows) throw new RestoreError(`The backup's table ${t.name} has ${seen.get(t.name) ?? 0} rows; its manifest says ${t.rows}.`);
  }
  if (uploads !== manifest.uploads.files) throw new RestoreError(`The backup holds ${uploads} uploads; its manifest says ${manifest.uploads.files}.`);
  return manifest;
}

/** Whether the database holds a publication: any user, story, section or comment. Tables not made yet count as empty. */
export async function holdsData(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ tables: string[] }>(
    db,
    sql`select coalesce(array_agg(table_name::text), '{}') as tables from information_schema.tables
        where table_schema = 'public' and table_name in ('users', 'articles', 'sections', 'comments')`,
  );
  for (const table of row?.tables ?? []) {
    const [found] = await queryRows<{ any: boolean }>(db, sql`select exists (select 1 from ${ident(table)}) as any`);
    if (found?.any) return true;
  }
  return false;
}

async function insertBatch(tx: Tx, table: TableInfo, columns: string[], lines: string[]): Promise<void> {
  const overriding = table.identity.some((c) => columns.includes(c)) ? sql.raw('overriding system value') : sql.raw('');
  await tx.execute(sql`insert into ${ident(table.name)} (${identList(columns)}) ${overriding}
    select ${identList(columns)} from json_populate_recordset(null::${ident(table.name)}, ${`[${lines.join(',')}]`}::json)`);
}

async function loadTables(database: Database, file: string, manifest: BackupManifest): Promise<void> {
  await database.db.transaction(async (tx) => {
    const catalog = new Map((await readCatalog(tx)).map((t) => [t.name, t]));
    await forEachEntry(file, async (name, content) => {
      const tableName = /^tables\/([a-z_0-9]+)\.jsonl$/.exec(name)?.[1];
      if (!tableName) return;
      const table = catalog.get(tableName);
      const saved = manifest.tables.find((t) => t.name === tableName);
      if (!table || !saved) throw new RestoreError(`The backup's table ${tableName} does not exist in this schema.`);
      // Columns a later migration dropped are left behind; ones it added take their defaults.
      const columns = saved.columns.filter((c) => table.columns.includes(c));
      let batch: string[] = [];
      for await (const line of readline.createInterface({ input: content, crlfDelay: Infinity })) {
        if (line === '') continue;
        batch.push(line);
        if (batch.length === INSERT_ROWS) {
          await insertBatch(tx, table, columns, batch);
          batch = [];
        }
      }
      if (batch.length > 0) await insertBatch(tx, table, columns, batch);
    });
    for (const table of catalog.values()) {
      for (const column of table.identity) {
        await tx.execute(sql`select setval(pg_get_serial_sequence(${table.name}, ${column}), coalesce((select max(${ident(column)}) from ${ident(table.name)}), 0) + 1, false)`);
      }
    }
    // A new cache generation: no cache (Redis, a tier's copies keyed by it) serves a page of the database this replaced.
    await tx.execute(sql`insert into settings (key, value) values ('cacheGeneration', ${JSON.stringify(randomUUID())}::jsonb)
      on conflict (key) do update set value = excluded.value`);
  });
}

async function writeUploads(file: string, uploadsDir: string): Promise<void> {
  await forEachEntry(file, async (name, content) => {
    if (!name.startsWith('uploads/')) return;
    const key = name.slice('uploads/'.length);
    if (!isStorageKey(key)) return; // verifyBackup refused these already
    const target = path.join(uploadsDir, key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.restoring`;
    await pipeline(content, fs.createWriteStream(partial));
    await fs.promises.rename(partial, target);
  });
}

export type RestoreSummary = { manifest: BackupManifest; rows: number };

/**
 * Restores a backup into `database` and `uploadsDir`: refused when the database holds a publication unless
 * `force`. The file is read through once before anything changes; then the schema is rebuilt to the backup's
 * migration, the rows loaded in one transaction, the later migrations run, and the uploads written.
 */
export async function restoreBackup(database: Database, file: string, uploadsDir: string, options: { force?: boolean; postgresUrl?: string } = {}): Promise<RestoreSummary> {
  const manifest = await verifyBackup(file);
  if ((await holdsData(database.db)) && !options.force) {
    throw new RestoreError('The database already holds a publication. Restore into an empty one, or add --force to replace everything in it.');
  }
  await database.db.execute(sql`drop schema if exists drizzle cascade`);
  await database.db.execute(sql`drop schema if exists public cascade`);
  await database.db.execute(sql`create schema public`);
  await migrateDatabase(database, options.postgresUrl, manifest.migrations);
  await loadTables(database, file, manifest);
  await migrateDatabase(database, options.postgresUrl);
  await writeUploads(file, uploadsDir);
  return { manifest, rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0) };
}
