import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A fresh embedded database directory, as on a newcomer's first `npm run dev`.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-startup-'));
vi.stubEnv('DATA_DIR', dataDir);
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv('DEMO_PASSWORD', 'startup-test-password');

const { prepareDatabase } = await import('@/lib/db/startup');
const { closeDatabase, getDb } = await import('@/lib/db/client');
const { readFrontPage } = await import('@/lib/articles/listings');

afterAll(async () => {
  await closeDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('first start on the embedded database', () => {
  it('creates, migrates and seeds the database, and returns one demo account per role', async () => {
    const log = vi.spyOn(console, 'log');
    const first = await prepareDatabase();
    // A newcomer's first start says what the minute of work is, before and after.
    const said = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    expect(said[0]).toMatch(/^Creating the embedded database in .+ \(first start only\)…$/);
    expect(said[1]).toMatch(/^Writing the demo publication: .+ \(first start only\)…$/);
    expect(said[2]).toMatch(/^Demo publication written in \d+ s\.$/);
    expect(first.kind).toBe('pglite');
    expect(first.demoAccounts.map((a) => a.role).sort()).toEqual(['admin', 'author', 'editor', 'reader']);
    expect(first.demoAccounts.every((a) => a.password === 'startup-test-password')).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'broadsheet.pid'), 'utf8')).toBe(String(process.pid));
    expect((await readFrontPage()).lead).not.toBeNull();
  });

  it('does not seed twice, and prints the same accounts on the next start', async () => {
    const db = await getDb();
    const before = await db.execute('select count(*)::int as n from articles');
    const log = vi.spyOn(console, 'log');
    const again = await prepareDatabase();
    expect(log).not.toHaveBeenCalled(); // nothing to create or write: no progress to report
    log.mockRestore();
    const after = await db.execute('select count(*)::int as n from articles');
    expect(after).toEqual(before);
    expect(again.demoAccounts.map((a) => a.email).sort()).toEqual([
      'admin@meridian.example',
      'editor@meridian.example',
      'ines@meridian.example',
      'reader@meridian.example',
    ]);
  });
});
