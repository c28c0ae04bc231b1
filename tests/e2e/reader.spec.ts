import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes';
const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

test('a reader goes from the front page to a story, its author, and search', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Top stories' })).toBeVisible();
  const lead = page.getByRole('region', { name: 'Lead story' }).getByRole('link', { name: /Polls close in Valdoria/ });
  await lead.click();

  await expect(page).toHaveURL(/\/world\/polls-close-in-valdoria/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Polls close in Valdoria as both candidates claim early lead');
  await expect(page.getByText('Developing story').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Updates and corrections' })).toContainText('first partial count');

  const related = page.getByRole('region', { name: 'See what’s next' });
  await expect(related.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('complementary', { name: 'About Inés Carvalho' })).toContainText('São Paulo');

  // The comments load as the reader nears them.
  await page.locator('#comments').scrollIntoViewIfNeeded();
  const thread = page.getByTestId('comment-thread');
  await expect(thread.locator('li').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /\d+ comments?/ })).toBeVisible();

  await page.getByRole('link', { name: 'Inés Carvalho' }).first().click();
  await expect(page).toHaveURL('/author/ines-carvalho');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inés Carvalho');
  await expect(page.getByText('Latin America correspondent')).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search stories' }).fill('drought reservoir');
  await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=drought/);
  await expect(page.getByRole('link', { name: /Serra Alta/ })).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
});

test('the article shows its body, related stories, bio and thread; screenshots at phone and desktop widths', async ({ page }) => {
  for (const [name, width] of [['phone', 360], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
    await shot(page, `front-${name}`);

    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { name: 'The open questions' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'See what’s next' }).first()).toBeVisible();
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('comment-thread').locator('li').first()).toBeVisible();
    // Nothing overflows the screen sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, `article-${name}`);
  }
});

test('the article text needs no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Emergency powers bill');
  await expect(page.getByText('Twenty-three coalition members abstained')).toBeVisible();
  await context.close();
});

test('pages are cacheable by a CDN and carry their metadata', async ({ page, request }) => {
  const response = await request.get(ARTICLE);
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  await page.goto(ARTICLE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${ARTICLE}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Emergency powers bill/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.correction[0].text).toContain('twenty-three');

  for (const [path, type] of [['/feed.xml', 'rss'], ['/world/feed.xml', 'rss'], ['/sitemap.xml', 'xml'], ['/robots.txt', 'text']] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toContain(type);
  }
});

test('the keyboard reaches a visible skip link, and unknown pages say so', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const missing = await page.goto('/world/no-such-story');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await page.goto('/world/page/abc'))?.status()).toBe(404);
  for (const path of ['/tag/elections/page/abc', '/tag/elections/page/1', '/tag/elections/archive', '/author/ines-carvalho/page/0', '/author/ines-carvalho/x/y/z']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.goto('/search?q=%27%3B%20drop%20table%20articles&page=abc'))?.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Page must be');
});

test('a dark system theme gives a dark page', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  // Read the painted colour back through a canvas: the computed value may be in any CSS colour space.
  const [r, g, b] = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    return Array.from(ctx.getImageData(0, 0, 1, 1).data);
  });
  expect(r! + g! + b!).toBeLessThan(100);
  await page.screenshot({ path: 'artifacts/screenshots/article-dark.png' });
  await context.close();
});

test('a comment permalink scrolls to the comment and highlights it', async ({ page, request }) => {
  const thread = await (await request.get(`/api/articles${ARTICLE.replace('/politics', '')}/comments?sort=oldest&limit=50`)).json();
  const target = thread.comments.at(-1);
  await page.goto(`${ARTICLE}#comment-${target.id}`);
  const comment = page.locator(`#comment-${target.id}`);
  await expect(comment).toBeInViewport();
  await expect(comment).toHaveClass(/comment-target/);
});
