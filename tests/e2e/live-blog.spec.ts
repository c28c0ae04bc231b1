import { expect, test } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

const STORY = '/world/coalition-talks-stall-in-ostrava-over-the-finance-ministry';

test('an editor runs a live blog: a reader’s open page offers “1 new update” within two seconds, then coverage ends', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(STORY);
  const id = await reader.locator('article[data-article-id]').getAttribute('data-article-id');

  await signIn(page, 'editor@meridian.example', demoPassword());
  await page.goto(`/newsroom/articles/${id}`);
  const panel = page.getByRole('region', { name: 'Live coverage' });
  await panel.getByRole('button', { name: 'Start live coverage' }).click();
  await expect(panel.getByText('Live now: readers see new entries as you post them.')).toBeVisible();

  await reader.reload();
  const live = reader.getByRole('region', { name: /^Live/ });
  await expect(live.getByText('The first update is coming.')).toBeVisible();

  const form = panel.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Entry headline (optional)').fill('Talks resume at dawn');
  await form.getByRole('textbox', { name: 'Entry', exact: true }).click();
  await page.keyboard.type('The finance ministry question is back on the table, negotiators say.');
  await form.getByLabel('Key event (pinned at the top)').check();
  await form.getByRole('button', { name: 'Post entry' }).click();
  const postedAt = Date.now();
  await expect(panel.getByRole('list', { name: 'Entries' })).toContainText('Talks resume at dawn');

  // The reader's page, open all along, offers it without moving anything, within two seconds.
  const more = live.getByRole('button', { name: '1 new update' });
  await expect(more).toBeVisible({ timeout: 2_000 });
  console.log(`Live blog: "1 new update" on the reader's open page ${Date.now() - postedAt} ms after posting`);
  await expect(live.getByRole('list', { name: 'Live updates' }).getByRole('listitem')).toHaveCount(0);
  await more.click();
  const entry = live.getByRole('list', { name: 'Live updates' }).getByRole('listitem').first();
  await expect(entry).toContainText('Talks resume at dawn');
  await expect(entry).toContainText('The finance ministry question is back on the table, negotiators say.');
  await expect(live.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: 'Talks resume at dawn' })).toBeVisible();
  await live.screenshot({ path: 'artifacts/screenshots/live-blog.png' });

  // Search engines get LiveBlogPosting with the coverage start.
  await reader.reload();
  const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const posting = jsonLd.map((t) => JSON.parse(t)).find((d) => d['@type'] === 'LiveBlogPosting');
  expect(posting).toMatchObject({ coverageStartTime: expect.any(String), liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Talks resume at dawn' }] });

  // Ended: an ordinary story, its entries kept, no more asking.
  await panel.getByRole('button', { name: 'End live coverage' }).click();
  await expect(panel.getByText('Coverage has ended: an ordinary story, entries kept.')).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole('region', { name: 'Live coverage' })).toContainText('Talks resume at dawn');
  await expect(reader.getByRole('region', { name: 'Live coverage' })).toContainText('ended');
  const jsonLdAfter = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(jsonLdAfter.find((d) => d['@type'] === 'LiveBlogPosting')).toHaveProperty('coverageEndTime');
});
