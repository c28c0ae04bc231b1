import fs from 'node:fs/promises';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { env } from '@/lib/env';
import { closeDatabase, embeddedDataDir, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { users } from './schema';
import { seedDemo, type DemoAccount } from './seed/seed-demo';

const accountsFile = () => path.resolve(env.DATA_DIR, 'demo-accounts.json');

/**
 * Brings the database up to date before the first request: migrations always; on a new embedded database,
 * the demo newsroom too. Returns the demo accounts (kept beside the embedded data so every start can print them).
 */
export async function prepareDatabase(): Promise<{ kind: 'pglite' | 'postgres'; demoAccounts: DemoAccount[] }> {
  // A first start has a minute of silent work ahead (a new database, then the demo): say so, so nobody waits blind.
  const fresh = !env.DATABASE_URL && !(await fs.stat(embeddedDataDir()).catch(() => null));
  if (fresh) console.log(`Creating the embedded database in ${env.DATA_DIR}/ (first start only)…`);
  const database = await getDatabase();
  await migrateDatabase(database, env.DATABASE_URL);
  if (database.kind !== 'pglite' || env.SEED_DEMO !== '1') return { kind: database.kind, demoAccounts: [] };

  const [row] = await database.db.select({ n: count() }).from(users);
  if (row?.n === 0) {
    const started = Date.now();
    console.log('Writing the demo publication: sections, stories, pictures, comments (first start only)…');
    const demoAccounts = await seedDemo(database.db, { password: env.DEMO_PASSWORD });
    console.log(`Demo publication written in ${Math.round((Date.now() - started) / 1000)} s.`);
    await fs.writeFile(accountsFile(), JSON.stringify(demoAccounts, null, 2), { mode: 0o600 });
    // initdb and the seed grow PGlite's WASM heap by hundreds of MB, and a WASM heap never shrinks:
    // reopening gives the server a fresh, small one.
    await closeDatabase();
    await getDatabase();
    return { kind: database.kind, demoAccounts };
  }
  const saved = await fs.readFile(accountsFile(), 'utf8').catch(() => '[]');
  return { kind: database.kind, demoAccounts: JSON.parse(saved) as DemoAccount[] };
}
