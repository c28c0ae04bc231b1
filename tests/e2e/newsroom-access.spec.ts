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
  await author.page.goto('/newsroom/users');
  await expect(author.page.getByRole('main').getByRole('alert')).toHaveText('Your role does not allow this.');
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
