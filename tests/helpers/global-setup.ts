import fs from 'node:fs/promises';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { connectPostgres, wrapPglite } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { PGLITE_TEMPLATE, TEMPLATE_DIR, TEST_PASSWORD, withDatabaseName } from './test-database';

/** Builds the seeded template database once per run; each test file then starts from a copy of it. */
export async function setupTemplate(kind: 'pglite' | 'postgres', pgTemplate = '') {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${pgTemplate}`);
    await admin.query(`create database ${pgTemplate}`);
    const templateUrl = withDatabaseName(url, pgTemplate);
    const database = connectPostgres(templateUrl, 2);
    await migrateDatabase(database, templateUrl);
    await seedDemo(database.db, { password: TEST_PASSWORD });
    await database.close();
    return async () => {
      await admin.query(`drop database if exists ${pgTemplate}`).catch(() => {});
      await admin.end();
    };
  }
  const client = await PGlite.create();
  const database = wrapPglite(client);
  await migrateDatabase(database);
  await seedDemo(database.db, { password: TEST_PASSWORD });
  const dump = await client.dumpDataDir('gzip');
  await fs.mkdir(TEMPLATE_DIR, { recursive: true });
  await fs.writeFile(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}
