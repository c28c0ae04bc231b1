import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectPostgres, setDatabase, wrapPglite, closeDatabase, type Database } from '@/lib/db/client';

export const TEMPLATE_DIR = path.resolve('node_modules/.cache/broadsheet-tests');
export const PGLITE_TEMPLATE = path.join(TEMPLATE_DIR, 'pglite-template.tar.gz');
/** The demo accounts' password in test databases. */
export const TEST_PASSWORD = 'correct-horse-battery-staple';

export const testDbKind = (process.env.TEST_DB_KIND ?? 'pglite') as 'pglite' | 'postgres';

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Gives each test file its own copy of the seeded template database (made once by global-setup.ts):
 * an in-memory PGlite loaded from the dump, or a PostgreSQL database created from the template database.
 */
export function setupTestDatabase(): { current: () => Database } {
  let database: Database | undefined;
  let dropName: string | undefined;

  beforeAll(async () => {
    if (testDbKind === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      dropName = `broadsheet_test_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${dropName} template ${inject('pgTemplate')}`);
      await admin.end();
      database = connectPostgres(withDatabaseName(url, dropName), 20);
    } else {
      const dump = await fs.readFile(PGLITE_TEMPLATE);
      database = wrapPglite(await PGlite.create({ loadDataDir: new Blob([dump]) }));
    }
    setDatabase(database);
  });

  afterAll(async () => {
    await closeDatabase();
    if (dropName) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${dropName}`);
      await admin.end();
    }
  });

  return {
    current: () => {
      if (!database) throw new Error('the test database is not ready yet');
      return database;
    },
  };
}

/** A database with nothing in it, of the kind under test: a restore or an import starts from one. Drop it after. */
export async function createEmptyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (testDbKind === 'pglite') {
    const database = wrapPglite(await PGlite.create());
    return { database, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `broadsheet_empty_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const database = connectPostgres(withDatabaseName(url, name), 4);
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}
