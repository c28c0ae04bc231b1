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

/**
 * Applies the committed drizzle-kit migrations. On PostgreSQL an advisory lock, held on its own connection,
 * keeps several instances starting at once from racing each other.
 */
export async function migrateDatabase(database: Database, postgresUrl?: string): Promise<void> {
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
