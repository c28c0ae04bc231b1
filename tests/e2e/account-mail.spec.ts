import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startMailServer, type MailServer } from '../helpers/mail-server';
import { signedInApi } from './helpers';
import { htmlProblems } from './html-validity';
import { freePort, startOwnServer, type OwnServer } from './own-server';

/**
 * Accounts as readers meet them on a site that sends email, against a real SMTP server on loopback: a
 * forgotten password, a new reader's address confirmed, a reply notification followed to the comment and
 * unsubscribed from, and a reply posted while the mail server is down that is emailed once it is back.
 */

const PASSWORD = 'account-mail-password-1';
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const ARTICLE = `/politics/${SLUG}`;
const NEWCOMER = { name: 'Nadia Newcomer', email: `nadia-${Date.now()}@example.org`, password: 'a newcomer with views' };
const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

let mail: MailServer;
let server: OwnServer;
let newcomer: BrowserContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(120_000);
  mail = await startMailServer();
  const port = await freePort();
  server = await startOwnServer({
    port,
    env: { SEED_DEMO: '1', DEMO_PASSWORD: PASSWORD, EMAIL_SERVER: mail.url, EMAIL_FROM: 'news@gazette.example', SITE_URL: `http://127.0.0.1:${port}` },
  });
  // A newcomer's first comment would be held anyway; here only the unconfirmed address may hold it.
  const admin = await signedInApi(playwright, server.base, 'admin@meridian.example', PASSWORD);
  const { settings } = await (await admin.get('/api/moderation/settings')).json();
  const { sections: _sections, ...rules } = settings;
  expect((await admin.put('/api/moderation/settings', { data: { ...rules, holdFirstComments: false } })).status()).toBe(200);
});

test.afterAll(async () => {
  await newcomer?.close();
  await server?.stop();
  await mail?.stop();
});

async function signIn(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { context, page };
}

async function postComment(page: Page, label: string, body: string) {
  await page.goto(ARTICLE);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await page.getByLabel(label).fill(body);
  await page.getByRole('button', { name: 'Post comment' }).click();
}

test('forgot password: the email’s link sets a new one, the old one stops working and old sessions end', async ({ browser }) => {
  const before = await signIn(browser, 'editor@meridian.example', PASSWORD);
  await expect(before.page.getByText('Signed in as')).toBeVisible();

  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill('editor@meridian.example');
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account uses this address');

  const [message] = await mail.waitFor('editor@meridian.example');
  expect(message!.subject).toBe('Reset your password for The Meridian Courier');
  await page.goto(mail.link(message!, `${server.base}/reset-password?token=`));
  await shot(page, 'reset-password');
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set my new password' }).click();
  await expect(page.locator('p[role="alert"]')).toContainText('at least 10 characters');
  await page.getByLabel('New password', { exact: true }).fill('a fresh editorial passphrase');
  await page.getByRole('button', { name: 'Set my new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your new password is set');

  // The old session ends; the old password fails; the new one works.
  await before.page.goto('/account');
  await expect(before.page).toHaveURL(/\/sign-in/);
  const old = await signIn(browser, 'editor@meridian.example', PASSWORD);
  await expect(old.page.locator('p[role="alert"]')).toContainText('The email or password is not right');
  const fresh = await signIn(browser, 'editor@meridian.example', 'a fresh editorial passphrase');
  await expect(fresh.page.getByText('Signed in as')).toBeVisible();

  // The link works once.
  await page.goto(mail.link(message!, `${server.base}/reset-password?token=`));
  await page.getByLabel('New password', { exact: true }).fill('yet another passphrase here');
  await page.getByRole('button', { name: 'Set my new password' }).click();
  await expect(page.locator('p[role="alert"]')).toContainText('used already');
  await Promise.all([before.context.close(), old.context.close(), fresh.context.close(), context.close()]);
});

test('sign up: the comment waits until the address is confirmed; the next one is published', async ({ browser }) => {
  newcomer = await browser.newContext({ baseURL: server.base });
  const page = await newcomer.newPage();
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(ARTICLE)}`);
  await page.getByLabel('Name').fill(NEWCOMER.name);
  await page.getByLabel('Email', { exact: true }).fill(NEWCOMER.email);
  await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));

  await postComment(page, `Join the conversation as ${NEWCOMER.name}`, 'My first words here, before confirming my address.');
  await expect(page.getByText('waits for a moderator until you confirm your email address')).toBeVisible();

  // The desk shows why it waits.
  const admin = await signIn(browser, 'admin@meridian.example', PASSWORD);
  await expect(admin.page.getByText('Signed in as')).toBeVisible();
  await admin.page.goto('/newsroom/moderation');
  const card = admin.page.getByRole('listitem', { name: `Comment by ${NEWCOMER.name}` }).filter({ hasText: 'My first words here, before confirming my address.' });
  await expect(card).toContainText('email not verified');
  await admin.context.close();

  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Confirm your email address' })).toBeVisible();
  await shot(page, 'account-unconfirmed');

  const [message] = await mail.waitFor(NEWCOMER.email);
  expect(message!.subject).toBe('Confirm your email address for The Meridian Courier');
  await page.goto(mail.link(message!, `${server.base}/verify-email?token=`));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page.getByRole('status')).toContainText(`${NEWCOMER.email} is confirmed`);
  await shot(page, 'email-confirmed');

  await postComment(page, `Join the conversation as ${NEWCOMER.name}`, 'Now that my address is confirmed, this appears at once.');
  await expect(page.getByText('Your comment is published.')).toBeVisible();
  await expect(page.getByTestId('comment-thread').getByText('Now that my address is confirmed, this appears at once.')).toBeVisible();
  // Confirming released nothing: the first comment still waits, shown only to its author.
  await expect(page.getByRole('list', { name: 'Your comments not yet published' })).toContainText('My first words here, before confirming my address.');
});

test('a reply is emailed with a link to it and one-click unsubscribe; unsubscribing switches replies off', async ({ browser, playwright }) => {
  const rosa = await signedInApi(playwright, server.base, 'reader@meridian.example', PASSWORD);
  const mine = await rosa.post(`/api/articles/${SLUG}/comments`, { data: { body: 'Rosa asks: what happens at the third reading?' } });
  const { comment } = await mine.json();
  const reply = await newcomer.request.post(`/api/articles/${SLUG}/comments`, { data: { body: 'Nadia answers: the Lords get their say first.', parentId: comment.id } });
  expect(reply.status()).toBe(201);
  const replyId = (await reply.json()).comment.id;

  const [message] = await mail.waitFor('reader@meridian.example');
  expect(message!.subject).toMatch(/^Nadia Newcomer replied to your comment on “Emergency powers bill/);
  expect(message!.text).toContain('Nadia answers: the Lords get their say first.');
  expect(message!.parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toContain('List-Unsubscribe=One-Click');

  const { context, page } = await signIn(browser, 'reader@meridian.example', PASSWORD);
  await expect(page.getByText('Signed in as')).toBeVisible();
  await page.goto(mail.link(message!, `${server.base}${ARTICLE}#comment-`));
  const target = page.locator(`#comment-${replyId}`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/comment-target/);
  await expect(target).toContainText('Nadia answers: the Lords get their say first.');
  await shot(page, 'reply-permalink');

  await page.goto(mail.link(message!, `${server.base}/unsubscribe?token=`));
  await expect(page.getByText('Stop emails about replies to your comments?')).toBeVisible();
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status')).toContainText('You will no longer get emails about replies to your comments.');
  await page.goto('/account#emails');
  await expect(page.getByLabel('When someone replies to my comments')).not.toBeChecked();
  await shot(page, 'account-emails');
  await context.close();
});

test('a newsletter sign-up from the front page works without JavaScript, and takes effect once confirmed', async ({ browser }) => {
  const email = `subscriber-${Date.now()}@example.org`;
  const noScript = await browser.newContext({ baseURL: server.base, javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto('/');
  const box = page.getByRole('region', { name: 'Get Morning Briefing by email' });
  await expect(box).toBeVisible();
  // The box (a form with a hidden field) keeps the front page and stories valid HTML.
  for (const path of ['/', ARTICLE]) expect(await htmlProblems(await (await fetch(`${server.base}${path}`)).text())).toEqual([]);
  await box.getByLabel('Email address').fill(email);
  await shot(page, 'newsletter-box');
  await box.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page).toHaveURL(/\/newsletters\/morning-briefing\?sent=1$/);
  await expect(page.getByRole('status')).toContainText('Check your inbox');
  await noScript.close();

  const [message] = await mail.waitFor(email);
  expect(message!.subject).toBe('Confirm your subscription to Morning Briefing');
  const context = await browser.newContext({ baseURL: server.base });
  const confirmPage = await context.newPage();
  await confirmPage.goto(mail.link(message!, `${server.base}/newsletters/confirm?token=`));
  await confirmPage.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(confirmPage.getByRole('status')).toContainText(`${email} will get Morning Briefing`);
  await context.close();

  // The newsroom counts them.
  const admin = await signIn(browser, 'admin@meridian.example', PASSWORD);
  await expect(admin.page.getByText('Signed in as')).toBeVisible();
  await admin.page.goto('/newsroom/newsletters');
  await expect(admin.page.getByText(/Morning Briefing · 1 subscribed/)).toBeVisible();
  await shot(admin.page, 'newsroom-newsletters');
  await admin.context.close();
});

test('with the mail server down a reply still posts (201), and its email arrives once the server is back', async ({ playwright }) => {
  test.setTimeout(120_000);
  const admin = await signedInApi(playwright, server.base, 'admin@meridian.example', PASSWORD);
  const { comment } = await (await admin.post(`/api/articles/${SLUG}/comments`, { data: { body: 'Ada wonders about the timetable.' } })).json();
  const port = mail.port;
  await mail.stop();
  const reply = await newcomer.request.post(`/api/articles/${SLUG}/comments`, { data: { body: 'Posted while the mail server was down.', parentId: comment.id } });
  expect(reply.status()).toBe(201);
  await expect.poll(() => server.log(), { timeout: 15_000 }).toMatch(/\[mail\] replies #\d+ will be retried in 30 s/);

  mail = await startMailServer({ port });
  const [message] = await mail.waitFor('admin@meridian.example', { timeoutMs: 60_000 });
  expect(message!.text).toContain('Posted while the mail server was down.');
});
