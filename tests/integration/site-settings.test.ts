import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GET as getSettings, PATCH as patchSettings } from '@/app/api/settings/route';
import { DELETE as removeImage, POST as uploadImage } from '@/app/api/settings/images/[kind]/route';
import { GET as siteFeed } from '@/app/feed.xml/route';
import { GET as sectionFeed } from '@/app/[section]/feed.xml/route';
import { GET as favicon } from '@/app/favicon.ico/route';
import { GET as uploads } from '@/app/uploads/[...key]/route';
import { readArticle } from '@/lib/articles/article';
import { newsArticleJsonLd, organizationJsonLd } from '@/lib/articles/json-ld';
import * as s from '@/lib/db/schema';
import { signInLinkEmail } from '@/lib/mail/sign-in-link-email';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const patch = (cookie: string | undefined, body: unknown) => callRoute(patchSettings, '/api/settings', {}, jsonInit('PATCH', cookie, body));
const png = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 20, g: 60, b: 120, alpha: 1 } } }).png().toBuffer();
const upload = (kind: string, cookie: string | undefined, bytes: Uint8Array, name = 'logo.png') => {
  const form = new FormData();
  form.set('image', new File([new Uint8Array(bytes)], name));
  return callRoute(uploadImage, `/api/settings/images/${kind}`, { kind }, { method: 'POST', headers: { cookie: cookie ?? '' }, body: form });
};
const settingRows = async () => db().select().from(s.settings);

describe('site settings', () => {
  it('anyone reads the public settings: the demo seed wrote them, nothing about it lives in code', async () => {
    const res = await callRoute(getSettings, '/api/settings', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('s-maxage');
    expect(res.json.settings).toMatchObject({
      publicationName: 'The Meridian Courier',
      tagline: 'News, analysis and comment',
      timeZone: 'Europe/London',
      language: 'en-GB',
      logo: null,
      icon: null,
    });
    expect(res.json.settings.about).toMatch(/^The Meridian Courier is an independent/);
    expect(res.json.settings).not.toHaveProperty('setupTokens');
  });

  it('an admin’s change shows everywhere the name appears, and is audited with before and after', async () => {
    const admin = await createUser(db(), 'admin');
    const res = await patch(admin.cookie, {
      publicationName: 'The Harbour Gazette',
      about: 'The Harbour Gazette is owned by its readers.',
      timeZone: 'Europe/Paris',
      language: 'fr',
      socialLinks: [{ label: 'Mastodon', url: 'https://mastodon.example/@harbour' }],
      headerLinks: [{ label: 'Donate', url: 'https://donate.example/harbour' }],
      footerLinks: [{ label: 'Contact', url: '/contact' }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.json.settings).toMatchObject({ publicationName: 'The Harbour Gazette', timeZone: 'Europe/Paris', language: 'fr' });

    const feed = await callRoute(siteFeed, '/feed.xml', {});
    expect(feed.text).toMatch(/<title>(<!\[CDATA\[)?The Harbour Gazette/);
    expect(feed.text).toContain('<language>fr</language>');
    expect(feed.text).toContain('© The Harbour Gazette');
    const sport = await callRoute(sectionFeed, '/sport/feed.xml', { section: 'sport' });
    expect(sport.text).toMatch(/Sport · The Harbour Gazette/);

    const story = await createArticle(db());
    const found = await readArticle(story.slug);
    if (!found || !('article' in found)) throw new Error('story missing');
    const site = await readSiteSettings();
    expect(newsArticleJsonLd(found.article, site).publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'The Harbour Gazette', sameAs: ['https://mastodon.example/@harbour'] });
    expect(organizationJsonLd(site)).toMatchObject({ name: 'The Harbour Gazette', sameAs: ['https://mastodon.example/@harbour'] });
    expect(signInLinkEmail({ url: 'http://localhost/x', publicationName: site.publicationName }).subject).toBe('Sign in to The Harbour Gazette');

    const log = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.actorId, admin.user.id), eq(s.moderationActions.action, 'setting.update')));
    expect(log.map((e) => e.targetId).sort()).toEqual(['about', 'footerLinks', 'headerLinks', 'language', 'publicationName', 'socialLinks', 'timeZone']);
    expect(log.find((e) => e.targetId === 'timeZone')).toMatchObject({ before: 'Europe/London', after: 'Europe/Paris' });
    expect(log.find((e) => e.targetId === 'publicationName')).toMatchObject({ before: 'The Meridian Courier', after: 'The Harbour Gazette' });

    // Saving the same values again changes nothing and logs nothing.
    await patch(admin.cookie, { timeZone: 'Europe/Paris', language: 'fr' });
    expect(await db().$count(s.moderationActions, and(eq(s.moderationActions.actorId, admin.user.id), eq(s.moderationActions.action, 'setting.update')))).toBe(7);
  });

  it('text is kept as written: script tags, SQL, emoji and right-to-left text are stored as text', async () => {
    const admin = await createUser(db(), 'admin');
    const tagline = '<script>alert(1)</script> \'; drop table settings; -- 📰 صحيفة';
    const res = await patch(admin.cookie, { tagline });
    expect(res.status).toBe(200);
    expect((await readSiteSettings()).tagline).toBe(tagline);
  });

  it('bad input is 400 with the field named, and changes nothing', async () => {
    const admin = await createUser(db(), 'admin');
    const before = await settingRows();
    const cases: [unknown, string][] = [
      [{ publicationName: '' }, 'publicationName'],
      [{ publicationName: 'x'.repeat(10_000) }, 'publicationName'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ language: 'tlh' }, 'language'],
      [{ headerLinks: [{ label: 'Click', url: 'javascript:alert(1)' }] }, 'headerLinks.0.url'],
      [{ footerLinks: [{ label: 'Away', url: '//evil.example/x' }] }, 'footerLinks.0.url'],
      [{ socialLinks: [{ label: 'Local', url: '/about' }] }, 'socialLinks.0.url'],
      [{ socialLinks: [{ label: '', url: 'https://ok.example' }] }, 'socialLinks.0.label'],
      [{ timeZone: 42 }, 'timeZone'],
      [{ logo: { url: '/x.png', width: 1, height: 1 } }, '_'],
    ];
    for (const [body, field] of cases) {
      const res = await patch(admin.cookie, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(Object.keys(res.json.error.fields ?? {}), JSON.stringify(body).slice(0, 80)).toContain(field);
    }
    const notJson = await callRoute(patchSettings, '/api/settings', {}, { method: 'PATCH', headers: { cookie: admin.cookie, 'Content-Type': 'application/json' }, body: '{"publicationName":' });
    expect(notJson.status).toBe(400);
    const huge = await patch(admin.cookie, { about: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(await settingRows()).toEqual(before);
  });

  it('only admins change settings: editors, authors and readers 403, anonymous 401', async () => {
    for (const role of ['reader', 'author', 'editor'] as const) {
      const { cookie } = await createUser(db(), role);
      expect((await patch(cookie, { tagline: 'Mine now' })).status).toBe(403);
      expect((await upload('logo', cookie, await png(400, 100))).status).toBe(403);
    }
    expect((await patch(undefined, { tagline: 'Mine now' })).status).toBe(401);
    expect((await readSiteSettings()).tagline).not.toBe('Mine now');
  });

  it('/favicon.ico before any icon is uploaded: a 32×32 PNG, not a 404 in every reader\'s console', async () => {
    const res = await favicon();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 32, 32]);
  });

  it('a logo, an icon and a share image: resized, stored, served and shown; removed again', async () => {
    const admin = await createUser(db(), 'admin');
    const logo = await upload('logo', admin.cookie, await png(2400, 600));
    expect(logo.status).toBe(201);
    expect(logo.json.settings.logo).toMatchObject({ width: 640, height: 160 });
    expect(logo.json.settings.logo.url).toMatch(/^\/uploads\/site\/logo-[0-9a-f]{20}\.webp$/);

    const icon = await upload('icon', admin.cookie, await png(600, 400), 'icon.png');
    expect(icon.status).toBe(201);
    const urls = icon.json.settings.icon;
    for (const [key, size] of [['favicon', 32], ['appleTouch', 180], ['icon192', 192], ['icon512', 512]] as const) {
      const served = await uploads(new Request(`http://localhost${urls[key]}`), { params: Promise.resolve({ key: urls[key].replace('/uploads/', '').split('/') }) });
      expect(served.headers.get('content-type')).toBe('image/png');
      const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect([meta.width, meta.height]).toEqual([size, size]);
    }
    const redirect = await favicon();
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(urls.favicon);

    const share = await upload('share-image', admin.cookie, await png(800, 800), 'share.png');
    expect(share.json.settings.shareImage).toMatchObject({ width: 1200, height: 630 });
    expect(share.json.settings.shareImage.url).toMatch(/\.jpg$/);

    const log = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.actorId, admin.user.id), eq(s.moderationActions.targetId, 'logo')));
    expect(log[0]).toMatchObject({ before: null, after: { width: 640, height: 160 } });

    const removed = await callRoute(removeImage, '/api/settings/images/logo', { kind: 'logo' }, jsonInit('DELETE', admin.cookie));
    expect(removed.status).toBe(200);
    expect(removed.json.settings.logo).toBeNull();
    expect((await callRoute(removeImage, '/api/settings/images/banner', { kind: 'banner' }, jsonInit('DELETE', admin.cookie))).status).toBe(404);
    expect((await upload('banner', admin.cookie, await png(100, 100))).status).toBe(404);
  });

  it('refuses an SVG, an HTML file named logo.png and a 30 MB file, and keeps the old logo', async () => {
    const admin = await createUser(db(), 'admin');
    await upload('logo', admin.cookie, await png(300, 100));
    const before = (await readSiteSettings()).logo;
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const svgRes = await upload('logo', admin.cookie, svg, 'logo.svg');
    expect(svgRes.status).toBe(400);
    expect(svgRes.json.error.fields).toHaveProperty('image');
    expect((await upload('logo', admin.cookie, new TextEncoder().encode('<html><script>alert(1)</script></html>'))).status).toBe(400);
    expect((await upload('logo', admin.cookie, new Uint8Array(30 * 1024 * 1024))).status).toBe(413);
    const notMultipart = await callRoute(uploadImage, '/api/settings/images/logo', { kind: 'logo' }, jsonInit('POST', admin.cookie, { image: 'x' }));
    expect(notMultipart.status).toBe(415);
    expect((await readSiteSettings()).logo).toEqual(before);
  });
});
