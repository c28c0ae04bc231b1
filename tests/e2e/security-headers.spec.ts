import { expect, test, type Page } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

/** The review's finding 3: browser security headers on every answer, and a policy the site itself never breaks. */

const ARTICLE = '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes';

/** Records every Content-Security-Policy violation the page reports, from the first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)), ...consoleErrors];
}

test('every answer carries the security headers; HSTS only over HTTPS', async ({ request }) => {
  for (const path of ['/', ARTICLE, '/sign-in', '/api/health', '/feed.xml', '/newsroom']) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("object-src 'none'");
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['strict-transport-security'], path).toBeUndefined();
  }
  const overHttps = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  // Cached pages stay cached under the policy.
  await request.get(ARTICLE);
  expect((await request.get(ARTICLE)).headers()['x-nextjs-cache']).toBe('HIT');
});

test('no page type breaks the policy: reading, comments, sign-in, the editor, the desk and its charts', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext()).newPage();
  const violations = await watchViolations(page);
  for (const path of ['/', '/politics', ARTICLE, '/tag/elections', '/author/ines-carvalho', '/about', '/search?q=bill', '/sign-up', '/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
  }
  // Comments load and take a post; sign-in works.
  await signIn(page, 'reader@meridian.example', demoPassword());
  await page.goto(`${ARTICLE}#comment-form`);
  const box = page.getByLabel(/Join the conversation as/);
  await box.fill(`Posted under the policy ${Date.now()}`);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('status').filter({ hasText: /published|awaiting moderation/ })).toBeVisible();
  await page.goto('/account');
  expect(await violations()).toEqual([]);

  // The newsroom: the editor (Tiptap), the moderation desk and the overview's charts (recharts).
  const editor = await (await browser.newContext()).newPage();
  const editorViolations = await watchViolations(editor);
  await signIn(editor, 'editor@meridian.example', demoPassword());
  await editor.goto('/newsroom/articles/new');
  await editor.getByLabel('Headline', { exact: true }).fill('A story written under the policy');
  await editor.getByRole('button', { name: 'Start writing' }).click();
  await expect(editor.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await editor.getByRole('textbox', { name: 'Story body' }).click();
  await editor.keyboard.type('Typed in the editor with the policy in force.');
  await expect(editor.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  const id = editor.url().split('/').pop();
  await editor.goto('/newsroom/moderation');
  await expect(editor.getByRole('heading', { name: 'Moderation', level: 1 })).toBeVisible();
  await editor.goto('/newsroom/moderation/overview');
  await expect(editor.getByRole('figure').first()).toBeVisible();
  await editor.goto('/newsroom/sections');
  await editor.goto(`/preview/${id}`);
  expect(await editorViolations()).toEqual([]);
  expect((await editor.request.delete(`/api/newsroom/articles/${id}`)).status()).toBe(204);
});

test('a cached page names its inline scripts by hash: an injected inline script does not run', async ({ browser, request }) => {
  await request.get(ARTICLE); // cached now
  const res = await request.get(ARTICLE);
  const policies = res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value);
  const hashed = policies.find((p) => p.includes("'sha256-"))!;
  expect(hashed).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(hashed.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');

  const page = await (await browser.newContext()).newPage();
  const violations = await watchViolations(page);
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]); // the page's own scripts all run
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
});

