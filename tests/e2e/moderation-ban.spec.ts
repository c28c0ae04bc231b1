import { expect, test } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

test('an admin bans a reader, and the reader’s next action is refused', async ({ browser }) => {
  const email = `banned-${Date.now()}@example.org`;
  const password = 'a reader with opinions';

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const signUp = await reader.request.post('/api/account', { data: { email, password, name: 'Soon Banned' } });
  expect(signUp.status()).toBe(201);
  await signIn(reader, email, password);

  // Readers are turned away from the newsroom.
  expect((await reader.goto('/newsroom/users'))?.status()).toBe(403);
  await expect(reader.getByText('The newsroom is for the publication’s staff.')).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@meridian.example', demoPassword());
  await admin.goto(`/newsroom/users?q=${encodeURIComponent(email)}`);
  const row = admin.getByRole('listitem', { name: 'Soon Banned' });
  await row.getByLabel('Ban reason').fill('Abusive replies');
  await row.getByRole('button', { name: 'Ban' }).click();
  await expect(row.getByText('banned: Abusive replies')).toBeVisible();
  await admin.screenshot({ path: 'artifacts/screenshots/newsroom-users.png', fullPage: true });

  // The ban ends the reader's session at once; signed in again, they can read but their writes are refused.
  expect((await reader.request.get('/api/account')).status()).toBe(401);
  await reader.goto('/account');
  await expect(reader).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await signIn(reader, email, password);
  await reader.goto('/account');
  await expect(reader.getByText('Your account is suspended')).toBeVisible();
  const nameForm = reader.getByRole('form', { name: 'Change name' });
  await nameForm.getByLabel('Name').fill('Still Talking');
  await nameForm.getByRole('button', { name: 'Change name' }).click();
  await expect(nameForm.getByRole('alert')).toContainText('suspended');
  const me = await (await reader.request.get('/api/account')).json();
  expect(me.account.name).toBe('Soon Banned');

  await readerContext.close();
  await adminContext.close();
});

test('signed-out visitors are sent to sign in from the newsroom', async ({ page }) => {
  await page.goto('/newsroom/users');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnewsroom/);
});
