import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './client';

const migrationsFolder = path.resolve(process.cwd(), 'drizzle');
// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK_KEY = 7_301_955;

type Journal = { entries: { idx: number; tag: string }[] };

const readJournal = async (folder: string) => JSON.parse(await fs.readFile(path.join(folder, 'meta/_journal.json'), 'utf8')) as Journal;

/** How many migrations this version of the app has: a backup records how many had run when it was taken. */
export async function migrationCount(): Promise<number> {
  return (await readJournal(migrationsFolder)).entries.length;
}

/**
 * The first `count` migrations only, as a folder of their own: a restore brings the schema to exactly where the
 * backup was taken, loads the rows, and then runs the rest (which may move or fill the data they add).
 */
async function firstMigrations(count: number): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'broadsheet-migrations-'));
  const journal = await readJournal(migrationsFolder);
  await fs.mkdir(path.join(folder, 'meta'));
  const entries = journal.entries.slice(0, count);
  await fs.writeFile(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) await fs.copyFile(path.join(migrationsFolder, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  return { folder, remove: () => fs.rm(folder, { recursive: true, force: true }) };
}

/**
 * Applies the committed drizzle-kit migrations (or only the first `upTo`). On PostgreSQL an advisory lock, held
 * on its own connection, keeps several instances starting at once from racing each other.
 */
export async function migrateDatabase(database: Database, postgresUrl?: string, upTo?: number): Promise<void> {
  if (upTo !== undefined) {
    const first = await firstMigrations(upTo);
    try {
      await applyMigrations(database, postgresUrl, first.folder);
    } finally {
      await first.remove();
    }
    return;
  }
  await applyMigrations(database, postgresUrl, migrationsFolder);
}

async function applyMigrations(database: Database, postgresUrl: string | undefined, migrationsFolder: string): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const lockClient = postgresUrl ? new pg.Client({ connectionString: postgresUrl }) : undefined;
  await lockClient?.connect();
  try {
    await lockClient?.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await lockClient?.end();
  }
}
