import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as addUpdateRoute } from '@/app/api/newsroom/articles/[id]/updates/route';
import { POST as reportErrorRoute } from '@/app/api/articles/[slug]/error-reports/route';
import { GET as inboxRoute } from '@/app/api/newsroom/error-reports/route';
import { PATCH as setStatusRoute } from '@/app/api/newsroom/error-reports/[id]/route';
import { POST as uploadRoute } from '@/app/api/newsroom/media/route';
import { GET as getUpload } from '@/app/uploads/[...key]/route';
import { readArticle } from '@/lib/articles/article';
import { newsArticleJsonLd } from '@/lib/articles/json-ld';
import { readSiteSettings } from '@/lib/settings/site-settings';
import * as s from '@/lib/db/schema';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const addUpdate = (cookie: string | undefined, id: number, body: unknown) =>
  callRoute(addUpdateRoute, `/api/newsroom/articles/${id}/updates`, { id: String(id) }, jsonInit('POST', cookie, body));
const reportError = (cookie: string | undefined, slug: string, body: unknown) =>
  callRoute(reportErrorRoute, `/api/articles/${slug}/error-reports`, { slug }, jsonInit('POST', cookie, body));

describe('updates and corrections', () => {
  it('an editor’s correction shows on the story, moves its Updated time and goes into the JSON-LD', async () => {
    const article = await createArticle(db());
    const { cookie } = await signedIn(db(), 'editor@meridian.example');
    const res = await addUpdate(cookie, article.id, { kind: 'correction', body: 'An earlier version misspelt the harbour master’s name.' });
    expect(res.status).toBe(201);
    const found = await readArticle(article.slug);
    if (!found || !('article' in found)) throw new Error('story missing');
    expect(found.article.updates[0]).toMatchObject({ kind: 'correction', body: 'An earlier version misspelt the harbour master’s name.' });
    expect(found.article.updatedAt).toBe(res.json.update.createdAt);
    expect(newsArticleJsonLd(found.article, await readSiteSettings())).toMatchObject({
      dateModified: res.json.update.createdAt,
      isAccessibleForFree: true,
      publisher: { '@type': 'NewsMediaOrganization', name: 'The Meridian Courier' },
      correction: [{ '@type': 'CorrectionComment', text: 'An earlier version misspelt the harbour master’s name.' }],
    });
  });

  it('authors and readers cannot issue corrections; drafts and bad input are refused', async () => {
    const article = await createArticle(db());
    const author = await signedIn(db(), 'ines@meridian.example');
    expect((await addUpdate(author.cookie, article.id, { kind: 'update', body: 'Sneaky' })).status).toBe(403);
    expect((await addUpdate((await createUser(db(), 'reader')).cookie, article.id, { kind: 'update', body: 'Sneaky' })).status).toBe(403);
    const { cookie } = await signedIn(db(), 'editor@meridian.example');
    expect((await addUpdate(cookie, article.id, { kind: 'erratum', body: 'Unknown kind' })).json.error.fields).toHaveProperty('kind');
    expect((await addUpdate(cookie, article.id, { kind: 'update', body: 'x'.repeat(1001) })).json.error.fields).toHaveProperty('body');
    expect((await addUpdate(cookie, 999_999, { kind: 'update', body: 'Unknown story' })).status).toBe(404);
    const draft = await createArticle(db(), { status: 'draft' });
    expect((await addUpdate(cookie, draft.id, { kind: 'update', body: 'Not yet published' })).status).toBe(409);
    expect(await db().select().from(s.articleUpdates).where(eq(s.articleUpdates.articleId, article.id))).toHaveLength(0);
  });
});

describe('reader error reports', () => {
  it('a signed-in reader’s report lands in the editors’ inbox, which moves it through its statuses', async () => {
    const article = await createArticle(db());
    const reader = await createUser(db(), 'reader');
    const res = await reportError(reader.cookie, article.slug, { body: 'The bridge opened in 1932, not 1923. <script>x</script>' });
    expect(res.status).toBe(201);
    const { cookie } = await signedIn(db(), 'editor@meridian.example');
    const inbox = await callRoute(inboxRoute, '/api/newsroom/error-reports?status=received', {}, jsonInit('GET', cookie));
    const item = inbox.json.reports.find((r: { id: number }) => r.id === res.json.report.id);
    expect(item).toMatchObject({ status: 'received', reporter: reader.user.name, article: { headline: article.headline }, body: 'The bridge opened in 1932, not 1923. <script>x</script>' });

    const set = (status: string) => callRoute(setStatusRoute, '/x', { id: String(item.id) }, jsonInit('PATCH', cookie, { status }));
    expect((await set('checking')).json.report.status).toBe('checking');
    expect((await set('corrected')).json.report.status).toBe('corrected');
    expect((await set('fixed')).status).toBe(400);
    const corrected = await callRoute(inboxRoute, '/api/newsroom/error-reports?status=corrected', {}, jsonInit('GET', cookie));
    expect(corrected.json.reports.map((r: { id: number }) => r.id)).toContain(item.id);
    // Comment reports and error reports stay apart.
    expect(await db().select().from(s.commentReports).where(eq(s.commentReports.note, item.body))).toHaveLength(0);
  });

  it('anonymous readers are asked to sign in; too short, unknown or unpublished stories are refused; readers cannot read the inbox', async () => {
    const article = await createArticle(db());
    const reader = await createUser(db(), 'reader');
    expect((await reportError(undefined, article.slug, { body: 'Anonymous report here' })).status).toBe(401);
    expect((await reportError(reader.cookie, article.slug, { body: 'short' })).json.error.fields).toHaveProperty('body');
    expect((await reportError(reader.cookie, 'no-such-story', { body: 'A report about nothing' })).status).toBe(404);
    const draft = await createArticle(db(), { status: 'draft' });
    expect((await reportError(reader.cookie, draft.slug, { body: 'A report about a draft' })).status).toBe(404);
    expect((await callRoute(inboxRoute, '/x', {}, jsonInit('GET', reader.cookie))).status).toBe(403);
    expect((await callRoute(inboxRoute, '/x', {}, jsonInit('GET', (await signedIn(db(), 'ines@meridian.example')).cookie))).status).toBe(403);
  });
});

describe('image upload', () => {
  const upload = (cookie: string | undefined, file: File | null, fields: Record<string, string> = { alt: 'A ferry at the pier' }) => {
    const form = new FormData();
    if (file) form.set('image', file);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return callRoute(uploadRoute, '/api/newsroom/media', {}, { method: 'POST', headers: { cookie: cookie ?? '' }, body: form });
  };
  const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#2266aa' } }).png().toBuffer();

  it('stores a photo as WebP in responsive widths, served with long cache headers', async () => {
    const { cookie } = await signedIn(db(), 'ines@meridian.example');
    const res = await upload(cookie, new File([new Uint8Array(await png(2000, 1000))], 'Ferry.PNG', { type: 'image/png' }), { alt: 'A ferry at the pier', caption: 'The 07:10 sailing', credit: 'Courier staff' });
    expect(res.status).toBe(201);
    expect(res.json.image).toMatchObject({ width: 1600, height: 800, alt: 'A ferry at the pier', caption: 'The 07:10 sailing', credit: 'Courier staff' });
    expect(res.json.image.url).toMatch(/^\/uploads\/media\/[0-9a-f]{20}-1600\.webp$/);
    for (const width of [480, 960, 1600]) {
      const url = res.json.image.url.replace('-1600.webp', `-${width}.webp`);
      const served = await getUpload(new Request(`http://localhost${url}`), { params: Promise.resolve({ key: url.replace('/uploads/', '').split('/') }) });
      expect(served.status).toBe(200);
      expect(served.headers.get('cache-control')).toContain('immutable');
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(width);
    }
  });

  it('refuses a picture of 16000 × 16000 from its header, before decoding it (it would take a gigabyte)', async () => {
    const { cookie } = await signedIn(db(), 'ines@meridian.example');
    const before = await db().select().from(s.media);
    // A small JPEG whose frame header says 16000 × 16000: what a decompression bomb looks like to the server.
    const jpeg = Buffer.from(await sharp({ create: { width: 16, height: 16, channels: 3, background: '#2266aa' } }).jpeg().toBuffer());
    const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(16_000, frame + 5);
    jpeg.writeUInt16BE(16_000, frame + 7);
    expect(await sharp(jpeg).metadata()).toMatchObject({ width: 16_000, height: 16_000 });
    const res = await upload(cookie, new File([new Uint8Array(jpeg)], 'bomb.jpg', { type: 'image/jpeg' }));
    expect(res.status).toBe(413);
    expect(res.json.error.fields.image).toMatch(/at most 40 megapixels; this one is 16000 × 16000/);
    expect(await db().select().from(s.media)).toHaveLength(before.length);
  });

  it('refuses a PHP script renamed .jpg, a 30 MB file, no alt text, readers and anonymous callers', async () => {
    const { cookie } = await signedIn(db(), 'ines@meridian.example');
    const before = await db().select().from(s.media);
    const php = new File(['<?php system($_GET["c"]); ?>'], 'photo.jpg', { type: 'image/jpeg' });
    const fake = await upload(cookie, php);
    expect(fake.status).toBe(400);
    expect(fake.json.error.fields).toHaveProperty('image');
    const huge = await upload(cookie, new File([new Uint8Array(30 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' }));
    expect(huge.status).toBe(413);
    const small = new File([new Uint8Array(await png(300, 200))], 'x.png', { type: 'image/png' });
    expect((await upload(cookie, small, { alt: '' })).json.error.fields).toHaveProperty('alt');
    expect((await upload(cookie, null)).status).toBe(400);
    expect((await upload((await createUser(db(), 'reader')).cookie, small)).status).toBe(403);
    expect((await upload(undefined, small)).status).toBe(401);
    expect(await db().select().from(s.media)).toHaveLength(before.length);
  });
});
