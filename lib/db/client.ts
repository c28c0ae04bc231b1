import 'server-only';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import path from 'node:path';
import { env, isBuildPhase } from '@/lib/env';
import * as schema from './schema';
import { acquireDataDirLock } from './data-dir-lock';

/** One Drizzle type for both drivers: the query API is the same, only the wire differs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Rows of a raw SQL query; both drivers answer `{ rows }`, but the shared Drizzle type cannot say so. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** The underlying PGlite instance when embedded (tests dump and load it). */
  pglite?: PGlite;
};

type Holder = { opening?: Promise<Database> };
// Kept on globalThis so dev reloads and Next's separate module graphs share one connection (PGlite is single-process).
const holder: Holder = ((globalThis as { __broadsheetDb?: Holder }).__broadsheetDb ??= {});

export const drizzleOptions = { schema, casing: 'snake_case' } as const;

export function wrapPglite(client: PGlite): Database {
  return {
    db: drizzlePglite(client, drizzleOptions) as unknown as Db,
    kind: 'pglite',
    pglite: client,
    close: () => client.close(),
  };
}

export function connectPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the next query reports the outage.
  pool.on('error', (err) => console.error('[db] idle client error:', err.message));
  return { db: drizzlePg(pool, drizzleOptions) as unknown as Db, kind: 'postgres', close: () => pool.end() };
}

/**
 * PGlite keeps Postgres' buffer cache inside its WASM heap, which never shrinks: 128 MB of shared_buffers
 * (the default) cost ~110 MB more resident memory than 32 MB, and 16 MB keeps another ~18 MB off under a
 * day's use (measured by the soak), while the OS still caches the data files the buffers are read from.
 */
const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export function embeddedDataDir(): string {
  return path.resolve(env.DATA_DIR, 'pglite');
}

async function openEmbedded(): Promise<Database> {
  const dataDir = path.resolve(env.DATA_DIR);
  const release = await acquireDataDirLock(dataDir);
  const client = await PGlite.create({ dataDir: embeddedDataDir(), startParams: EMBEDDED_START_PARAMS });
  const database = wrapPglite(client);
  return {
    ...database,
    close: async () => {
      await client.close();
      release();
    },
  };
}

function open(): Promise<Database> {
  if (isBuildPhase) {
    // Pages must render at request time and cache at run time; a build that reads the database is a bug.
    return Promise.reject(new Error('The database is not available during `next build`.'));
  }
  return env.DATABASE_URL ? Promise.resolve(connectPostgres(env.DATABASE_URL)) : openEmbedded();
}

/** The process's database, opened on first use. */
export function getDatabase(): Promise<Database> {
  holder.opening ??= open().catch((err: unknown) => {
    holder.opening = undefined;
    throw err;
  });
  return holder.opening;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Tests and scripts hand in the database they made; the app never calls this. */
export function setDatabase(database: Database): void {
  holder.opening = Promise.resolve(database);
}

export async function closeDatabase(): Promise<void> {
  const opening = holder.opening;
  holder.opening = undefined;
  if (opening) await (await opening).close();
}
