import { expect, test } from '@playwright/test';
import { startOwnServer, type OwnServer } from './own-server';

/**
 * "Most read" on a server of its own that believes X-Forwarded-For (TRUST_PROXY=1, as behind a proxy), so a
 * hundred views can come from a hundred readers, as they would.
 */
const STORY = '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes';
const OTHER = '/world/polls-close-in-valdoria-as-both-candidates-claim-early-lead';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({ env: { SEED_DEMO: '1', DEMO_PASSWORD: 'most-read-password-1', TRUST_PROXY: '1' } });
});
test.afterAll(async () => {
  await server?.stop();
});

/** Opens a story in the browser (its beacon counts one view) and returns the story's id. */
async function beaconOf(page: import('@playwright/test').Page, path: string): Promise<number> {
  await Promise.all([page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST'), page.goto(`${server.base}${path}`)]);
  return Number(await page.locator('article[data-article-id]').getAttribute('data-article-id'));
}

test('a hundred readers of one story put it at the top of Most read after the next batch; a crawler’s hundred visits count for nothing', async ({ browser, playwright }) => {
  test.setTimeout(90_000);
  // A reader's browser (headless Chromium says "HeadlessChrome", which isbot rightly takes for a robot).
  const page = await (await browser.newContext({ userAgent: BROWSER })).newPage();
  const story = await beaconOf(page, STORY);
  const other = await beaconOf(page, OTHER);
  const api = await playwright.request.newContext({ baseURL: server.base });
  const send = (id: number, i: number, userAgent: string) =>
    api.post('/api/views', { data: { id }, headers: { 'user-agent': userAgent, 'x-forwarded-for': `198.51.100.${i % 250}, 10.0.0.1` } });
  for (let i = 0; i < 99; i++) expect((await send(story, i, BROWSER)).status()).toBe(204);
  for (let i = 0; i < 100; i++) expect((await send(other, i, GOOGLEBOT)).status()).toBe(204);

  // Within a batch (10 s), the front page's list shows it first; the crawled story has only its one view.
  await expect
    .poll(
      async () => {
        await page.goto(server.base);
        const list = page.getByRole('list', { name: 'Most read stories' });
        await list.waitFor({ timeout: 2_000 }).catch(() => undefined);
        return list.getByRole('listitem').allTextContents();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toEqual(['Emergency powers bill passes second reading by eleven votes', 'Polls close in Valdoria as both candidates claim early lead']);
  const counts = await (await api.get('/api/most-read')).json();
  expect(counts.stories.map((s: { id: number; views: number }) => [s.id, s.views])).toEqual([[story, 100], [other, 1]]);
  await page.getByRole('region', { name: 'Most read' }).screenshot({ path: 'artifacts/screenshots/most-read.png' });

  // The section's list and the story page's show it too.
  await page.goto(`${server.base}/politics`);
  await expect(page.getByRole('list', { name: 'Most read stories' }).getByRole('listitem').first()).toHaveText('Emergency powers bill passes second reading by eleven votes');
});
