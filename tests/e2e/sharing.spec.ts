import { expect, test } from '@playwright/test';

const ARTICLE = '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes';

test('a story offers copy, email and the networks as plain links, with no script of theirs on the page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(ARTICLE);
  const share = page.getByRole('region', { name: 'Share this story' });
  await share.scrollIntoViewIfNeeded();
  const headline = (await page.getByRole('heading', { level: 1 }).textContent())!;

  const href = async (name: string | RegExp) => (await share.getByRole('link', { name }).getAttribute('href'))!;
  const email = new URL(await href('Email'));
  expect(email.protocol).toBe('mailto:');
  expect(email.searchParams.get('subject')).toBe(headline);
  const storyUrl = email.searchParams.get('body')!.split('\n\n')[1]!;
  expect(new URL(storyUrl).pathname).toBe(ARTICLE);

  const x = new URL(await href(/^X/));
  expect(x.origin).toBe('https://x.com');
  expect(x.searchParams.get('url')).toBe(storyUrl);
  expect(x.searchParams.get('text')).toBe(headline);
  expect(new URL(await href(/^Facebook/)).searchParams.get('u')).toBe(storyUrl);
  expect(new URL(await href(/^LinkedIn/)).searchParams.get('url')).toBe(storyUrl);
  expect(new URL(await href(/^WhatsApp/)).searchParams.get('text')).toBe(`${headline} ${storyUrl}`);
  expect(new URL(await href(/^Bluesky/)).searchParams.get('text')).toBe(`${headline} ${storyUrl}`);
  for (const name of [/^X/, /^Facebook/, /^LinkedIn/, /^WhatsApp/, /^Bluesky/]) {
    const link = share.getByRole('link', { name });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }

  // Every script on the page is the site's own.
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  expect(scripts.filter((src) => new URL(src).origin !== new URL(page.url()).origin)).toEqual([]);

  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(storyUrl);
  await share.screenshot({ path: 'artifacts/screenshots/share-links.png' });
});

test('without JavaScript the links still work and no dead button shows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const share = page.getByRole('region', { name: 'Share this story' });
  await expect(share.getByRole('link', { name: 'Email' })).toBeVisible();
  await expect(share.getByRole('button')).toHaveCount(0);
  await context.close();
});
