import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { createReadStream, createWriteStream } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, setDatabase, type Database, type Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { readArticle } from '@/lib/articles/article';
import { cacheGeneration } from '@/lib/cache/cache-generation';
import { readCatalog } from '@/lib/transfer/backup/catalog';
import { backupStream, type BackupManifest } from '@/lib/transfer/backup/write-backup';
import { RestoreError, restoreBackup } from '@/lib/transfer/backup/restore-backup';
import { GET as getComments } from '@/app/api/articles/[slug]/comments/route';
import { GET as backupRoute } from '@/app/api/newsroom/backup/route';
import { lastBackup } from '@/lib/transfer/backup/backup-desk';
import { createUser } from '../helpers/users';
import { callRoute } from '../helpers/http';
import { createEmptyDatabase, setupTestDatabase, TEST_PASSWORD } from '../helpers/test-database';

const source = setupTestDatabase();
let work: string;
let sourceUploads: string;
let backupFile: string;
let manifest: BackupManifest;
let story: { id: number; slug: string };

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await readCatalog(db)) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table.name}"`));
    counts[table.name] = row!.n;
  }
  return counts;
}

async function writeBackup(database: Database, uploads: string, file: string): Promise<BackupManifest> {
  const backup = await backupStream(database, uploads);
  await pipeline(backup.stream, createWriteStream(file));
  return backup.manifest;
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'backup-test-'));
  sourceUploads = path.join(work, 'uploads');
  const db = source.current().db;
  await cacheGeneration(); // a running site has one
  // An uploaded photo, the hero of a published story with comments, and entries in every kind of table.
  const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#3366aa' } }).webp().toBuffer();
  await fs.mkdir(path.join(sourceUploads, 'media'), { recursive: true });
  await fs.writeFile(path.join(sourceUploads, 'media/backup-test-640.webp'), photo);
  const [image] = await db
    .insert(s.media)
    .values({ url: '/uploads/media/backup-test-640.webp', storageKey: 'media/backup-test-640.webp', mimeType: 'image/webp', width: 640, height: 400, bytes: photo.length, alt: 'Harbour at dawn — صورة 🌅' })
    .returning();
  const [found] = await db
    .select({ id: s.articles.id, slug: s.articles.slug })
    .from(s.articles)
    .where(and(eq(s.articles.status, 'published'), sql`${s.articles.commentCount} > 2`))
    .limit(1);
  story = found!;
  await db.update(s.articles).set({ heroMediaId: image!.id }).where(eq(s.articles.id, story.id));
  await db.insert(s.moderationActions).values({ action: 'setting.change', targetType: 'setting', targetId: 'x', before: { a: 1 }, after: { a: '<script>alert(1)</script>' } });
  backupFile = path.join(work, 'site.tar.gz');
  manifest = await writeBackup(source.current(), sourceUploads, backupFile);
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('a backup restored into an empty database', () => {
  it('keeps every row of every table, the uploads, working passwords and a story with its image and comments', async () => {
    const target = await createEmptyDatabase();
    const restoredUploads = path.join(work, 'restored-uploads');
    try {
      const summary = await restoreBackup(target.database, backupFile, restoredUploads);
      const before = await rowCounts(source.current().db);
      expect(Object.keys(before)).toEqual(expect.arrayContaining(['articles', 'article_revisions', 'comments', 'comment_likes', 'users', 'settings', 'media', 'moderation_actions']));
      expect(await rowCounts(target.database.db)).toEqual(before);
      expect(summary.rows).toBe(Object.values(before).reduce((a, b) => a + b, 0));
      expect(manifest.tables.find((t) => t.name === 'comment_likes')!.rows).toBeGreaterThan(0);

      const file = await fs.readFile(path.join(restoredUploads, 'media/backup-test-640.webp'));
      expect(file.equals(await fs.readFile(path.join(sourceUploads, 'media/backup-test-640.webp')))).toBe(true);

      const [admin] = await target.database.db.select().from(s.users).where(eq(s.users.email, 'admin@meridian.example'));
      expect(await verifyPassword(TEST_PASSWORD, admin!.passwordHash!)).toBe(true);
      expect(await verifyPassword('not-the-password', admin!.passwordHash!)).toBe(false);

      const [entry] = await target.database.db.select().from(s.moderationActions).where(eq(s.moderationActions.targetId, 'x'));
      expect(entry!.after).toEqual({ a: '<script>alert(1)</script>' });

      // New rows get fresh ids after the restored ones, not collisions.
      const [fresh] = await target.database.db.insert(s.tags).values({ slug: `after-restore-${Date.now()}`, name: 'After' }).returning();
      const [maxTag] = await queryRows<{ max: number }>(source.current().db, sql`select max(id)::int as max from tags`);
      expect(fresh!.id).toBeGreaterThan(maxTag!.max);

      // Readers see the restored story with its photo and its comments.
      setDatabase(target.database);
      try {
        const lookup = await readArticle(story.slug);
        expect(lookup && 'article' in lookup && lookup.article.hero).toMatchObject({ url: '/uploads/media/backup-test-640.webp', alt: 'Harbour at dawn — صورة 🌅' });
        const thread = await callRoute(getComments, `/api/articles/${story.slug}/comments`, { slug: story.slug });
        expect(thread.status).toBe(200);
        expect(thread.json.comments.length).toBeGreaterThan(0);
      } finally {
        setDatabase(source.current());
      }
    } finally {
      await target.drop();
    }
  });

  it('refuses a database that holds a publication unless forced, and a new cache generation follows a restore', async () => {
    const target = await createEmptyDatabase();
    try {
      await restoreBackup(target.database, backupFile, path.join(work, 'u2'));
      const generation = async () => (await target.database.db.select().from(s.settings).where(eq(s.settings.key, 'cacheGeneration')))[0]?.value;
      const first = await generation();
      await target.database.db.insert(s.tags).values({ slug: 'written-after', name: 'Written after' });

      await expect(restoreBackup(target.database, backupFile, path.join(work, 'u2'))).rejects.toThrow(/already holds a publication.*--force/);
      expect(await target.database.db.select().from(s.tags).where(eq(s.tags.slug, 'written-after'))).toHaveLength(1);

      await restoreBackup(target.database, backupFile, path.join(work, 'u2'), { force: true });
      expect(await target.database.db.select().from(s.tags).where(eq(s.tags.slug, 'written-after'))).toHaveLength(0);
      expect(await generation()).not.toEqual(first);
      const [original] = await source.current().db.select().from(s.settings).where(eq(s.settings.key, 'cacheGeneration'));
      expect(await generation()).not.toEqual(original?.value);
    } finally {
      await target.drop();
    }
  });
});

describe('a backup taken before the latest migration', () => {
  it('restores at its own schema, then the later migrations run', async () => {
    // The backup as the version before this one would have written it: one migration fewer, and without the
    // tables the latest migration adds (read from its SQL, so the test follows each new migration).
    const journal = JSON.parse(await fs.readFile('drizzle/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
    const latestSql = await fs.readFile(`drizzle/${journal.entries.at(-1)!.tag}.sql`, 'utf8');
    const later = [...latestSql.matchAll(/CREATE TABLE "(\w+)"/g)].map((m) => m[1]!);
    expect(later.length).toBeGreaterThan(0);
    const older = path.join(work, 'older.tar.gz');
    const extract = tar.extract();
    const pack = tar.pack();
    const writing = pipeline(pack, createGzip(), createWriteStream(older));
    const reading = pipeline(createReadStream(backupFile), createGunzip(), extract);
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      const name = entry.header.name;
      if (later.some((t) => name === `tables/${t}.jsonl`)) continue;
      let body = Buffer.concat(chunks);
      if (name === 'broadsheet-backup.json') {
        const m = JSON.parse(body.toString()) as BackupManifest;
        body = Buffer.from(JSON.stringify({ ...m, migrations: m.migrations - 1, tables: m.tables.filter((t) => !later.includes(t.name)) }));
      }
      pack.entry({ name }, body);
    }
    await reading;
    pack.finalize();
    await writing;

    const target = await createEmptyDatabase();
    try {
      const { manifest: restored } = await restoreBackup(target.database, older, path.join(work, 'u4'));
      expect(restored.migrations).toBe(manifest.migrations - 1);
      const counts = await rowCounts(target.database.db);
      for (const table of later) expect(counts[table]).toBe(0); // made by the later migration, after the rows went in
      expect(counts.articles).toBe(manifest.tables.find((t) => t.name === 'articles')!.rows);
      const [applied] = await queryRows<{ n: number }>(target.database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(applied!.n).toBe(manifest.migrations);
    } finally {
      await target.drop();
    }
  });
});

describe('GET /api/newsroom/backup', () => {
  it('streams a backup to an admin as an attachment, and the newsroom then shows when and by whom', async () => {
    const admin = await createUser(source.current().db, 'admin');
    const actor = { id: admin.user.id, name: admin.user.name, email: admin.user.email, role: admin.user.role, banned: false, emailVerified: true };
    const response = await backupRoute(new Request('http://localhost/api/newsroom/backup', { headers: { cookie: admin.cookie } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="broadsheet-backup-\d{4}-\d{2}-\d{2}\.tar\.gz"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))).toBe(true);

    const file = path.join(work, 'downloaded.tar.gz');
    await fs.writeFile(file, bytes);
    const target = await createEmptyDatabase();
    try {
      const { manifest: downloaded } = await restoreBackup(target.database, file, path.join(work, 'u3'));
      expect(downloaded.tables.find((t) => t.name === 'articles')!.rows).toBe(manifest.tables.find((t) => t.name === 'articles')!.rows);
    } finally {
      await target.drop();
    }
    const last = await lastBackup(actor);
    expect(last).toMatchObject({ via: 'newsroom', by: admin.user.name, bytes: bytes.length });
    expect(Date.now() - new Date(last!.at).getTime()).toBeLessThan(60_000);
  });
});

describe('a damaged or hostile backup changes nothing', () => {
  async function refusedInto(file: string, message: RegExp) {
    const target = await createEmptyDatabase();
    try {
      await target.database.db.execute(sql`create table canary (n int)`);
      await expect(restoreBackup(target.database, file, path.join(work, 'never'), { force: true })).rejects.toThrow(RestoreError);
      await expect(restoreBackup(target.database, file, path.join(work, 'never'), { force: true })).rejects.toThrow(message);
      // Nothing was dropped: the table made before is still there, and no upload was written.
      expect(await queryRows(target.database.db, sql`select * from canary`)).toEqual([]);
      await expect(fs.access(path.join(work, 'never'))).rejects.toThrow();
    } finally {
      await target.drop();
    }
  }

  it('a truncated file', async () => {
    const whole = await fs.readFile(backupFile);
    const cut = path.join(work, 'cut.tar.gz');
    await fs.writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await refusedInto(cut, /not a complete Broadsheet backup/);
  });

  it('a file that is not a backup at all', async () => {
    const notGzip = path.join(work, 'notes.txt');
    await fs.writeFile(notGzip, 'just some notes\n');
    await refusedInto(notGzip, /not a complete Broadsheet backup/);

    const otherTar = path.join(work, 'other.tar.gz');
    const pack = tar.pack();
    pack.entry({ name: 'README' }, 'hello');
    pack.finalize();
    await pipeline(pack, createGzip(), createWriteStream(otherTar));
    await refusedInto(otherTar, /not a Broadsheet backup/);
  });

  it('an upload whose name climbs out of the uploads folder, and a table row that is not JSON', async () => {
    // Built by hand: the real manifest, then an entry named ../../escape.webp.
    const escape = path.join(work, 'escape.tar.gz');
    const pack = tar.pack();
    pack.entry({ name: 'broadsheet-backup.json' }, JSON.stringify({ ...manifest, tables: [], uploads: { files: 1, bytes: 3 } }));
    pack.entry({ name: 'uploads/../../escape.webp' }, 'abc');
    pack.finalize();
    await pipeline(pack, createGzip(), createWriteStream(escape));
    await refusedInto(escape, /unexpected entry/);

    const damaged = path.join(work, 'damaged.tar.gz');
    const pack2 = tar.pack();
    pack2.entry({ name: 'broadsheet-backup.json' }, JSON.stringify({ ...manifest, tables: [{ name: 'tags', columns: ['id', 'slug', 'name'], rows: 1 }], uploads: { files: 0, bytes: 0 } }));
    pack2.entry({ name: 'tables/tags.jsonl' }, "{\"id\": 1, \"slug\": \"x'); drop table users; --\"\n");
    pack2.finalize();
    await pipeline(pack2, createGzip(), createWriteStream(damaged));
    await refusedInto(damaged, /damaged/);
  });
});
