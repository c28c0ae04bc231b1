import { expect, test } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

test('an author edits their bio and readers get the new one at once', async ({ page, request }) => {
  // Warm the cache first, as readers would have.
  expect((await (await request.get('/api/authors/noor-haddad')).json()).author.title).toBe('Culture critic');
  await page.goto('/author/noor-haddad');

  await signIn(page, 'noor@meridian.example', demoPassword());
  await page.goto('/newsroom/profile');
  await page.getByLabel('Title').fill('Chief culture critic');
  await page.getByLabel('Short bio (under articles)').fill('Noor Haddad leads the Courier’s culture coverage.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.screenshot({ path: 'artifacts/screenshots/newsroom-profile.png', fullPage: true });

  const bio = await (await request.get('/api/authors/noor-haddad')).json();
  expect(bio.author.title).toBe('Chief culture critic');
  await page.goto('/author/noor-haddad');
  await expect(page.getByText('Chief culture critic')).toBeVisible();
});
