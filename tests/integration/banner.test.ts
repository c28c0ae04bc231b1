import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DELETE as clearRoute, GET as bannerRoute, PUT as setRoute } from '@/app/api/banner/route';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const editor = () => signedIn(db(), 'editor@meridian.example');
const put = async (body: unknown, cookie?: string) => callRoute(setRoute, '/api/banner', {}, jsonInit('PUT', cookie ?? (await editor()).cookie, body));
const current = async () => (await callRoute(bannerRoute, '/api/banner', {})).json.banner;

describe('the breaking-news banner', () => {
  it('an editor puts a banner up; every page’s request sees it; taken down, it is gone', async () => {
    expect(await current()).toBeNull();
    const res = await put({ text: 'Polls have closed in Valdoria 🗳️ — results expected after midnight', url: '/world/polls-close-in-valdoria-as-both-candidates-claim-early-lead', level: 'breaking', expiresAt: inHours(2) });
    expect(res.status).toBe(200);
    const shown = await callRoute(bannerRoute, '/api/banner', {});
    expect(shown.json.banner).toMatchObject({ id: res.json.banner.id, text: 'Polls have closed in Valdoria 🗳️ — results expected after midnight', level: 'breaking' });
    expect(shown.headers.get('cache-control')).toContain('s-maxage=60');

    // A new banner replaces it (a new id: readers who dismissed the last one see this one).
    const next = await put({ text: 'Counting continues', level: 'developing', expiresAt: inHours(1) });
    expect((await current()).id).toBe(next.json.banner.id);
    expect(next.json.banner.id).not.toBe(res.json.banner.id);

    const { cookie } = await editor();
    expect((await callRoute(clearRoute, '/api/banner', {}, jsonInit('DELETE', cookie))).status).toBe(204);
    expect(await current()).toBeNull();
    const audit = await db().select().from(s.moderationActions).where(eq(s.moderationActions.targetType, 'banner'));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['banner.set', 'banner.clear']));
  });

  it('an expired banner is not shown, and the answer is kept no longer than the banner lasts', async () => {
    const res = await put({ text: 'Short-lived', level: 'notice', expiresAt: new Date(Date.now() + 20_000).toISOString() });
    const shown = await callRoute(bannerRoute, '/api/banner', {});
    expect(shown.json.banner.id).toBe(res.json.banner.id);
    expect(Number(/s-maxage=(\d+)/.exec(shown.headers.get('cache-control')!)![1])).toBeLessThanOrEqual(20);
    await db().update(s.siteBanners).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(s.siteBanners.id, res.json.banner.id));
    expect(await current()).toBeNull();
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const before = await db().$count(s.siteBanners);
    const cases: [unknown, string][] = [
      [{ text: '', level: 'breaking', expiresAt: inHours(1) }, 'text'],
      [{ text: 'x'.repeat(201), level: 'breaking', expiresAt: inHours(1) }, 'text'],
      [{ text: 'Two\r\nlines', level: 'breaking', expiresAt: inHours(1) }, 'text'],
      [{ text: 'Script', url: 'javascript:alert(1)', level: 'breaking', expiresAt: inHours(1) }, 'url'],
      [{ text: 'Protocol-relative', url: '//evil.example', level: 'breaking', expiresAt: inHours(1) }, 'url'],
      [{ text: 'Loud', level: 'apocalyptic', expiresAt: inHours(1) }, 'level'],
      [{ text: 'Past', level: 'breaking', expiresAt: inHours(-1) }, 'expiresAt'],
      [{ text: 'Forever', level: 'breaking', expiresAt: inHours(24 * 8) }, 'expiresAt'],
      [{ text: 'When?', level: 'breaking', expiresAt: 'tonight' }, 'expiresAt'],
      [{ text: "'; drop table site_banners; --", level: 'breaking', expiresAt: inHours(1), extra: 1 }, '_'],
    ];
    for (const [body, field] of cases) {
      const res = await put(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json.error.fields ?? { _: '' })[0], JSON.stringify(body)).toBe(field);
    }
    expect(await db().$count(s.siteBanners)).toBe(before);
  });

  it('only editors and admins put it up or take it down', async () => {
    for (const role of ['reader', 'author'] as const) {
      const { cookie } = await createUser(db(), role);
      expect((await put({ text: 'Nope', level: 'breaking', expiresAt: inHours(1) }, cookie)).status).toBe(403);
      expect((await callRoute(clearRoute, '/api/banner', {}, jsonInit('DELETE', cookie))).status).toBe(403);
    }
    expect((await callRoute(setRoute, '/api/banner', {}, jsonInit('PUT', undefined, { text: 'Nope', level: 'breaking', expiresAt: inHours(1) }))).status).toBe(401);
  });
});
