import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GET as getAuthor, PUT as putAuthor } from '@/app/api/authors/[slug]/route';
import { POST as postAvatar } from '@/app/api/authors/[slug]/avatar/route';
import { GET as getUpload } from '@/app/uploads/[...key]/route';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const profile = (over: Record<string, unknown> = {}) => ({
  displayName: 'Amara Okafor',
  slug: 'amara-okafor',
  title: 'Climate editor',
  shortBio: 'Amara Okafor now edits the climate desk.',
  longBio: 'A longer story of Amara’s career.',
  links: [{ label: 'Site', url: 'https://amara.example' }],
  ...over,
});
const put = (slug: string, cookie: string | undefined, body: unknown) => callRoute(putAuthor, `/api/authors/${slug}`, { slug }, jsonInit('PUT', cookie, body));

function upload(slug: string, cookie: string, file: File) {
  const form = new FormData();
  form.set('avatar', file);
  return callRoute(postAvatar, `/api/authors/${slug}/avatar`, { slug }, { method: 'POST', headers: { cookie }, body: form });
}
const png = async (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#336699' } }).png().toBuffer();

describe('author profile', () => {
  it('lets an author edit their own profile, and the public bio shows it at once', async () => {
    const amara = await signedIn(db(), 'amara@meridian.example');
    const res = await put('amara-okafor', amara.cookie, profile());
    expect(res.status).toBe(200);
    const bio = await callRoute(getAuthor, '/api/authors/amara-okafor', { slug: 'amara-okafor' });
    expect(bio.json.author).toMatchObject({ title: 'Climate editor', shortBio: 'Amara Okafor now edits the climate desk.', links: [{ label: 'Site', url: 'https://amara.example' }] });
  });

  it('refuses another author’s profile, readers and signed-out callers; admins may edit anyone’s', async () => {
    const leo = await signedIn(db(), 'leo@meridian.example');
    const reader = await signedIn(db(), 'reader@meridian.example');
    const admin = await signedIn(db(), 'admin@meridian.example');
    expect((await put('priya-raman', leo.cookie, profile({ displayName: 'Hijacked', slug: 'priya-raman' }))).status).toBe(403);
    expect((await put('priya-raman', reader.cookie, profile({ slug: 'priya-raman' }))).status).toBe(403);
    expect((await put('priya-raman', undefined, profile({ slug: 'priya-raman' }))).status).toBe(401);
    const [priya] = await db().select().from(s.authorProfiles).where(eq(s.authorProfiles.slug, 'priya-raman'));
    expect(priya?.displayName).toBe('Priya Raman');
    expect((await put('priya-raman', admin.cookie, profile({ displayName: 'Priya Raman', slug: 'priya-raman', title: 'Science and health editor' }))).status).toBe(200);
  });

  it('normalises a slug with spaces and accents, and refuses a taken one with a suggestion', async () => {
    const sam = await signedIn(db(), 'sam@meridian.example');
    const moved = await put('sam-whitfield', sam.cookie, profile({ displayName: 'Sam Whitfield', slug: '  Sám Whitfield Sport ' }));
    expect(moved.json.author.slug).toBe('sam-whitfield-sport');
    const taken = await put('sam-whitfield-sport', sam.cookie, profile({ displayName: 'Sam Whitfield', slug: 'noor-haddad' }));
    expect(taken.status).toBe(409);
    expect(taken.json.error.fields.slug).toMatch(/try noor-haddad-\d+/);
  });

  it.each([
    ['a javascript: link', { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url'],
    ['an over-long short bio', { shortBio: 'x'.repeat(281) }, 'shortBio'],
    ['a slug of only symbols', { slug: '!!!' }, 'slug'],
    ['a reserved slug', { slug: 'search' }, 'slug'],
    ['six links', { links: Array.from({ length: 6 }, (_, i) => ({ label: `l${i}`, url: 'https://x.example' })) }, 'links'],
  ])('answers 400 for %s, changing nothing', async (_label, over, field) => {
    const noor = await signedIn(db(), 'noor@meridian.example');
    const res = await put('noor-haddad', noor.cookie, profile({ displayName: 'Noor Haddad', slug: 'noor-haddad', ...over }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fields)).toContain(field);
    const [row] = await db().select().from(s.authorProfiles).where(eq(s.authorProfiles.slug, 'noor-haddad'));
    expect(row?.title).toBe('Culture critic');
  });
});

describe('avatar upload', () => {
  it('resizes an image into a square WebP and serves it with long cache headers', async () => {
    const ines = await signedIn(db(), 'ines@meridian.example');
    const res = await upload('ines-carvalho', ines.cookie, new File([new Uint8Array(await png(800, 500))], 'me.png', { type: 'image/png' }));
    expect(res.status).toBe(200);
    expect(res.json.avatarUrl).toMatch(/^\/uploads\/avatars\/ines-carvalho-[0-9a-f]{16}\.webp$/);
    const key = res.json.avatarUrl.replace('/uploads/', '');
    const served = await getUpload(new Request(`http://localhost${res.json.avatarUrl}`), { params: Promise.resolve({ key: key.split('/') }) });
    expect(served.headers.get('cache-control')).toContain('immutable');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
    const bio = await callRoute(getAuthor, '/api/authors/ines-carvalho', { slug: 'ines-carvalho' });
    expect(bio.json.author.avatarUrl).toBe(res.json.avatarUrl);
  });

  it('judges the file by its bytes: a PHP script named .jpg is refused', async () => {
    const ines = await signedIn(db(), 'ines@meridian.example');
    const res = await upload('ines-carvalho', ines.cookie, new File(['<?php system($_GET["c"]); ?>'], 'photo.jpg', { type: 'image/jpeg' }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toHaveProperty('avatar');
  });

  it('refuses files over 5 MB with 413, and other people’s profiles with 403', async () => {
    const ines = await signedIn(db(), 'ines@meridian.example');
    const big = new File([new Uint8Array(6 * 1024 * 1024)], 'big.png', { type: 'image/png' });
    expect((await upload('ines-carvalho', ines.cookie, big)).status).toBe(413);
    const reader = await createUser(db(), 'author');
    const res = await upload('ines-carvalho', reader.cookie, new File([new Uint8Array(await png(10, 10))], 'x.png'));
    expect(res.status).toBe(403);
  });

  it('keeps path tricks out of the upload store', async () => {
    for (const key of [['..', '..', 'etc', 'passwd'], ['avatars', '..%2f..%2fsecret.webp'], ['avatars', 'x.php']]) {
      const res = await getUpload(new Request('http://localhost/uploads/x'), { params: Promise.resolve({ key }) });
      expect(res.status).toBe(404);
    }
  });
});
