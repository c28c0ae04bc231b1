import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/newsroom/export/route';
import type { Db } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import * as s from '@/lib/db/schema';
import { exportRecords } from '@/lib/transfer/export/export-records';
import { exportStream } from '@/lib/transfer/export/export-stream';
import { importRead, readBroadsheet } from '@/lib/transfer/import/sources';
import type { PublicationRecord } from '@/lib/transfer/records';
import { callRoute } from '../helpers/http';
import { createEmptyDatabase, setupTestDatabase } from '../helpers/test-database';
import { createUser } from '../helpers/users';

const source = setupTestDatabase();
const SITE = 'https://meridian.example';

async function exported(db: Db): Promise<PublicationRecord[]> {
  const records: PublicationRecord[] = [];
  for await (const record of exportRecords(db, SITE)) records.push(record);
  return records;
}

/**
 * The same publication whatever ids the database gave it: each ref replaced by what it names (a user by email,
 * an image by address, a story by slug, a comment by its story and place in the file), the export time left out.
 * Admins come back as editors, by design: an import makes no admin.
 */
function withoutIds(records: PublicationRecord[]): unknown[] {
  const names = new Map<string, string>();
  for (const r of records) {
    if (r.type === 'user') names.set(r.ref, `user:${r.email}`);
    if (r.type === 'media') names.set(r.ref, `media:${r.url}`);
    if (r.type === 'story') names.set(r.ref, `story:${r.slug}`);
  }
  let comment = 0;
  for (const r of records) if (r.type === 'comment') names.set(r.ref, `comment:${names.get(r.story)}#${comment++}`);
  const name = (ref: string | null) => (ref === null ? null : (names.get(ref) ?? `unknown:${ref}`));
  return records.map((r) => {
    switch (r.type) {
      case 'broadsheet-export':
        return { ...r, exportedAt: 'then' };
      case 'user':
        return { ...r, ref: name(r.ref), role: r.role === 'admin' ? 'editor' : r.role };
      case 'author':
        return { ...r, user: name(r.user) };
      case 'media':
        return { ...r, ref: name(r.ref) };
      case 'story':
        return {
          ...r,
          ref: name(r.ref),
          hero: name(r.hero),
          revisions: r.revisions.map((v) => ({ ...v, editor: name(v.editor) })),
          updates: r.updates.map((u) => ({ ...u, author: name(u.author) })),
        };
      case 'comment':
        return { ...r, ref: name(r.ref), story: name(r.story), parent: name(r.parent), author: name(r.author), likedBy: r.likedBy.map(name).sort() };
      default:
        return r;
    }
  });
}

describe('the export', () => {
  it('export → import into an empty database → export again gives the same publication', async () => {
    const first = await exported(source.current().db);
    const kinds = new Set(first.map((r) => r.type));
    expect([...kinds].sort()).toEqual(['author', 'broadsheet-export', 'comment', 'media', 'section', 'setting', 'story', 'tag', 'user']);
    expect(first.some((r) => r.type === 'comment' && r.parent !== null)).toBe(true);
    expect(first.some((r) => r.type === 'comment' && r.likedBy.length > 0)).toBe(true);
    expect(first.some((r) => r.type === 'story' && r.revisions.length > 0)).toBe(true);
    expect(first.some((r) => r.type === 'story' && r.updates.some((u) => u.kind === 'correction'))).toBe(true);

    const target = await createEmptyDatabase();
    try {
      await migrateDatabase(target.database);
      const text = first.map((r) => JSON.stringify(r)).join('\n');
      const result = await importRead(target.database.db, readBroadsheet(text), 'broadsheet');
      expect(result.skipped.filter((s) => !/an import makes no admin/.test(s.reason))).toEqual([]);
      const second = await exported(target.database.db);
      expect(withoutIds(second)).toEqual(withoutIds(first));

      // Importing the same export again adds nothing.
      const again = await importRead(target.database.db, readBroadsheet(text), 'broadsheet');
      expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
      expect(withoutIds(await exported(target.database.db))).toEqual(withoutIds(first));
    } finally {
      await target.drop();
    }
  });

  it('never holds a password, a session or a token', async () => {
    const lines = (await exported(source.current().db)).map((r) => JSON.stringify(r)).join('\n');
    const [admin] = await source.current().db.select().from(s.users).where(eq(s.users.email, 'admin@meridian.example'));
    expect(admin!.passwordHash).toMatch(/^scrypt\$/);
    expect(lines).not.toContain(admin!.passwordHash!);
    for (const word of ['scrypt$', 'passwordHash', 'password_hash', 'sessionVersion', 'setupTokens', 'cacheGeneration', 'accessToken', 'refreshToken']) expect(lines).not.toContain(word);
  });

  it('is JSON Lines a script in another language reads', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'export-test-'));
    try {
      const file = path.join(dir, 'export.jsonl');
      await pipeline(exportStream(source.current().db, SITE), createWriteStream(file));
      const script = 'import json,sys,collections\nc=collections.Counter(json.loads(l)["type"] for l in open(sys.argv[1], encoding="utf-8"))\nprint(json.dumps(c, sort_keys=True))';
      const counted = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, number>;
      const stories = await source.current().db.$count(s.articles);
      const comments = await source.current().db.$count(s.comments);
      expect(counted).toMatchObject({ 'broadsheet-export': 1, story: stories, comment: comments });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('GET /api/newsroom/export streams it to admins, as an attachment, and records who took it', async () => {
    const admin = await createUser(source.current().db, 'admin');
    const res = await callRoute(exportRoute, '/api/newsroom/export', {}, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="broadsheet-export-\d{4}-\d{2}-\d{2}\.jsonl"/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(lines[0]!.type).toBe('broadsheet-export');
    expect(lines.filter((l) => l.type === 'story').length).toBe(await source.current().db.$count(s.articles));
    const [entry] = await source.current().db.select().from(s.moderationActions).where(eq(s.moderationActions.actorId, admin.user.id));
    expect(entry).toMatchObject({ action: 'data.export', targetType: 'data' });
  });
});
