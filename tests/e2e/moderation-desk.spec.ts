import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

// An open story the other end-to-end tests leave alone.
const SLUG = 'in-drought-hit-serra-alta-a-town-learns-to-live-on-forty-litres-a-day';
const ARTICLE = `/world/${SLUG}`;

async function openThread(page: Page) {
  await page.goto(ARTICLE);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('comment-thread')).toBeVisible();
}

async function as(browser: Browser, email: string, password = demoPassword()) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

/** Opens a queue searched for `search`, and waits until the list shows only that search's cards. */
async function desk(page: Page, queue: string, search: string) {
  await page.goto('/newsroom/moderation');
  await page.getByRole('tab', { name: new RegExp(`^${queue}`) }).click();
  await page.getByLabel('Search text or commenter').fill(search);
  const cards = page.getByRole('list', { name: new RegExp(`comments$`) }).getByRole('listitem', { name: /^Comment by / });
  await expect(cards.filter({ hasNotText: search })).toHaveCount(0);
  await expect(cards.first()).toContainText(search);
}

test('held, approved with the keyboard, reported, rejected with a reason the commenter sees', async ({ browser }) => {
  const token = `${Date.now()}`;
  const words = `Whoever planned this is an idiot, frankly ${token}`;

  // A reader's comment with a suspect word waits, visible to them alone.
  const reader = await as(browser, 'reader@meridian.example');
  await openThread(reader);
  await reader.getByLabel('Join the conversation as Rosa Reader').fill(words);
  await reader.getByRole('button', { name: 'Post comment' }).click();
  await expect(reader.getByRole('list', { name: 'Your comments not yet published' })).toContainText(words);
  const anonymous = await (await browser.newContext()).newPage();
  await openThread(anonymous);
  await expect(anonymous.getByText(words)).toHaveCount(0);

  // The editor finds it in Pending, with the rule that held it, and approves it with the keyboard.
  const editor = await as(browser, 'editor@meridian.example');
  await desk(editor, 'Pending', token);
  const card = editor.getByRole('listitem', { name: 'Comment by Rosa Reader' }).filter({ hasText: token });
  await expect(card).toContainText(words);
  await expect(card).toContainText('Held: suspect word “idiot”');
  await editor.screenshot({ path: 'artifacts/screenshots/moderation-pending.png', fullPage: true });
  // Shortcuts work once focus leaves the search box.
  await editor.getByRole('heading', { name: 'Moderation', level: 1 }).click();
  await editor.keyboard.press('?');
  await expect(editor.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await editor.keyboard.press('Escape');
  await editor.keyboard.press('a');
  await expect(editor.getByRole('status')).toContainText('Approved: comment by Rosa Reader');
  await expect(card).toHaveCount(0);

  await openThread(anonymous);
  await expect(anonymous.getByTestId('comment-thread').getByText(words)).toBeVisible();

  // Another reader reports it; the editor sees the reason and note under Reported and rejects it.
  const reporter = await as(browser, 'ines@meridian.example');
  await openThread(reporter);
  const inThread = reporter.getByTestId('comment-thread').getByRole('article', { name: 'Comment by Rosa Reader' }).filter({ hasText: token });
  await inThread.getByRole('button', { name: 'Report' }).click();
  await reporter.getByLabel('Abusive or hateful').check();
  await reporter.getByLabel('Note for the moderators (optional)').fill('Name-calling');
  await reporter.getByRole('button', { name: 'Send report' }).click();
  await expect(reporter.getByRole('status')).toContainText('moderators will look');

  await desk(editor, 'Reported', token);
  await expect(card).toContainText('Reported 1× Abusive or hateful: “Name-calling”');
  await card.getByLabel('Reason').selectOption('abuse');
  await card.getByRole('button', { name: 'Reject' }).click();
  await expect(card).toHaveCount(0);

  await openThread(reader);
  await expect(reader.getByRole('list', { name: 'Your comments not yet published' })).toContainText('Not published: it is abusive or hateful');
  await openThread(anonymous);
  await expect(anonymous.getByText(words)).toHaveCount(0);
});

test('banning with "reject all" empties the thread of the commenter and refuses their next post', async ({ browser }) => {
  const name = `Loud Commenter ${Date.now()}`;
  const email = `loud-${Date.now()}@example.org`;
  const loudContext = await browser.newContext();
  const loud = await loudContext.newPage();
  expect((await loud.request.post('/api/account', { data: { email, password: 'a reader with opinions', name } })).status()).toBe(201);
  await signIn(loud, email, 'a reader with opinions');
  await openThread(loud);
  await loud.getByLabel(`Join the conversation as ${name}`).fill('First words from the loud commenter');
  await loud.getByRole('button', { name: 'Post comment' }).click();
  await expect(loud.getByRole('status')).toContainText('awaiting moderation'); // a first comment is held

  const editor = await as(browser, 'editor@meridian.example');
  await desk(editor, 'Pending', name);
  const card = editor.getByRole('listitem', { name: `Comment by ${name}` });
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(card).toHaveCount(0);
  await openThread(loud);
  await expect(loud.getByTestId('comment-thread').getByText('First words from the loud commenter')).toBeVisible();

  await desk(editor, 'Recently approved', name);
  await card.getByRole('button', { name: `Ban ${name}` }).click();
  const ban = editor.getByRole('form', { name: `Ban ${name}` });
  await ban.getByLabel('Reason').fill('Repeated abuse');
  await ban.getByLabel('Length').selectOption({ label: '7 days' });
  await ban.getByLabel('Reject all their comments').check();
  await ban.getByRole('button', { name: 'Ban' }).click();
  await expect(editor.getByRole('status')).toContainText(`${name} is banned for 7 days`);

  const anonymous = await (await browser.newContext()).newPage();
  await openThread(anonymous);
  await expect(anonymous.getByText('First words from the loud commenter')).toHaveCount(0);

  // The ban ended their session; signed in again, they can read but not post.
  await openThread(loud);
  await expect(loud.getByText(`Join the conversation as ${name}`)).toHaveCount(0);
  await signIn(loud, email, 'a reader with opinions');
  await openThread(loud);
  await loud.getByLabel(`Join the conversation as ${name}`).fill('Trying to post again after the ban');
  await loud.getByRole('button', { name: 'Post comment' }).click();
  await expect(loud.locator('#comments').getByRole('alert')).toContainText('suspended');
});

test('an editor features and rejects from the public thread', async ({ browser }) => {
  const text = `A comment to moderate in place ${Date.now()}`;
  const author = await as(browser, 'ines@meridian.example');
  expect((await author.request.post(`/api/articles/${SLUG}/comments`, { data: { body: text } })).status()).toBe(201);

  const editor = await as(browser, 'editor@meridian.example');
  await openThread(editor);
  const comment = () => editor.getByTestId('comment-thread').getByRole('article').filter({ hasText: text });
  await comment().getByRole('button', { name: 'Moderate' }).click();
  await comment().getByRole('group', { name: 'Moderate this comment' }).getByRole('button', { name: 'Feature' }).click();
  await expect(editor.getByRole('status')).toHaveText('The comment is featured.');
  await expect(editor.getByRole('region', { name: 'Featured' })).toContainText(text);

  await comment().getByRole('button', { name: 'Moderate' }).click();
  const menu = comment().getByRole('group', { name: 'Moderate this comment' });
  await menu.getByLabel('Reason').selectOption('off_topic');
  await menu.getByRole('button', { name: 'Reject' }).click();
  await expect(editor.getByRole('status')).toHaveText('The comment is rejected.');
  await expect(editor.getByText(text)).toHaveCount(0);
});

test('every decision is in the audit log, filterable and downloadable as CSV', async ({ browser }) => {
  const editor = await as(browser, 'editor@meridian.example');
  await editor.goto('/newsroom/moderation');
  await editor.getByRole('link', { name: 'Audit log' }).click();
  await editor.getByLabel('Action starts with').fill('comment.');
  await editor.getByRole('button', { name: 'Filter' }).click();
  await expect(editor).toHaveURL(/action=comment\./);
  const rows = editor.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'comment.approve' }).first()).toContainText('Eliot Editor');
  await expect(rows.filter({ hasText: 'user.' })).toHaveCount(0);
  await editor.screenshot({ path: 'artifacts/screenshots/moderation-audit-log.png', fullPage: true });

  const download = editor.waitForEvent('download');
  await editor.getByRole('link', { name: 'Download CSV' }).click();
  const csv = await (await download).path();
  const text = (await import('node:fs')).readFileSync(csv, 'utf8');
  expect(text.split('\n')[0]).toBe('id,time,actor_id,actor,action,target_type,target_id,reason,before,after');
  expect(text).toContain('comment.approve');
});

test('an admin adds a suspect word in the settings and the next comment with it is held', async ({ browser }) => {
  const admin = await as(browser, 'admin@meridian.example');
  await admin.goto('/newsroom/moderation');
  await admin.getByRole('link', { name: 'Settings', exact: true }).click();
  const suspect = admin.getByLabel(/^Suspect words/);
  await suspect.fill(`${await suspect.inputValue()}\nboondoggle`);
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.getByRole('status')).toHaveText('Saved. Every thread follows the new rules now.');
  await admin.screenshot({ path: 'artifacts/screenshots/moderation-settings.png', fullPage: true });

  const reader = await as(browser, 'reader@meridian.example');
  const res = await reader.request.post(`/api/articles/${SLUG}/comments`, { data: { body: `What a boondoggle ${Date.now()}` } });
  expect((await res.json()).comment).toMatchObject({ status: 'pending', reasons: ['suspect_word:boondoggle'] });

  // Editors may read the rules but not change them.
  const editor = await as(browser, 'editor@meridian.example');
  await editor.goto('/newsroom/moderation/settings');
  await expect(editor.getByText('Only admins change these; you can read them.')).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
});

test('the overview shows where comments arrive and what waits, as charts with their numbers', async ({ browser }) => {
  const editor = await as(browser, 'editor@meridian.example');
  await editor.goto('/newsroom/moderation');
  await editor.getByRole('link', { name: 'Overview' }).click();
  await expect(editor.getByRole('heading', { name: 'Moderation overview', level: 1 })).toBeVisible();
  const site = editor.getByRole('figure', { name: 'Comments per hour, site-wide (48 hours)' });
  await expect(site.locator('svg.recharts-surface')).toBeVisible();
  await expect(site.getByRole('img')).toHaveAttribute('aria-label', /Busiest hour: \d+ comments/);
  await site.getByText('Show the numbers').click();
  await expect(site.getByRole('table').getByRole('row')).toHaveCount(49);
  const queues = editor.getByRole('figure', { name: 'Queue sizes' });
  await queues.getByText('Show the numbers').click();
  await expect(queues.getByRole('row', { name: /Pending \d+/ })).toBeVisible();
  await editor.screenshot({ path: 'artifacts/screenshots/moderation-overview.png', fullPage: true });
});

test('readers are refused the desk and its API', async ({ browser }) => {
  const reader = await as(browser, 'reader@meridian.example');
  expect((await reader.goto('/newsroom/moderation'))?.status()).toBe(403);
  await expect(reader.getByText('The newsroom is for the publication’s staff.')).toBeVisible();
  expect((await reader.request.get('/api/moderation/comments?queue=pending')).status()).toBe(403);
});
