import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import pg from 'pg';
import { startMailServer, type CaughtMail, type MailServer } from '../helpers/mail-server';
import { signedInApi } from './helpers';
import { freePort, startOwnServer, type OwnServer } from './own-server';

/**
 * Newsletters as a newsroom sends them, on PostgreSQL with a real SMTP server on loopback: an editor writes an
 * issue from stories, previews it, tests it and sends it; a subscriber receives it and unsubscribes with one
 * click; a story goes out as a breaking alert from the publishing panel. Then 500 subscribers at a time, the
 * sending server killed at 40% (crash) or stopped (deploy) and restarted, with a second instance beside it.
 */

const PASSWORD = 'newsletter-e2e-password-1';
const RATE = 100;
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const database = `broadsheet_newsletters_${process.pid}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

let mail: MailServer;
let server: OwnServer;
let env: Record<string, string>;

test.describe.configure({ mode: 'serial' });

async function sql<R extends pg.QueryResultRow>(text: string, params: unknown[] = [], url = databaseUrl) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await sql(`drop database if exists ${database}`, [], serverUrl.toString());
  await sql(`create database ${database}`, [], serverUrl.toString());
  execFileSync('npm', ['run', '--silent', 'db:seed', '--', '--password', PASSWORD], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'ignore' });
  mail = await startMailServer();
  const port = await freePort();
  env = { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(48).toString('base64url'), EMAIL_SERVER: mail.url, EMAIL_FROM: 'news@gazette.example', NEWSLETTER_RATE: String(RATE), SITE_URL: `http://127.0.0.1:${port}` };
  server = await startOwnServer({ port, env });
});

test.afterAll(async () => {
  await server?.stop();
  await mail?.stop();
  await sql(`drop database if exists ${database}`, [], serverUrl.toString()).catch(() => undefined);
});

async function signIn(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
  return { context, page };
}

const inboxOf = (email: string) => mail.inbox.filter((m) => m.to === email);

test('an editor writes, previews, tests and sends an issue; the subscriber gets it once and unsubscribes with one click', async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  // A reader subscribes (double opt-in) and confirms from the email.
  const reader = `reader-${Date.now()}@example.org`;
  const anonymous = await playwright.request.newContext({ baseURL: server.base });
  expect((await anonymous.post('/api/newsletters/morning-briefing/subscriptions', { data: { email: reader } })).status()).toBe(202);
  const [confirmation] = await mail.waitFor(reader);
  const confirmPage = await (await browser.newContext()).newPage();
  await confirmPage.goto(mail.link(confirmation!, `${server.base}/newsletters/confirm?token=`));
  await confirmPage.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(confirmPage.getByRole('status')).toContainText(`${reader} will get Morning Briefing`);

  const { page, context } = await signIn(browser, 'editor@meridian.example');
  await page.goto('/newsroom/newsletters');
  await page.getByRole('link', { name: 'Morning Briefing' }).click();
  await expect(page.getByText('1 confirmed subscriber.')).toBeVisible();
  await page.getByLabel('Subject of a new issue').fill('Tuesday briefing: powers and ferries');
  await page.getByRole('button', { name: 'Write it' }).click();
  await expect(page).toHaveURL(/\/newsroom\/newsletters\/morning-briefing\/issues\/\d+$/);

  await page.getByRole('textbox', { name: 'Introduction' }).click();
  await page.keyboard.type('Good morning. Two stories shape the day.');
  const search = page.getByLabel('Add a story: search published stories by headline');
  await search.fill('Emergency powers');
  await page.getByRole('list', { name: 'Matching stories' }).getByRole('button', { name: /Emergency powers bill/ }).click();
  await search.fill('Port Amaro');
  await page.getByRole('list', { name: 'Matching stories' }).getByRole('button', { name: /Port Amaro/ }).click();
  const chosen = page.getByRole('list', { name: 'Stories in this issue' }).getByRole('listitem');
  await expect(chosen).toHaveCount(2);
  await page.getByRole('button', { name: /Move “Hundreds stranded at Port Amaro.*” up/ }).click();
  await expect(chosen.first()).toContainText('Port Amaro');

  // Preview: the email as subscribers get it, in a tab of its own.
  const [preview] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Preview' }).click()]);
  await preview.waitForURL(/\/api\/newsletter-issues\/\d+\/preview$/);
  await expect(preview.getByText('Good morning. Two stories shape the day.')).toBeVisible();
  const previewText = await preview.locator('body').innerText();
  expect(previewText.indexOf('Hundreds stranded at Port Amaro')).toBeLessThan(previewText.indexOf('Emergency powers bill'));
  await shot(preview, 'newsletter-preview');
  await preview.close();

  await page.getByRole('button', { name: 'Send me a test' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Test sent to editor@meridian.example.' })).toBeVisible();
  const [testCopy] = await mail.waitFor('editor@meridian.example');
  expect(testCopy!.subject).toBe('[Test] Tuesday briefing: powers and ferries');
  expect(inboxOf(reader)).toHaveLength(1); // the confirmation only
  await shot(page, 'newsletter-compose');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Send now' }).click();
  await expect(page.getByTestId(/issue-\d+-progress/)).toContainText('Sent to 1 of 1', { timeout: 15_000 });
  await page.getByRole('link', { name: 'Morning Briefing' }).click();
  await expect(page.getByRole('listitem', { name: 'Tuesday briefing: powers and ferries' })).toContainText('Sent to 1 of 1');
  await shot(page, 'newsletter-issues');

  const [issue] = await mail.waitFor(reader, { count: 2 }).then((all) => all.slice(1));
  expect(issue!.subject).toBe('Tuesday briefing: powers and ferries');
  expect(issue!.html).toContain('The Meridian Courier');
  expect(issue!.text).toContain('Hundreds stranded at Port Amaro');
  expect(issue!.html).not.toMatch(/<script/i);

  // One click from the email, without signing in; the next issue does not come.
  const unsubscribe = await (await browser.newContext()).newPage();
  await unsubscribe.goto(mail.link(issue!, `${server.base}/unsubscribe?token=`));
  await expect(unsubscribe.getByText('Stop emails about the newsletter Morning Briefing?')).toBeVisible();
  await unsubscribe.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(unsubscribe.getByRole('status')).toContainText('You will no longer get emails about the newsletter Morning Briefing.');

  const editorApi = await signedInApi(playwright, server.base, 'editor@meridian.example', PASSWORD);
  const { issue: second } = await (await editorApi.post('/api/newsletters/morning-briefing/issues', { data: { subject: 'Wednesday briefing', intro: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Again.' }] }] } } })).json();
  expect((await editorApi.post(`/api/newsletter-issues/${second.id}/schedule`, { data: {} })).status()).toBe(200);
  await expect.poll(async () => (await (await editorApi.get(`/api/newsletter-issues/${second.id}`)).json()).issue.status, { timeout: 15_000 }).toBe('sent');
  expect(inboxOf(reader).map((m) => m.subject)).toEqual(['Confirm your subscription to Morning Briefing', 'Tuesday briefing: powers and ferries']);
  await context.close();
});

test('a published story goes out as a breaking alert from the publishing panel', async ({ browser }) => {
  const subscriber = `alerts-${Date.now()}@example.org`;
  await sql(`insert into newsletter_subscriptions (newsletter_id, email, status) select id, $1, 'confirmed' from newsletters where slug = 'breaking-news'`, [subscriber]);
  const [story] = await sql<{ id: number; headline: string }>(`select id, headline from articles where slug = 'emergency-powers-bill-passes-second-reading-by-eleven-votes'`);
  const { page, context } = await signIn(browser, 'editor@meridian.example');
  await page.goto(`/newsroom/articles/${story!.id}`);
  const panel = page.getByRole('region', { name: 'Breaking alert' });
  await expect(panel.getByLabel('Newsletter')).toHaveValue('breaking-news');
  await panel.getByLabel('Subject').fill('BREAKING: Emergency powers bill passes');
  page.once('dialog', (d) => void d.accept());
  await panel.getByRole('button', { name: 'Send as a breaking alert' }).click();
  await expect(panel.getByRole('status')).toContainText('On its way to Breaking News');
  await shot(page, 'breaking-alert-panel');
  const [alert] = await mail.waitFor(subscriber, { timeoutMs: 15_000 });
  expect(alert!.subject).toBe('BREAKING: Emergency powers bill passes');
  expect(alert!.text).toContain('BREAKING NEWS');
  expect(alert!.text).toContain(story!.headline);
  await panel.getByRole('link', { name: 'Follow it' }).click();
  await expect(page.getByTestId(/issue-\d+-progress/)).toContainText('Sent to 1 of 1');
  await context.close();
});

/** 500 confirmed addresses on a list of their own, and an issue to them scheduled now through the API. */
async function bigSend(playwright: PlaywrightWorkerArgs['playwright'], tag: string) {
  const [list] = await sql<{ id: number }>(`insert into newsletters (slug, name) values ($1, $2) returning id`, [`big-${tag}`, `Big list ${tag}`]);
  await sql(`insert into newsletter_subscriptions (newsletter_id, email, status) select $1, 'big-${tag}-' || i || '@example.org', 'confirmed' from generate_series(1, 500) i`, [list!.id]);
  const editorApi = await signedInApi(playwright, server.base, 'editor@meridian.example', PASSWORD);
  const { issue } = await (await editorApi.post(`/api/newsletters/big-${tag}/issues`, { data: { subject: `Big send ${tag}`, intro: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'To everyone.' }] }] } } })).json();
  expect((await editorApi.post(`/api/newsletter-issues/${issue.id}/schedule`, { data: {} })).status()).toBe(200);
  return { issueId: issue.id as number, addresses: Array.from({ length: 500 }, (_, i) => `big-${tag}-${i + 1}@example.org`) };
}

const sentCount = async (issueId: number) => Number((await sql<{ n: string }>(`select count(*) n from newsletter_deliveries where issue_id = $1 and status = 'sent'`, [issueId]))[0]!.n);

async function waitUntilSent(issueId: number, count: number, timeoutMs = 60_000) {
  await expect.poll(() => sentCount(issueId), { timeout: timeoutMs, intervals: [50] }).toBeGreaterThanOrEqual(count).catch((err: Error) => {
    throw new Error(`${err.message}\nThe server's log:\n${server.log().slice(-3000)}`);
  });
}

function received(addresses: string[], subject: string) {
  const copies = new Map<string, CaughtMail[]>();
  for (const m of mail.inbox) if (m.subject === subject) copies.set(m.to, [...(copies.get(m.to) ?? []), m]);
  return addresses.map((a) => ({ address: a, copies: copies.get(a) ?? [] }));
}

test('killed at 40% and restarted, the send reaches every subscriber; a duplicate can only be the message in flight, with the same Message-ID', async ({ playwright }) => {
  test.setTimeout(180_000);
  const { issueId, addresses } = await bigSend(playwright, 'crash');
  await waitUntilSent(issueId, 200, 30_000);
  expect(await server.stop('SIGKILL')).toBe(null);
  const atKill = await sentCount(issueId);
  server = await startOwnServer({ port: server.port, env });
  await expect.poll(async () => (await sql<{ status: string }>(`select status from newsletter_issues where id = $1`, [issueId]))[0]!.status, { timeout: 60_000 }).toBe('sent');

  const each = received(addresses, 'Big send crash');
  expect(each.filter((e) => e.copies.length === 0).map((e) => e.address)).toEqual([]);
  expect(each.every((e) => new Set(e.copies.map((c) => c.parsed.messageId)).size === 1)).toBe(true);
  const extra = each.reduce((n, e) => n + e.copies.length - 1, 0);
  expect(extra).toBeLessThanOrEqual(1);
  console.log(`Newsletter crash test: killed with ${atKill} of 500 sent; after restart all 500 received it; extra copies (same Message-ID): ${extra}`);
});

test('with two instances only one sends; stopped at 40% for a deploy, the other finishes: every subscriber gets exactly one email', async ({ playwright }) => {
  test.setTimeout(180_000);
  const second = await startOwnServer({ env: { ...env, SITE_URL: env.SITE_URL! } });
  try {
    const { issueId, addresses } = await bigSend(playwright, 'deploy');
    await waitUntilSent(issueId, 200, 30_000);
    // The instance that took the issue logged it; that one is stopped, as a deploy would.
    const sender = server.log().includes(`sending issue #${issueId} `) ? server : second;
    const other = sender === server ? second : server;
    expect(other.log()).not.toContain(`sending issue #${issueId} `);
    expect(await sender.stop('SIGTERM')).toBe(143);
    const atStop = await sentCount(issueId);
    await expect.poll(async () => (await sql<{ status: string }>(`select status from newsletter_issues where id = $1`, [issueId]))[0]!.status, { timeout: 60_000 }).toBe('sent');
    expect(atStop).toBeLessThan(500);

    const each = received(addresses, 'Big send deploy');
    expect(each.filter((e) => e.copies.length !== 1).map((e) => `${e.address}: ${e.copies.length}`)).toEqual([]);
    console.log(`Newsletter deploy test: the sending instance stopped with ${atStop} of 500 sent; the other finished; every subscriber got exactly one email`);
    if (sender === server) server = await startOwnServer({ port: server.port, env });
  } finally {
    await second.stop();
  }
});
