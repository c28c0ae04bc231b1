import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as importRoute } from '@/app/api/newsroom/import/route';
import { queryRows, type Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { findLegacyAddress } from '@/lib/articles/legacy-address';
import { readCatalog } from '@/lib/transfer/backup/catalog';
import { importRead, readImportFile, type ImportFormat, type ImportResult } from '@/lib/transfer/import/sources';
import { ImportFileError } from '@/lib/transfer/import/xml-tree';
import { callRoute } from '../helpers/http';
import { createEmptyDatabase, setupTestDatabase } from '../helpers/test-database';
import { migrateDatabase } from '@/lib/db/migrate';
import { createUser } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const FIXTURES = path.resolve('tests/fixtures');
const MEDIA = path.join(FIXTURES, 'wordpress-media');
let work: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'imports-test-'));
});
afterAll(() => fs.rm(work, { recursive: true, force: true }));

async function importFile(format: ImportFormat, file: string, mediaDir?: string): Promise<ImportResult> {
  return importRead(db(), await readImportFile(format, file), format, { mediaDir });
}

async function rowCounts(database: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await readCatalog(database)) {
    counts[table.name] = (await queryRows<{ n: number }>(database, sql.raw(`select count(*)::int as n from "${table.name}"`)))[0]!.n;
  }
  return counts;
}

const story = async (slug: string) => (await db().select().from(s.articles).where(eq(s.articles.slug, slug)))[0];

/** Both exports hold the same publication; both importers must make the same of it. */
async function expectTheHarbourGazette(result: ImportResult) {
  const ferry = await story('new-ferry-timetable');
  expect(ferry).toMatchObject({ status: 'published', kind: 'story', headline: 'New ferry timetable cuts crossing to 40 minutes', dek: 'Faster crossings from June.' });
  expect(ferry!.publishedAt!.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  const [section] = await db().select().from(s.sections).where(eq(s.sections.id, ferry!.sectionId!));
  expect(section).toMatchObject({ slug: 'harbour-news', name: 'Harbour News', description: 'Ships, tides and the people of the quay' });
  const blocks = ferry!.body.content.map((b) => b.type);
  expect(blocks).toEqual(expect.arrayContaining(['paragraph', 'heading', 'bulletList', 'image', 'blockquote']));
  const body = JSON.stringify(ferry!.body);
  for (const bad of ['<script', 'alert(', 'onerror', 'onclick', 'document.cookie']) expect(body).not.toContain(bad);
  expect(ferry!.bodyText).toContain('Timetables are posted at the quay.');

  // The photo came from the media folder and is ours now, in the body and as the hero.
  const image = ferry!.body.content.find((b) => b.type === 'image');
  expect(image).toMatchObject({ attrs: { src: expect.stringMatching(/^\/uploads\/media\/[0-9a-f]+-800\.webp$/), alt: 'The ferry at the quay', caption: 'The morning ferry' } });
  const [hero] = await db().select().from(s.media).where(eq(s.media.id, ferry!.heroMediaId!));
  expect(hero!.url).toBe((image as { attrs: { src: string } }).attrs.src);
  expect(result.missingImages.map((m) => m.src)).toEqual(expect.arrayContaining([expect.stringContaining('wall-plan.png')]));
  expect(result.missingImages.every((m) => !m.src.includes('harbour.jpg'))).toBe(true);

  const [byline] = await db().select({ slug: s.authorProfiles.slug, name: s.authorProfiles.displayName, userId: s.authorProfiles.userId }).from(s.articleAuthors).innerJoin(s.authorProfiles, eq(s.authorProfiles.id, s.articleAuthors.authorId)).where(eq(s.articleAuthors.articleId, ferry!.id));
  expect(byline).toMatchObject({ slug: 'mara', name: 'Mara Quayle' });
  const [mara] = await db().select().from(s.users).where(eq(s.users.id, byline!.userId!));
  expect(mara).toMatchObject({ email: 'mara@harbour-gazette.example', role: 'author', passwordHash: null });
  const tags = await db().select({ slug: s.tags.slug }).from(s.articleTags).innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId)).where(eq(s.articleTags.articleId, ferry!.id));
  expect(tags.map((t) => t.slug)).toEqual(['ferries']);

  const wall = await story('sea-wall-budget');
  const [wallSection] = await db().select().from(s.sections).where(eq(s.sections.id, wall!.sectionId!));
  expect(wallSection!.slug).toBe('town-hall');
  expect(wall!.bodyText).toContain('The county pays half.');
  expect(wall!.body.content.some((b) => b.type === 'orderedList')).toBe(true);
  expect(wall!.body.content.some((b) => b.type === 'image')).toBe(false); // not found: left out and listed

  const [draft] = await db().select().from(s.articles).where(eq(s.articles.headline, 'Regatta preview (draft)'));
  expect(draft).toMatchObject({ status: 'draft', publishedAt: null, slug: 'regatta-preview-draft' }); // WordPress gave it no slug yet
  const tides = await story('tide-tables-july');
  expect(tides).toMatchObject({ status: 'scheduled', publishedAt: null });
  expect(tides!.scheduledFor!.toISOString()).toBe('2030-07-01T06:00:00.000Z');
  expect(await story('about-the-gazette')).toMatchObject({ kind: 'page', status: 'published', sectionId: null });

  // The approved comments with their thread; the spam and the deleted one stayed behind.
  const thread = await db().select().from(s.comments).where(eq(s.comments.articleId, ferry!.id)).orderBy(s.comments.createdAt);
  expect(thread.map((c) => c.body)).toEqual(['Finally! The late boat on Fridays will change my week. 🚢', 'Thanks Pat — the Friday boat leaves at 23:10.']);
  expect(thread[1]).toMatchObject({ parentId: thread[0]!.id, rootId: thread[0]!.id, depth: 1, status: 'approved' });
  expect(thread[0]).toMatchObject({ rootId: thread[0]!.id, replyCount: 1 });
  expect(ferry!.commentCount).toBe(2);
  const [pat] = await db().select().from(s.users).where(eq(s.users.id, thread[0]!.authorId!));
  expect(pat).toMatchObject({ email: 'pat@example.org', name: 'Pat Commuter', role: 'reader', passwordHash: null });
  expect(result.notes.join('\n')).toMatch(/left out <script>/);
}

describe('an import from WordPress', () => {
  it('brings posts, pages, categories, tags, authors, approved comments and images in, and old addresses redirect', async () => {
    const result = await importFile('wordpress', path.join(FIXTURES, 'wordpress-export.xml'), MEDIA);
    expect(result.created).toMatchObject({ section: 2, tag: 2, author: 2, story: 5, comment: 2, media: 1 });
    await expectTheHarbourGazette(result);
    expect(result.notes.join('\n')).toMatch(/1 nav_menu_item item left out/);

    expect(await findLegacyAddress('/', new URLSearchParams('p=123'))).toBe('/harbour-news/new-ferry-timetable');
    expect(await findLegacyAddress('/2024/05/new-ferry-timetable/')).toBe('/harbour-news/new-ferry-timetable');
    expect(await findLegacyAddress('/', new URLSearchParams('page_id=2'))).toBe('/about-the-gazette');
    expect(await findLegacyAddress('/about/the-gazette/')).toBe('/about-the-gazette');
    expect(await findLegacyAddress('/Sea-Wall-Budget')).toBe('/town-hall/sea-wall-budget');
    expect(await findLegacyAddress('/', new URLSearchParams('p=125'))).toBeNull(); // a draft has no address to go to
    expect(await findLegacyAddress('/', new URLSearchParams('p=999'))).toBeNull();
  });

  it('run twice, adds nothing and says so', async () => {
    const before = await rowCounts(db());
    const again = await importFile('wordpress', path.join(FIXTURES, 'wordpress-export.xml'), MEDIA);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(again.existing).toMatchObject({ story: 5, comment: 2, section: 2, tag: 2, author: 2 });
    const after = await rowCounts(db());
    // Only the audit log may grow (it is not written here, by importRead): every table is as it was.
    expect(after).toEqual(before);
  });
});

describe('an import from Ghost', () => {
  it('makes the same publication of the same site: primary tags as sections, Lexical and Mobiledoc bodies, native comments', async () => {
    const target = await createEmptyDatabase();
    await migrateDatabase(target.database);
    try {
      const ghostDb = target.database.db;
      const read = await readImportFile('ghost', path.join(FIXTURES, 'ghost-export.json'));
      const result = await importRead(ghostDb, read, 'ghost', { mediaDir: MEDIA });
      expect(result.created).toMatchObject({ section: 2, author: 2, story: 5, comment: 2, media: 1 });
      // The internal #newsletter tag is not a tag here.
      expect((await ghostDb.select().from(s.tags)).map((t) => t.slug).sort()).toEqual(['budget', 'ferries', 'harbour-news', 'town-hall']);
      await expectGhost(ghostDb, result);
      const again = await importRead(ghostDb, read, 'ghost', { mediaDir: MEDIA });
      expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    } finally {
      await target.drop();
    }
  });
});

async function expectGhost(ghostDb: Db, result: ImportResult) {
  const [ferry] = await ghostDb.select().from(s.articles).where(eq(s.articles.slug, 'new-ferry-timetable'));
  expect(ferry!.publishedAt!.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  const text = JSON.stringify(ferry!.body);
  expect(ferry!.body.content[0]).toMatchObject({ type: 'paragraph', content: expect.arrayContaining([{ type: 'text', text: 'summer timetable', marks: [{ type: 'bold' }] }]) });
  expect(text).not.toContain('alert');
  expect(ferry!.bodyText).toContain('Timetables are posted at the quay.');
  expect(ferry!.body.content.find((b) => b.type === 'image')).toMatchObject({ attrs: { src: expect.stringMatching(/^\/uploads\/media\//), alt: 'The ferry at the quay' } });
  const [wall] = await ghostDb.select().from(s.articles).where(eq(s.articles.slug, 'sea-wall-budget'));
  expect(wall!.bodyText).toContain('The county pays half.');
  expect(wall!.body.content.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'orderedList', 'heading', 'paragraph']);
  expect(JSON.stringify(wall!.body)).toContain('"href":"https://council.example/minutes"');
  expect(result.missingImages.map((m) => m.src)).toEqual(['/content/images/2024/05/wall-plan.png']);
  const [tides] = await ghostDb.select().from(s.articles).where(eq(s.articles.slug, 'tide-tables-july'));
  expect(tides!.status).toBe('scheduled');
  const [page] = await ghostDb.select().from(s.articles).where(eq(s.articles.slug, 'about-the-gazette'));
  expect(page!.kind).toBe('page');
  const comments = await ghostDb.select().from(s.comments).where(eq(s.comments.articleId, ferry!.id)).orderBy(s.comments.createdAt);
  expect(comments.map((c) => c.body)).toEqual(['Finally! The late boat on Fridays will change my week. 🚢', 'Thanks Pat — the Friday boat leaves at 23:10.']);
  expect(comments[1]!.parentId).toBe(comments[0]!.id);
  const [profile] = await ghostDb.select().from(s.authorProfiles).where(eq(s.authorProfiles.slug, 'mara'));
  expect(profile).toMatchObject({ shortBio: 'Covers the harbour and its ferries.', links: [{ label: 'Website', url: 'https://mara.example' }] });
}

describe('files that are not what they claim change nothing', () => {
  const write = async (name: string, content: string | Buffer) => {
    const file = path.join(work, name);
    await fs.writeFile(file, content);
    return file;
  };

  it('refuses them whole with a message, before writing anything', async () => {
    const wxr = await fs.readFile(path.join(FIXTURES, 'wordpress-export.xml'), 'utf8');
    const ghost = await fs.readFile(path.join(FIXTURES, 'ghost-export.json'), 'utf8');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>&lol3;</title></item></channel></rss>`;
    const external = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><wp:wxr_version>1.2</wp:wxr_version><title>&xxe;</title></channel></rss>`;
    const cases: [ImportFormat, string, RegExp][] = [
      ['wordpress', await write('notes.xml', 'just some notes, not XML'), /not well-formed XML/],
      ['wordpress', await write('cut.xml', wxr.slice(0, Math.floor(wxr.length / 2))), /not well-formed XML.*cut short/],
      ['wordpress', await write('laughs.xml', laughs), /declares XML entities/],
      ['wordpress', await write('xxe.xml', external), /declares XML entities/],
      ['wordpress', await write('feed.xml', '<?xml version="1.0"?><rss><channel><title>A feed</title></channel></rss>'), /not a WordPress export/],
      ['wordpress', await write('binary.xml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])), /binary/],
      ['ghost', await write('cut.json', ghost.slice(0, Math.floor(ghost.length / 2))), /not valid JSON.*cut short/],
      ['ghost', await write('other.json', '{"posts": []}'), /not a Ghost export/],
      ['broadsheet', await write('cut.jsonl', '{"type":"broadsheet-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","site":"x"}\n{"type":"tag","slug":"a","na'), /Line 2 is not JSON/],
      ['broadsheet', await write('wrong.jsonl', '{"type":"tag","slug":"a","name":"A"}\n'), /not a Broadsheet export/],
    ];
    const before = await rowCounts(db());
    for (const [format, file, message] of cases) {
      await expect(readImportFile(format, file), path.basename(file)).rejects.toThrow(ImportFileError);
      await expect(readImportFile(format, file), path.basename(file)).rejects.toThrow(message);
    }
    expect(await rowCounts(db())).toEqual(before);
  });

  it('refuses a 2 GB file from its size, without reading it', async () => {
    const huge = path.join(work, 'huge.xml');
    const handle = await fs.open(huge, 'w');
    await handle.truncate(2 * 1024 ** 3); // sparse: takes no disk
    await handle.close();
    await expect(readImportFile('wordpress', huge)).rejects.toThrow(/2\.0 GB; an import reads at most 256 MB/);
  });

  it('imports the good records of a file and lists the bad ones', async () => {
    const lines = [
      { type: 'broadsheet-export', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', site: 'https://partial.example' },
      { type: 'section', slug: 'partial-news', name: 'Partial news' },
      { type: 'tag', slug: 'Not A Slug!', name: 'Bad slug' },
      { type: 'story', ref: 's1', slug: 'a-good-story', status: 'published', headline: 'A good story', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: "<script>alert(1)</script> '); drop table users; --" }] }] }, section: 'partial-news', publishedAt: '2026-11-01T10:00:00.000Z' },
      { type: 'story', ref: 's2', slug: 'a-bad-story', status: 'published', headline: 42, body: { type: 'doc', content: [] } },
      { type: 'story', ref: 's3', slug: 'raw-html', status: 'draft', headline: 'Raw HTML', body: { type: 'doc', content: [{ type: 'rawHtml', html: '<img src=x onerror=alert(1)>' }] } },
      { type: 'comment', ref: 'c1', story: 's2', body: 'On a story that did not come in', createdAt: '2026-11-01T11:00:00.000Z' },
      { type: 'user', ref: 'u1', email: 'boss@partial.example', name: 'The Boss', role: 'admin' },
    ];
    const file = await write('partial.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'));
    const result = await importFile('broadsheet', file);
    expect(result.created).toMatchObject({ section: 1, story: 1, user: 1 });
    expect(result.skipped.map((r) => r.ref)).toEqual(expect.arrayContaining(['Not A Slug!', 's2', 's3', 'c1', 'u1']));
    const good = await story('a-good-story');
    expect(good!.bodyText).toBe("<script>alert(1)</script> '); drop table users; --"); // text, shown as text
    expect(await story('raw-html')).toBeUndefined();
    const [boss] = await db().select().from(s.users).where(eq(s.users.email, 'boss@partial.example'));
    expect(boss!.role).toBe('editor'); // an import makes no admin
  });
});

describe('POST /api/newsroom/import', () => {
  const upload = (cookie: string | undefined, content: Buffer | string, name = 'export.xml') => {
    const form = new FormData();
    form.set('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name));
    return callRoute(importRoute, '/api/newsroom/import', {}, { method: 'POST', body: form, headers: cookie ? { cookie } : {} });
  };

  it('imports an admin’s upload and answers with the summary; refuses a bad file with 400 and changes nothing', async () => {
    const admin = await createUser(db(), 'admin');
    const ghost = await fs.readFile(path.join(FIXTURES, 'ghost-export.json'));
    const first = await upload(admin.cookie, ghost, 'ghost.json');
    expect(first.status).toBe(200);
    expect(first.json.import.source).toBe('ghost:The Harbour Gazette');
    expect(first.json.import.missingImages.length).toBeGreaterThan(0); // no media folder from a browser
    const [entry] = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.action, 'data.import'), eq(s.moderationActions.actorId, admin.user.id)));
    expect(entry!.after).toMatchObject({ created: expect.any(Object) });

    const before = await rowCounts(db());
    const bad = await upload(admin.cookie, '<?xml version="1.0"?><rss><channel><wp:wxr_version>1.2</wp:wxr_version><item>', 'cut.xml');
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/not well-formed XML/), fields: { file: expect.any(String) } });
    const zip = await upload(admin.cookie, Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'site.zip');
    expect(zip.status).toBe(400);
    expect(await rowCounts(db())).toEqual(before);

    const editor = await createUser(db(), 'editor');
    expect((await upload(editor.cookie, ghost, 'ghost.json')).status).toBe(403);
    expect((await upload(undefined, ghost, 'ghost.json')).status).toBe(401);
  });
});
