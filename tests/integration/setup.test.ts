import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getSetup, POST as postSetup } from '@/app/api/setup/route';
import { authenticate } from '@/lib/accounts/authenticate';
import * as s from '@/lib/db/schema';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { issueSetupToken } from '@/lib/setup/setup';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';
import { jsonInit } from '../helpers/users';

/**
 * First run. The test database starts as the demo (which needs no setup); the first test turns it into a site
 * without an admin, as a fresh PostgreSQL or `SEED_DEMO=0` deployment is.
 */
const database = setupTestDatabase();
const db = () => database.current().db;

const setup = (body: unknown) => callRoute(postSetup, '/api/setup', {}, jsonInit('POST', undefined, body));
const admin = (email: string) => ({ name: 'Hana Harbour', email, password: 'a long harbour passphrase' });
const adminCount = async () => (await db().select({ id: s.users.id }).from(s.users).where(eq(s.users.role, 'admin'))).length;

describe('first-run setup', () => {
  it('the demo database needs none, and issues no token', async () => {
    expect((await callRoute(getSetup, '/api/setup', {})).json).toEqual({ needed: false });
    expect(await issueSetupToken()).toBeNull();
    expect((await setup({ token: 'anything', publicationName: 'X', admin: admin('x@example.org') })).status).toBe(409);
  });

  it('without an admin: needed; a missing or wrong token is 403 and bad fields 400, with nothing stored', async () => {
    await db().update(s.users).set({ role: 'editor' }).where(eq(s.users.role, 'admin'));
    expect((await callRoute(getSetup, '/api/setup', {})).json).toEqual({ needed: true });
    const token = await issueSetupToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);

    expect((await setup({ publicationName: 'The Harbour Gazette', admin: admin('hana@harbour.example') })).status).toBe(403);
    expect((await setup({ token: `${token}x`, publicationName: 'The Harbour Gazette', admin: admin('hana@harbour.example') })).status).toBe(403);
    expect((await setup({ token: 42, publicationName: 'The Harbour Gazette', admin: admin('hana@harbour.example') })).status).toBe(403);

    const bad = await setup({ token, publicationName: 'x'.repeat(10_000), admin: { name: '', email: 'not-an-email', password: 'short' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['admin.email', 'admin.name', 'admin.password', 'publicationName']);
    const taken = await setup({ token, publicationName: 'The Harbour Gazette', admin: admin('reader@meridian.example') });
    expect(taken.status).toBe(400);
    expect(taken.json.error.fields).toHaveProperty(['admin.email']);
    const notJson = await callRoute(postSetup, '/api/setup', {}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"token":' });
    expect(notJson.status).toBe(400);

    expect(await adminCount()).toBe(0);
    expect((await readSiteSettings()).publicationName).toBe('The Meridian Courier');
  });

  it('of several setups racing with the right token exactly one wins; the admin can sign in and the name is set', async () => {
    const token = await issueSetupToken();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => setup({ token, publicationName: `The Harbour Gazette ${i}`, admin: admin(`racer-${i}@harbour.example`) })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 201)!;
    expect(winner.json.account).toMatchObject({ role: 'admin', name: 'Hana Harbour' });
    expect(winner.headers.get('cache-control')).toContain('no-store');
    expect(await adminCount()).toBe(1);

    const index = winner.json.account.email.match(/racer-(\d)/)[1];
    const settings = await readSiteSettings();
    expect(settings.publicationName).toBe(`The Harbour Gazette ${index}`);
    expect(await authenticate({ email: winner.json.account.email, password: 'a long harbour passphrase' }, '192.0.2.7')).toMatchObject({ role: 'admin' });
    const [user] = await db().select().from(s.users).where(eq(s.users.email, winner.json.account.email));
    expect(user!.emailVerified).not.toBeNull();

    const log = await db().select().from(s.moderationActions).where(eq(s.moderationActions.actorId, user!.id));
    expect(log.map((e) => e.action).sort()).toEqual(['setting.update', 'site.setup']);
    expect(log.find((e) => e.action === 'setting.update')).toMatchObject({ targetId: 'publicationName', before: 'The Meridian Courier', after: `The Harbour Gazette ${index}` });

    // The token is spent: setup answers 409 from now on, and no new token is issued.
    expect((await setup({ token, publicationName: 'Again', admin: admin('again@harbour.example') })).status).toBe(409);
    expect(await issueSetupToken()).toBeNull();
    expect((await callRoute(getSetup, '/api/setup', {})).json).toEqual({ needed: false });
  });
});
