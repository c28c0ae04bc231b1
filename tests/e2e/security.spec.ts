import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

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
