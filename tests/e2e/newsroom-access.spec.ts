import { expect, test } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

test('newsroom pages by role: authors edit their profile but not users; editors and admins manage users', async ({ browser }) => {
  const as = async (email: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email, demoPassword());
    return { page, close: () => context.close() };
  };

  const author = await as('ines@meridian.example');
  const refused = await author.page.goto('/newsroom/users');
  expect(refused?.status()).toBe(403);
  await expect(author.page.getByRole('heading', { name: 'Not open to you' })).toBeVisible();
  expect((await author.page.goto('/newsroom/settings'))?.status()).toBe(403);
  await author.page.goto('/newsroom/profile');
  await expect(author.page.getByLabel('Display name')).toHaveValue('Inés Carvalho');
  await author.close();

  for (const email of ['editor@meridian.example', 'admin@meridian.example']) {
    const staff = await as(email);
    await staff.page.goto('/newsroom/users?q=meridian');
    await expect(staff.page.getByRole('listitem', { name: 'Rosa Reader' })).toBeVisible();
    // Only admins see role controls.
    await expect(staff.page.getByRole('button', { name: 'Save role' }).first()).toHaveCount(email.startsWith('admin') ? 1 : 0);
    await staff.close();
  }
});

test('a demoted editor loses the moderation queue on their very next request (their session ends), though reads of the actor are cached', async ({ browser }) => {
  const as = async (email: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email, demoPassword());
    return { page, close: () => context.close() };
  };
  // A second editor, made for this test, so the demo editor keeps their role for the other tests.
  const admin = await as('admin@meridian.example');
  const email = `second-editor-${Date.now()}@example.org`;
  // From its own address (as a proxy would say), so the per-IP sign-up limit the other specs use up does not apply.
  const signUp = await admin.page.request.post('/api/account', {
    data: { email, password: 'a long fine passphrase', name: 'Second Editor' },
    headers: { 'x-forwarded-for': '198.51.100.7' },
  });
  const { account: user } = await signUp.json();
  expect((await admin.page.request.put(`/api/users/${user.id}/role`, { data: { role: 'editor' } })).status()).toBe(200);

  const editor = await browser.newContext();
  const page = await editor.newPage();
  await signIn(page, email, 'a long fine passphrase');
  for (let i = 0; i < 3; i++) expect((await page.request.get('/api/moderation/comments?queue=pending')).status()).toBe(200);
  expect((await admin.page.request.put(`/api/users/${user.id}/role`, { data: { role: 'reader', reason: 'Left the desk' } })).status()).toBe(200);
  // The change ends their session on its very next request; signed in again, they are a reader.
  expect((await page.request.get('/api/moderation/comments?queue=pending')).status()).toBe(401);
  expect((await page.request.get('/api/account')).status()).toBe(401);
  await signIn(page, email, 'a long fine passphrase');
  expect((await page.request.get('/api/moderation/comments?queue=pending')).status()).toBe(403);
  expect((await (await page.request.get('/api/account')).json()).account.role).toBe('reader');
  await editor.close();
  await admin.close();
});
