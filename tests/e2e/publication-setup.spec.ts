import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startOwnServer, type OwnServer } from './own-server';

/**
 * A newsroom that finds Broadsheet turns an empty database into its own publication from the browser alone.
 * This spec starts its own server on an empty embedded database (SEED_DEMO=0), as a new deployment would.
 */

const ADMIN = { name: 'Hana Harbour', email: 'hana@harbour.example', password: 'a long harbour passphrase' };
const AUTHOR = { name: 'Yves Marin', email: 'yves@harbour.example', password: 'the tide comes in twice' };
const STORY = 'Harbour wall repaired before the winter storms';

let server: OwnServer;
let base = '';
let setupUrl = '';

test.beforeAll(async () => {
  server = await startOwnServer({ ready: /Set up this site at http:\/\/\S+\/setup\?token=[\w-]+/ });
  base = server.base;
  setupUrl = /Set up this site at (\S+)/.exec(server.log())![1]!;
});

test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

async function signedIn(browser: Browser, who: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
  return page;
}

/** Follows a link in the newsroom's menu and waits for the page it opens. */
async function newsroom(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('publication-status')).toContainText('Published');
}

test('from an empty database to The Harbour Gazette: setup, settings, sections, a page, an author’s story, a reader', async ({ browser }) => {
  test.setTimeout(240_000);
  // The log line names this server's address and a one-time token.
  expect(setupUrl).toMatch(/^http:\/\/localhost:\d+\/setup\?token=/);
  const token = new URL(setupUrl).searchParams.get('token')!;

  // Before setup, readers and staff alike are sent to it.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${base}/`);
  await expect(visitor.getByRole('heading', { name: 'This site is being set up' })).toBeVisible();
  await visitor.goto(`${base}/newsroom`);
  await expect(visitor).toHaveURL(/\/setup$/);
  await expect(visitor.getByRole('heading', { name: 'Set up your publication' })).toBeVisible();
  await expect(visitor.getByLabel('Setup token')).toBeVisible(); // no token in this address: the form asks for it

  // Setup with the token: the admin is signed in and lands on the settings.
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${base}/setup?token=${token}`);
  await admin.getByLabel('Publication name').fill('The Harbour Gazette');
  await admin.getByLabel('Your name').fill(ADMIN.name);
  await admin.getByLabel('Email').fill(ADMIN.email);
  await admin.getByLabel('Password').fill(ADMIN.password);
  await shot(admin, 'setup');
  await admin.getByRole('button', { name: 'Set up the site' }).click();
  await expect(admin).toHaveURL(/\/newsroom\/settings$/, { timeout: 30_000 });
  await expect(admin.getByRole('heading', { name: 'Site settings' })).toBeVisible();
  expect((await admin.request.get(`${base}/api/setup`)).status()).toBe(200);
  expect(await (await admin.request.get(`${base}/api/setup`)).json()).toEqual({ needed: false });

  // Paris time, French dates, a tagline, a boilerplate, a logo.
  await admin.getByLabel(/^Tagline/).fill('Nouvelles du port');
  await admin.getByLabel(/^About us/).fill('The Harbour Gazette is written by and for the people of the harbour.');
  await admin.getByLabel(/^Time zone/).selectOption('Europe/Paris');
  await admin.getByLabel(/^Language/).selectOption('fr');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const logo = await sharp({ create: { width: 800, height: 200, channels: 4, background: { r: 14, g: 60, b: 110, alpha: 1 } } }).png().toBuffer();
  await admin.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
  await admin.getByRole('button', { name: 'Upload logo' }).click();
  await expect(admin.getByText('Logo saved.')).toBeVisible();
  await expect(admin.getByRole('img', { name: 'Current logo' })).toBeVisible();
  await shot(admin, 'newsroom-settings');

  // Sections Local and Opinion.
  await newsroom(admin, 'Sections', 'Sections');
  for (const name of ['Local', 'Opinion']) {
    await admin.getByRole('form', { name: 'New section' }).getByLabel('Name', { exact: true }).fill(name);
    await admin.getByRole('button', { name: 'Create section' }).click();
    await expect(admin.getByRole('status')).toHaveText(`“${name}” created at /${name.toLowerCase()}.`);
  }
  await expect(admin.getByRole('list', { name: 'Sections' }).getByRole('listitem')).toHaveCount(2);
  await shot(admin, 'newsroom-sections');

  // An About page, in the story editor.
  await newsroom(admin, 'Pages', 'Pages');
  await admin.getByLabel('Title').fill('About');
  await admin.getByRole('button', { name: 'Start writing' }).click();
  await expect(admin.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await admin.getByRole('textbox', { name: 'Page body' }).click();
  await admin.keyboard.type('We report on the harbour, the islands and the people who work the sea.');
  await expect(admin.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  await publish(admin);

  // A writer, added by the admin.
  await newsroom(admin, 'Users', 'Users');
  const add = admin.getByRole('form', { name: 'Add someone' });
  await add.getByLabel('Name').fill(AUTHOR.name);
  await add.getByLabel('Email').fill(AUTHOR.email);
  await add.getByLabel('First password').fill(AUTHOR.password);
  await add.getByLabel('Role').selectOption('author');
  await add.getByRole('button', { name: 'Add to the newsroom' }).click();
  await expect(add.getByRole('status')).toContainText(`${AUTHOR.name} can now sign in as author`);

  // The author writes and publishes a story in Local.
  const author = await signedIn(browser, AUTHOR);
  await author.goto(`${base}/newsroom/articles/new`);
  await author.getByLabel('Headline', { exact: true }).fill(STORY);
  await author.getByLabel('Section').selectOption('local');
  await author.getByRole('button', { name: 'Start writing' }).click();
  await expect(author.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await author.getByRole('textbox', { name: 'Story body' }).click();
  await author.keyboard.type('The wall at the harbour mouth was repaired on Thursday, a week ahead of schedule.');
  await expect(author.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  await publish(author);
  const storyPath = new URL((await author.getByRole('link', { name: 'View on the site' }).getAttribute('href'))!, base).pathname;
  expect(storyPath).toMatch(/^\/local\/harbour-wall-repaired/);

  // "Publish at" is read on the publication's clock: 09:00 in Paris on 15 January is 08:00 UTC.
  await author.goto(`${base}/newsroom/articles/new`);
  await author.getByLabel('Headline', { exact: true }).fill('Winter ferry timetable');
  await author.getByLabel('Section').selectOption('local');
  await author.getByRole('button', { name: 'Start writing' }).click();
  await expect(author.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  const id = author.url().split('/').pop();
  await author.getByRole('textbox', { name: 'Story body' }).click();
  await author.keyboard.type('The winter timetable starts in January.');
  const year = new Date().getUTCFullYear() + 1;
  await author.getByLabel('Publish at (Europe/Paris time)').fill(`${year}-01-15T09:00`);
  await author.getByRole('button', { name: 'Schedule' }).click();
  await expect(author.getByTestId('publication-status')).toHaveText(`Scheduled for 15 janv. ${year}, 09:00`);
  const scheduled = await (await author.request.get(`${base}/api/newsroom/articles/${id}`)).json();
  expect(scheduled.article.scheduledFor).toBe(`${year}-01-15T08:00:00.000Z`);

  // A reader sees the new publication: name in title, header, footer and feed; About in the footer.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`${base}/`);
  await expect(reader).toHaveTitle('The Harbour Gazette: Nouvelles du port');
  await expect(reader.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(reader.getByRole('banner').getByRole('img', { name: 'The Harbour Gazette' })).toBeVisible();
  await expect(reader.getByRole('contentinfo')).toContainText('© The Harbour Gazette');
  await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveText(['Local', 'Opinion']);
  await reader.getByRole('contentinfo').getByRole('link', { name: 'About' }).click();
  await expect(reader).toHaveURL(`${base}/about`);
  await expect(reader.getByRole('heading', { name: 'About', level: 1 })).toBeVisible();
  await expect(reader.getByText('We report on the harbour')).toBeVisible();
  await expect(reader.getByRole('complementary', { name: 'About this publication' })).toContainText('written by and for the people of the harbour');

  const feed = await (await reader.request.get(`${base}/feed.xml`)).text();
  expect(feed).toMatch(/<title>(<!\[CDATA\[)?The Harbour Gazette/);
  expect(feed).toContain('<language>fr</language>');
  expect(feed).toContain(STORY);
  expect(feed).not.toContain('/about<'); // pages are not in feeds

  // The story's date: Paris time, in French; the exact instant stays in datetime.
  await reader.goto(`${base}${storyPath}`);
  await expect(reader.getByRole('heading', { name: STORY, level: 1 })).toBeVisible();
  const published = reader.locator('article time').first();
  const iso = (await published.getAttribute('datetime'))!;
  const paris = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
  await expect(published).toHaveAttribute('title', paris);
  // Recent, so the browser shows it as relative, in French, in the room the date kept for it.
  await expect(published.locator('[data-absolute]')).toBeHidden();
  await expect(published.locator('[data-relative-text]')).toHaveText(/^Published (maintenant|il y a \d+ minutes?)$/);
  const html = await (await reader.request.get(`${base}${storyPath}`)).text();
  expect(html).toContain(`Published ${paris}`); // what a reader without JavaScript gets
  expect(html).toContain('<meta property="og:site_name" content="The Harbour Gazette"/>');
  expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="[^"]*\/feed.xml" title="The Harbour Gazette"\/>/);
  expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="[^"]*\/local\/feed.xml" title="Local · The Harbour Gazette"\/>/);
  await shot(reader, 'harbour-gazette-story');

  // The admin renames Local; its old address and its stories' old addresses redirect.
  await admin.goto(`${base}/newsroom/sections`);
  const local = admin.locator('[data-section="local"]');
  await local.getByRole('button', { name: 'Edit Local' }).click();
  await local.getByLabel('Name').fill('Local news');
  await local.getByLabel('Address').fill('local-news');
  await local.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByRole('status')).toHaveText('“Local news” saved.');
  await reader.goto(`${base}/local`);
  await expect(reader).toHaveURL(`${base}/local-news`);
  await expect(reader.getByRole('heading', { name: 'Local news', level: 1 })).toBeVisible();
  await expect(reader.getByRole('link', { name: STORY })).toBeVisible();
  await reader.goto(`${base}${storyPath}`);
  await expect(reader).toHaveURL(`${base}${storyPath.replace('/local/', '/local-news/')}`);
  await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveText(['Local news', 'Opinion']);
  await shot(reader, 'harbour-gazette-front');
});
