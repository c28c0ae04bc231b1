import { expect, test } from '@playwright/test';
import { demoPassword, signIn, signedInApi } from './helpers';

const STORY = '/world/polls-close-in-valdoria-as-both-candidates-claim-early-lead';

test.afterAll(async ({ playwright, baseURL }) => {
  // The suite's server is shared: no banner is left over the other specs' pages.
  const editor = await signedInApi(playwright, baseURL!, 'editor@meridian.example', demoPassword());
  await editor.delete('/api/banner');
});

test('an editor puts up a breaking-news banner: the next page any reader opens shows it, cached pages and all; readers can dismiss it', async ({ browser, page }) => {
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.goto('/'); // the front page is now cached
  await expect(reader.getByRole('complementary', { name: /news$/ })).toHaveCount(0);

  await signIn(page, 'editor@meridian.example', demoPassword());
  await page.goto('/newsroom/banner');
  const form = page.getByRole('form', { name: 'Banner' });
  await form.getByLabel('Text').fill('Polls have closed in Valdoria: results after midnight');
  await form.getByLabel(/^Link/).fill(STORY);
  await form.getByLabel('Level').selectOption('breaking');
  await form.getByRole('button', { name: 'Put it up' }).click();
  await expect(page.getByRole('status')).toHaveText('Up now: “Polls have closed in Valdoria: results after midnight”');
  const savedAt = Date.now();

  // Within a second every page's request for it has it, though the pages themselves stay cached.
  await expect
    .poll(async () => (await (await reader.request.get('/api/banner')).json()).banner?.text, { timeout: 1_000, intervals: [50] })
    .toBe('Polls have closed in Valdoria: results after midnight');
  console.log(`Banner: served ${Date.now() - savedAt} ms after saving`);
  const response = await reader.goto('/');
  expect(response!.headers()['cache-control']).toContain('s-maxage');
  const banner = reader.getByRole('complementary', { name: 'Breaking news' });
  await expect(banner).toContainText('Polls have closed in Valdoria: results after midnight');
  await reader.screenshot({ path: 'artifacts/screenshots/breaking-banner.png' });

  await reader.goto('/sport');
  await expect(banner).toBeVisible();
  await banner.getByRole('link').click();
  await expect(reader).toHaveURL(new RegExp(`${STORY}$`));
  await banner.getByRole('button', { name: 'Dismiss this banner' }).click();
  await expect(banner).toHaveCount(0);
  await Promise.all([reader.waitForResponse('**/api/banner'), reader.reload()]);
  await reader.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await expect(banner).toHaveCount(0);

  // Taken down: gone for those who had not dismissed it too.
  await page.getByRole('button', { name: 'Take it down' }).click();
  await expect(page.getByRole('status')).toHaveText('No banner is up.');
  const other = await (await browser.newContext()).newPage();
  await Promise.all([other.waitForResponse('**/api/banner'), other.goto('/')]);
  await other.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await expect(other.getByRole('complementary', { name: 'Breaking news' })).toHaveCount(0);
});
