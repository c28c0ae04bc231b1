import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { startOwnServer, type OwnServer } from './own-server';

/**
 * A publication's data in and out, as an admin and an operator meet it: an import from WordPress in the
 * newsroom, old addresses that redirect, a backup downloaded from the newsroom and one taken from the command
 * line while the site runs, and that backup restored into an empty folder and served by a new server.
 */

const PASSWORD = 'data-test-password-1';
const WORDPRESS = path.resolve('tests/fixtures/wordpress-export.xml');
const MEDIA = path.resolve('tests/fixtures/wordpress-media');
const shot = (page: import('@playwright/test').Page, name: string) => page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

/** `npm run <script>` against a data folder, as an operator types it. */
function npmRun(script: string, args: string[], dataDir: string) {
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], { env: { ...process.env, DATA_DIR: dataDir, SEED_DEMO: '0' }, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

async function signedInPage(browser: Browser, server: OwnServer) {
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('admin@meridian.example');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
  return { page, context };
}

test('import from WordPress (command line, then the newsroom), back up while running, restore into an empty folder: the story, its image and comments are there', async ({ browser }) => {
  test.setTimeout(300_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-data-'));
  let server: OwnServer | undefined = await startOwnServer({ env: { SEED_DEMO: '1', DEMO_PASSWORD: PASSWORD } });
  const restored = path.join(work, 'restored');
  try {
    // The front page, cached before the import, must show the imported sections after it: the import expires it.
    const front = async () => (await fetch(`${server!.base}/`)).text();
    expect(await front()).not.toContain('Harbour News');

    // The operator imports the WordPress export with its images, while the site runs (through the server).
    const imported = npmRun('import', ['wordpress', WORDPRESS, '--media', MEDIA], server.dataDir);
    expect(imported.code, imported.output).toBe(0);
    expect(imported.output).toContain('Imported from wordpress:https://harbour-gazette.example: 2 sections, 2 tags, 3 users, 2 authors, 1 media, 5 stories, 2 comments.');
    expect(imported.output).toMatch(/Images not found \(2\)[\s\S]*wall-plan\.png/);
    await expect.poll(async () => (await front()).includes('Harbour News'), { timeout: 5_000 }).toBe(true);

    const { page, context } = await signedInPage(browser, server);
    await page.goto('/newsroom/data');
    await expect(page.getByRole('heading', { name: 'Backups, export and import' })).toBeVisible();
    await expect(page.getByTestId('last-backup')).toHaveText('No backup has been made yet.');

    // The same file uploaded in the newsroom adds nothing, and says so; its script never runs, nor is it stored.
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByLabel(/Export file/).setInputFiles(WORDPRESS);
    await page.getByRole('button', { name: 'Import' }).click();
    const summary = page.getByRole('status');
    await expect(summary).toContainText('Imported: nothing.');
    await expect(summary).toContainText('Nothing new: this file was imported before.');
    await expect(summary).toContainText('left out <script>');
    await shot(page, 'newsroom-data-import');

    // The old WordPress address of a post leads to the story, with its photo and its comments.
    await page.goto('/?p=123');
    await expect(page).toHaveURL(/\/harbour-news\/new-ferry-timetable$/);
    await expect(page.getByRole('heading', { level: 1, name: 'New ferry timetable cuts crossing to 40 minutes' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'The ferry at the quay' }).first()).toBeVisible();
    await expect(page.getByText('Timetables are posted at the quay.')).toBeVisible();
    await page.locator('#comments').scrollIntoViewIfNeeded(); // the thread loads when the reader comes near it
    await expect(page.getByText('Finally! The late boat on Fridays will change my week. 🚢')).toBeVisible();
    // WordPress permalinks of every shape: /year/month/slug/, /slug/, /parent/child/.
    await page.goto('/2024/05/new-ferry-timetable/');
    await expect(page).toHaveURL(/\/harbour-news\/new-ferry-timetable$/);
    await page.goto('/sea-wall-budget/');
    await expect(page).toHaveURL(/\/town-hall\/sea-wall-budget$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Council sets a budget for the new sea wall' })).toBeVisible();
    await page.goto('/about/the-gazette/');
    await expect(page).toHaveURL(/\/about-the-gazette$/);
    await expect(page.getByText('The Gazette has covered the harbour since 1921.')).toBeVisible();
    expect((await page.request.get('/2024/05/no-such-post/', { maxRedirects: 0 })).status()).toBe(308); // the slash, first
    expect((await page.request.get('/2024/05/no-such-post')).status()).toBe(404);
    expect(dialogs).toBe(0);
    await shot(page, 'imported-story');

    // A backup downloaded from the newsroom, and the page then says when and by whom.
    await page.goto('/newsroom/data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^broadsheet-backup-\d{4}-\d{2}-\d{2}\.tar\.gz$/);
    const downloaded = path.join(work, 'downloaded.tar.gz');
    await download.saveAs(downloaded);
    expect(fs.statSync(downloaded).size).toBeGreaterThan(10_000);
    await expect.poll(async () => (await page.reload(), await page.getByTestId('last-backup').textContent())).toMatch(/Last backup: .*downloaded by Ada Admin \(\d+\.\d MB\)\./);
    await shot(page, 'newsroom-data');
    await context.close();

    // From the command line while the site runs: the server takes it (it has the database open).
    const backupFile = path.join(work, 'site.tar.gz');
    const backup = npmRun('db:backup', ['--out', backupFile], server.dataDir);
    expect(backup.output).toContain('asking it to do this');
    expect(backup.code).toBe(0);
    expect(fs.statSync(backupFile).size).toBeGreaterThan(10_000);
    const restoreWhileRunning = npmRun('db:restore', [backupFile], server.dataDir);
    expect(restoreWhileRunning.code).toBe(1);
    expect(restoreWhileRunning.output).toContain('Stop the site first');
    await server.stop();

    // Restored into an empty folder and served by a new server: the imported story, its photo and its thread.
    const restore = npmRun('db:restore', [backupFile], restored);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/Restored the backup taken .* rows in \d+ tables and \d+ uploaded files/);
    server = await startOwnServer({ dataDir: restored });
    const again = await signedInPage(browser, server); // the demo admin's password works after a restore
    await again.page.goto('/harbour-news/new-ferry-timetable');
    await again.page.locator('#comments').scrollIntoViewIfNeeded();
    await expect(again.page.getByText('Finally! The late boat on Fridays will change my week. 🚢')).toBeVisible();
    const photo = again.page.getByRole('img', { name: 'The ferry at the quay' }).first();
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await shot(again.page, 'restored-story');
    await again.context.close();
    await server.stop();
    server = undefined;

    // A second restore into the folder that now holds a publication is refused without --force.
    const refused = npmRun('db:restore', [backupFile], restored);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('already holds a publication');
  } finally {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
