import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { expect, test } from '@playwright/test';
import { signedInApi } from './helpers';
import sharp from 'sharp';
import { startOwnServer, type OwnServer } from './own-server';

/**
 * Faults a real deployment meets, each survived with nothing lost: a server killed mid-burst (kill -9) on the
 * embedded database, and a graceful stop (SIGTERM) with requests in flight. Both on a server of their own.
 */

const PASSWORD = 'fault-test-password-1';
const ARTICLE = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const demo = { SEED_DEMO: '1', DEMO_PASSWORD: PASSWORD, RATE_LIMITS: 'off' };

const signedIn = (playwright: Parameters<typeof signedInApi>[0], base: string, email: string) => signedInApi(playwright, base, email, PASSWORD);

/** The embedded database of a stopped server, opened directly: what is really stored. */
async function stored(dataDir: string) {
  const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
  try {
    const ids = (await db.query<{ id: number }>('select id from comments')).rows.map((r) => r.id);
    const drift = await db.query<{ slug: string }>(
      `select a.slug from articles a where a.comment_count <> (select count(*) from comments c where c.article_id = a.id and c.status = 'approved')`,
    );
    const media = (await db.query<{ n: number }>('select count(*)::int as n from media')).rows[0]!.n;
    return { ids: new Set(ids), driftingCounts: drift.rows.map((r) => r.slug), media };
  } finally {
    await db.close();
  }
}

test('kill -9 during a burst of comments on the embedded database: after a restart every 201 is there, counts exact; SIGTERM lets requests in flight finish', async ({ playwright }) => {
  test.setTimeout(300_000);
  let server: OwnServer | undefined = await startOwnServer({ env: demo });
  const dataDir = server.dataDir;
  try {
    // 1. A burst of comments, ten at a time, and the server killed in the middle of it.
    const reader = await signedIn(playwright, server.base, 'reader@meridian.example');
    const answered: number[] = [];
    let failed = 0;
    const burst = (async () => {
      for (let round = 0; round < 200; round++) {
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) => reader.post(`/api/articles/${ARTICLE}/comments`, { data: { body: `Burst comment ${round}-${i}` }, timeout: 15_000 })),
        );
        for (const r of results) {
          if (r.status === 'fulfilled' && r.value.status() === 201) answered.push((await r.value.json()).comment.id);
          else failed++;
        }
        if (failed > 0) return;
      }
    })();
    await expect.poll(() => answered.length, { timeout: 60_000 }).toBeGreaterThan(30);
    expect(await server.stop('SIGKILL')).toBeNull(); // killed: no exit code, no chance to clean up
    await burst;
    await reader.dispose();
    expect(fs.existsSync(path.join(dataDir, 'broadsheet.pid'))).toBe(true); // the dead process's lock is left behind

    // 2. A restart on the same folder takes over the stale lock by itself and serves the comments.
    server = await startOwnServer({ env: demo, dataDir });
    expect((await fetch(`${server.base}/api/articles/${ARTICLE}/comments?limit=5`)).status).toBe(200);

    // 3. SIGTERM while uploads are being resized: each finishes with 201, then the process exits in time.
    const editor = await signedIn(playwright, server.base, 'editor@meridian.example');
    const noise = await sharp(randomBytes(1800 * 1200 * 3), { raw: { width: 1800, height: 1200, channels: 3 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const uploads = Array.from({ length: 4 }, (_, i) =>
      editor.post('/api/newsroom/media', { multipart: { image: { name: `noise-${i}.png`, mimeType: 'image/png', buffer: noise }, alt: `Noise ${i}` }, timeout: 30_000 }),
    );
    await new Promise((r) => setTimeout(r, 400));
    const stopped = Date.now();
    const exit = server.stop('SIGTERM');
    const statuses = (await Promise.all(uploads)).map((r) => r.status());
    expect(statuses).toEqual([201, 201, 201, 201]);
    expect(await exit).toBe(143);
    expect(Date.now() - stopped).toBeLessThan(10_000);
    expect(server.log()).not.toMatch(/Error|⨯/);
    expect(fs.existsSync(path.join(dataDir, 'broadsheet.pid'))).toBe(false); // closed cleanly: lock released
    await editor.dispose();
    server = undefined;

    // What is stored: every comment answered 201, every story's count equal to its approved comments, the uploads.
    const after = await stored(dataDir);
    const lost = answered.filter((id) => !after.ids.has(id));
    console.log(`kill -9: ${answered.length} comments answered 201 before the kill, ${failed} requests cut off, ${lost.length} lost; SIGTERM: ${statuses.length} uploads in flight finished`);
    expect(lost).toEqual([]);
    expect(after.driftingCounts).toEqual([]);
    expect(after.media).toBeGreaterThanOrEqual(4);
  } finally {
    await server?.stop('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
