/**
 * Database chores: `npm run db:migrate`, `db:seed` (demo newsroom, or a scale run with
 * `-- --articles 100000 --comments 1000000`; the benchmark adds `--busy-thread SLUG --pending-queue N` and
 * `--newsletter-subscribers N`), `db:reset` (drop everything, migrate, seed the demo).
 * Uses DATABASE_URL when set, else the embedded database under DATA_DIR.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { count, sql } from 'drizzle-orm';
import cliProgress from 'cli-progress';
import { env } from '@/lib/env';
import { getDatabase } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { users } from '@/lib/db/schema';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { seedBusyThread, seedPendingQueue } from '@/lib/db/seed/seed-busy-thread';
import { seedNewsletterSubscribers } from '@/lib/db/seed/seed-newsletter-subscribers';
import { seedScale } from '@/lib/db/seed/seed-scale';
import { runScript } from './run-script';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string' },
    comments: { type: 'string' },
    password: { type: 'string' },
    // Benchmark only: --busy-thread SLUG --thread-comments 10000 --posters-out FILE
    'busy-thread': { type: 'string' },
    'thread-comments': { type: 'string', default: '10000' },
    'posters-out': { type: 'string' },
    // Benchmark only: --pending-queue 100000 (held comments across the stories; needs --posters-out)
    'pending-queue': { type: 'string' },
    // Benchmark only: --newsletter-subscribers 10000 (confirmed addresses on the first newsletter)
    'newsletter-subscribers': { type: 'string' },
  },
});
const command = positionals[0];

async function main() {
  const database = await getDatabase();
  const { db } = database;
  const target = database.kind === 'pglite' ? `embedded database in ${env.DATA_DIR}/` : 'PostgreSQL';

  if (command === 'reset') {
    await db.execute(sql`drop schema if exists drizzle cascade`);
    await db.execute(sql`drop schema public cascade`);
    await db.execute(sql`create schema public`);
    console.log(`Dropped every table in the ${target}.`);
  }
  await migrateDatabase(database, env.DATABASE_URL);
  console.log(`Migrations applied to the ${target}.`);
  if (command === 'migrate') return;

  const [row] = await db.select({ n: count() }).from(users);
  if (row?.n === 0) {
    const accounts = await seedDemo(db, { password: values.password ?? env.DEMO_PASSWORD });
    if (database.kind === 'pglite') {
      await fs.writeFile(path.resolve(env.DATA_DIR, 'demo-accounts.json'), JSON.stringify(accounts, null, 2), { mode: 0o600 });
    }
    console.log('Seeded the demo newsroom. Sign in with:');
    for (const a of accounts) console.log(`  ${a.role.padEnd(7)} ${a.email.padEnd(26)} password: ${a.password}`);
  } else if (!values.articles && !values.comments && !values['busy-thread'] && !values['newsletter-subscribers']) {
    console.log('The database already has data; nothing seeded. Use `npm run db:reset` to start again.');
  }

  if (values.articles || values.comments) {
    const articles = Number(values.articles ?? 0);
    const comments = Number(values.comments ?? 0);
    if (!Number.isInteger(articles) || !Number.isInteger(comments) || articles < 0 || comments < 0) {
      throw new Error('--articles and --comments take whole numbers');
    }
    // One bar per phase; outside a terminal it prints a line every few seconds instead of redrawing.
    const bars: Partial<Record<'articles' | 'comments', cliProgress.SingleBar>> = {};
    const started = Date.now();
    await seedScale(db, { articles, comments }, (phase, done, total) => {
      if (phase === 'counts') return;
      if (!bars[phase]) {
        Object.values(bars).forEach((b) => b.stop());
        bars[phase] = new cliProgress.SingleBar(
          { format: `${phase.padEnd(8)} [{bar}] {percentage}% {value}/{total} {duration_formatted}`, noTTYOutput: true, notTTYSchedule: 5_000 },
          cliProgress.Presets.shades_classic,
        );
        bars[phase].start(total, 0);
      }
      bars[phase].update(done);
    });
    Object.values(bars).forEach((b) => b.stop());
    console.log(`Generated ${articles} articles and ${comments} comments in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  }

  if (values['busy-thread']) {
    const count = Number(values['thread-comments']);
    const posters = await seedBusyThread(db, values['busy-thread'], count);
    const pending = Number(values['pending-queue'] ?? 0);
    const moderator = pending > 0 ? await seedPendingQueue(db, pending) : null;
    if (values['posters-out']) await fs.writeFile(values['posters-out'], JSON.stringify({ posters, moderator }));
    console.log(`Added ${count} comments by ${posters.length} readers to ${values['busy-thread']}${pending ? `, and ${pending} held comments` : ''}.`);
  }

  if (values['newsletter-subscribers']) {
    const n = Number(values['newsletter-subscribers']);
    const slug = await seedNewsletterSubscribers(db, n);
    console.log(`Added ${n} confirmed subscribers to ${slug}.`);
  }
}

runScript(main);
