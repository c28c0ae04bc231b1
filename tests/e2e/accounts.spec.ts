import { expect, test } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

test('a reader signs up, signs out, fails with a wrong password, and signs in', async ({ page }) => {
  const email = `reader-${Date.now()}@example.org`;
  const password = 'lighthouse keeper at dawn';

  await page.goto('/world');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fworld/);
  await page.getByRole('link', { name: 'Create an account' }).click();

  await page.getByLabel('Name').fill('Nadia Newcomer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This password is too common; choose another')).toBeVisible();

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/world$/);
  await expect(page.getByText('Signed in as')).toContainText('Nadia Newcomer');
  await page.screenshot({ path: 'artifacts/screenshots/signed-in.png' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not my password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('The email or password is not right. Check both and try again.');
  await page.screenshot({ path: 'artifacts/screenshots/sign-in-wrong-password.png' });

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Signed in as')).toContainText('Nadia Newcomer');

  const session = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  const me = await page.request.get('/api/account');
  expect(await me.json()).toMatchObject({ account: { email, role: 'reader' } });
});

test('a signed-out visitor gets 401 from /api/account', async ({ request }) => {
  const res = await request.get('/api/account');
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe('unauthorized');
});

test('the sign-out page is the site’s own and signs the reader out', async ({ page }) => {
  await signIn(page, 'reader@meridian.example', demoPassword());
  await page.goto('/api/auth/signout');
  await expect(page).toHaveURL(/\/sign-out$/);
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/account')).status()).toBe(401);
});

test('a reader downloads their data from /account: their comments are in it', async ({ page }) => {
  await signIn(page, 'reader@meridian.example', demoPassword());
  await page.goto('/account');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))) as {
    account: { email: string };
    comments: { body: string; story: { headline: string } }[];
  };
  expect(data.account.email).toBe('reader@meridian.example');
  expect(data.comments.length).toBeGreaterThan(0);
  expect(data.comments.every((c) => c.body.length > 0 && c.story.headline.length > 0)).toBe(true);
  await page.screenshot({ path: 'artifacts/screenshots/account.png', fullPage: true });
});
