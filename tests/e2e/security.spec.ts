import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoPassword, signIn } from './helpers';
import { startOwnServer } from './own-server';

/** The findings of the outside security review, each as the reviewer reproduced it against the production build. */

async function credentialsSignIn(request: APIRequestContext, callbackUrl: string) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  return request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: 'reader@meridian.example', password: demoPassword(), callbackUrl },
    maxRedirects: 0,
  });
}

test('finding 1: a callback address with a TAB cannot send a reader to another site after signing in', async ({ page, baseURL }) => {
  await page.goto('/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fphish');
  await page.getByLabel('Email').fill('reader@meridian.example');
  await page.getByLabel('Password').fill(demoPassword());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

  await page.goto('/sign-up?callbackUrl=%2F%0A%2Fevil.example');
  const link = page.getByRole('link', { name: 'Sign in' }).last();
  expect(new URL((await link.getAttribute('href'))!, baseURL).searchParams.get('callbackUrl')).toBe('/');
});

test('finding 1: next-auth’s own redirects stay on this site, and an unparsable address is as if none was given', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of ['/\t/evil.example/phish', 'https://evil.example/', 'not a url', '//evil.example']) {
    const res = await credentialsSignIn(request, callbackUrl);
    expect(res.status(), callbackUrl).toBe(302);
    expect(new URL(res.headers().location!, baseURL).origin, callbackUrl).toBe(origin);
  }
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const signOut = await request.post('/api/auth/signout', { form: { csrfToken, callbackUrl: 'not a url' }, maxRedirects: 0 });
  expect(signOut.status()).toBe(302);
  expect(new URL(signOut.headers().location!, baseURL).origin).toBe(origin);
});

test('finding 4: a saved session cookie stops working after sign-out, and "Sign out everywhere" ends every session', async ({ browser, playwright, baseURL }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'reader@meridian.example', demoPassword());
  const saved = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'))!;
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${saved.name}=${saved.value}` } });
  expect((await replay.get('/api/account')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await replay.get('/api/account')).status()).toBe(401);
  const post = await replay.post('/api/articles/emergency-powers-bill-passes-second-reading-by-eleven-votes/comments', { data: { body: 'Replayed cookie' } });
  expect(post.status()).toBe(401);

  // Two browsers signed in; "Sign out everywhere" in one ends both.
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, 'reader@meridian.example', demoPassword());
  await signIn(phone, 'reader@meridian.example', demoPassword());
  await laptop.goto('/account');
  await laptop.getByRole('form', { name: 'Sign out everywhere' }).getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  expect((await phone.request.get('/api/account')).status()).toBe(401);
  expect((await laptop.request.get('/api/account')).status()).toBe(401);
  await replay.dispose();
});

const setCookies = (res: { headersArray(): { name: string; value: string }[] }) =>
  res.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);

test('finding 8: forwarded headers a client sends are not believed without TRUST_PROXY', async ({ playwright, baseURL }) => {
  const spoofing = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } });
  const res = await credentialsSignIn(spoofing, '/world');
  expect(res.status()).toBe(302);
  expect(new URL(res.headers().location!).host).toBe(new URL(baseURL!).host);
  const session = setCookies(res).find((c) => c.includes('next-auth.session-token='))!;
  expect(session).toMatch(/^next-auth\.session-token=/); // not the __Secure- cookie over plain http
  expect(session).not.toMatch(/; Secure/i);
  // The same-origin check reads the Host header, not a forwarded one.
  const write = await spoofing.post('/api/account', { data: { email: 'x@example.org', password: 'a long fine passphrase', name: 'X' }, headers: { origin: 'https://evil.example' } });
  expect(write.status()).toBe(403);
  await spoofing.dispose();
});

test('finding 8: behind a trusted HTTPS proxy (TRUST_PROXY=1) the session cookie is Secure, HttpOnly and SameSite=Lax', async ({ playwright }) => {
  const server = await startOwnServer({ env: { TRUST_PROXY: '1' }, ready: /Set up this site at \S+token=[\w-]+/ });
  try {
    const token = /token=([\w-]+)/.exec(server.log())![1];
    const api = await playwright.request.newContext({ baseURL: server.base, extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
    const admin = { name: 'Proxy Admin', email: 'proxy@example.org', password: 'a long proxy passphrase' };
    expect((await api.post('/api/setup', { data: { token, publicationName: 'Behind a proxy', admin } })).status()).toBe(201);
    const csrf = await api.get('/api/auth/csrf');
    const { csrfToken } = await csrf.json();
    const csrfCookie = setCookies(csrf).find((c) => c.startsWith('__Host-next-auth.csrf-token='))!;
    expect(csrfCookie).toMatch(/; Secure/);
    const res = await api.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: admin.email, password: admin.password },
      headers: { cookie: csrfCookie.split(';')[0]! },
      maxRedirects: 0,
    });
    const session = setCookies(res).find((c) => c.includes('next-auth.session-token='))!;
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/SameSite=Lax/i);
    await api.dispose();
  } finally {
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
});

test('finding 7: refused pages answer 403, unknown API addresses JSON, other methods 405 with Allow', async ({ browser, request }) => {
  const author = await (await browser.newContext()).newPage();
  await signIn(author, 'ines@meridian.example', demoPassword());
  expect((await author.goto('/newsroom/settings'))?.status()).toBe(403);
  expect((await author.goto('/newsroom/moderation'))?.status()).toBe(403);
  expect((await author.request.get('/newsroom/users')).status()).toBe(403);
  for (const path of ['/no-such-page', '/politics/no-such-story', '/a/b/c/d']) {
    expect((await request.get(path)).status(), path).toBe(404);
    await author.goto(path);
    await expect(author.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
    await expect(author.locator('main'), path).toHaveCount(1);
  }
  const unknown = await request.get('/api/no-such-thing');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
  const put = await request.put('/api/health');
  expect(put.status()).toBe(405);
  expect(put.headers().allow).toBe('GET, HEAD, OPTIONS');
  expect((await put.json()).error.code).toBe('method_not_allowed');
  const newsroom = await author.request.get('/api/newsroom/articles');
  expect(newsroom.headers()['cache-control']).toBe('private, no-store');
});
