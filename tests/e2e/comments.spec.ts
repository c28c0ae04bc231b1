import { expect, test, type Page } from '@playwright/test';
import { demoPassword, signIn } from './helpers';

// An open thread (published hours ago) that the other end-to-end tests leave alone.
const SLUG = 'border-talks-resume-in-lisvane-after-six-month-freeze';
const ARTICLE = `/world/${SLUG}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });

/** Opens the story and scrolls to its comments, which load when the reader comes near them. */
async function openThread(page: Page, hash = '') {
  await page.goto(ARTICLE + hash);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('comment-thread')).toBeVisible();
}

/** Signs up a fresh reader in this browser context (their first comment is held, as for any newcomer). */
async function newReader(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.org`;
  const res = await page.request.post('/api/account', { data: { email, password: 'a reader with opinions', name } });
  expect(res.status()).toBe(201);
  await signIn(page, email, 'a reader with opinions');
}

test('a signed-in reader posts, replies, likes, edits, deletes and reports', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
  await signIn(page, 'reader@meridian.example', demoPassword());
  await openThread(page);
  const thread = page.getByTestId('comment-thread');

  // The box counts characters and refuses too little or too much before the server is asked.
  const box = page.getByLabel('Join the conversation as Rosa Reader');
  const post = page.getByRole('button', { name: 'Post comment' });
  await box.fill('x');
  await expect(page.getByText('1 / 5,000 characters')).toBeVisible();
  await expect(post).toBeDisabled();
  await box.fill('y'.repeat(5003));
  await expect(page.getByText('(3 too many)')).toBeVisible();
  await expect(post).toBeDisabled();
  await expect(page.getByRole('complementary', { name: 'Community guidelines' })).toContainText('Criticise ideas, not people');

  // Post: it is published and appears at the top of the newest-first thread, as text.
  const words = `Talks without a timetable rarely end well <script>alert(1)</script> ${Date.now()}`;
  await box.fill(words);
  await post.click();
  await expect(page.getByRole('status')).toHaveText('Your comment is published.');
  const mine = thread.getByRole('article', { name: 'Comment by Rosa Reader' }).filter({ hasText: words });
  await expect(mine).toBeVisible();
  await expect(mine.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
  await expect(box).toHaveValue('');

  // Edit within the window: the new words show, marked "edited".
  await mine.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit your comment').fill(`${words} (and a second thought)`);
  await page.getByRole('button', { name: 'Save' }).click();
  const edited = thread.getByRole('article', { name: 'Comment by Rosa Reader' }).filter({ hasText: 'and a second thought' });
  await expect(edited).toBeVisible();
  await expect(edited.getByText('(edited)')).toBeVisible();

  // Like someone else's comment: the count moves at once, and the like is still there after a reload.
  const other = thread.getByRole('article').filter({ hasNotText: 'Rosa Reader' }).first();
  const otherId = await other.locator('xpath=..').getAttribute('id');
  const like = page.locator(`#${otherId} > article`).getByRole('button', { name: /Like/ });
  const before = Number((await like.textContent())!.match(/\d+$/)![0]);
  await like.click();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(like).toHaveText(`♥ Liked · ${before + 1}`);

  // Reply to it: the reply is nested under it.
  await page.locator(`#${otherId} > article`).getByRole('button', { name: 'Reply' }).click();
  await page.getByLabel(/^Reply to /).fill(`A reply that should nest ${Date.now()}`);
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.locator(`#${otherId} > ol`).getByText('A reply that should nest')).toBeVisible();

  // Report it: a reason and a note, once.
  await page.locator(`#${otherId} > article`).getByRole('button', { name: 'Report' }).click();
  await page.getByLabel('Off-topic').check();
  await page.getByLabel('Note for the moderators (optional)').fill('Nothing to do with the talks');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('status')).toHaveText('Thanks. The moderators will look at this comment.');
  await expect(page.locator(`#${otherId} > article`).getByText('Reported')).toBeVisible();

  await page.reload();
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(page.locator(`#${otherId} > article`).getByRole('button', { name: /Like/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`#${otherId} > article`).getByText('Reported')).toBeVisible();
  await expect(page.locator(`#${otherId} > article`).getByRole('button', { name: 'Report' })).toHaveCount(0);
  await shot(page, 'comments-signed-in');

  // Delete the edited comment: it leaves the thread.
  await thread.getByRole('article', { name: 'Comment by Rosa Reader' }).filter({ hasText: 'and a second thought' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toHaveText('Your comment is deleted.');
  await expect(thread.getByText('and a second thought')).toHaveCount(0);

  // A comment with a suspect word is held: the writer sees it marked, nobody else sees it.
  await page.getByLabel('Join the conversation as Rosa Reader').fill(`Only an idiot would sign that ${Date.now()}`);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('status')).toContainText('awaiting moderation');
  const held = page.getByRole('list', { name: 'Your comments not yet published' });
  await expect(held.getByText('Awaiting moderation')).toBeVisible();
  await expect(held.getByText('Only an idiot would sign that')).toBeVisible();
  await shot(page, 'comments-held');

  const anonymous = await page.context().browser()!.newPage();
  await anonymous.goto(ARTICLE);
  await anonymous.locator('#comments').scrollIntoViewIfNeeded();
  await expect(anonymous.getByTestId('comment-thread').locator('li').first()).toBeVisible();
  await expect(anonymous.getByText('Only an idiot would sign that')).toHaveCount(0);
  await anonymous.close();
});

test('an anonymous reader sees the thread and a sign-in prompt that returns to the comment box', async ({ page }) => {
  await openThread(page);
  await expect(page.getByTestId('comment-thread').locator('li').first()).toBeVisible();
  await expect(page.locator('#comments textarea')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Like/ })).toHaveCount(0);
  await shot(page, 'comments-anonymous');

  await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=.*comment-form/);
  await page.getByLabel('Email').fill('reader@meridian.example');
  await page.getByLabel('Password').fill(demoPassword());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${ARTICLE}#comment-form`);
  await expect(page.getByLabel('Join the conversation as Rosa Reader')).toBeFocused();
});

test('a like shows at once and is taken back when the server refuses it', async ({ page }) => {
  await signIn(page, 'editor@meridian.example', demoPassword());
  await page.route('**/api/comments/*/like', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'Try again later.' } }) });
  });
  await openThread(page);
  const like = page.getByTestId('comment-thread').getByRole('button', { name: /♡ Like/ }).first();
  const label = (await like.textContent())!;
  const count = Number(label.match(/\d+$/)![0]);
  await like.click();
  const button = page.getByTestId('comment-thread').getByRole('button', { name: `♥ Liked · ${count + 1}` }).first();
  await expect(button).toBeVisible(); // before the server answers
  await expect(page.getByRole('status')).toContainText('Your like could not be saved');
  await expect(page.getByTestId('comment-thread').getByRole('button', { name: /Liked/ })).toHaveCount(0);
});

test('new comments wait behind a button instead of moving the page', async ({ page, browser }) => {
  await openThread(page);
  const heading = page.getByRole('heading', { name: /\d+ comments/ });
  const shown = await heading.textContent();

  const writerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  await signIn(writer, 'admin@meridian.example', demoPassword());
  const text = `Breaking: the talks adjourned ${Date.now()}`;
  const res = await writer.request.post(`/api/articles/${SLUG}/comments`, { data: { body: text } });
  expect(res.status()).toBe(201);
  await writerContext.close();

  // The thread polls every 30 s and when the tab regains focus; simulate the reader coming back to the tab.
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  const button = page.getByRole('button', { name: 'Show 1 new comment' });
  await expect(button).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
  await expect(heading).toHaveText(shown!);
  await button.click();
  await expect(page.getByText(text)).toBeVisible();
  await expect(button).toHaveCount(0);
});

test('replies indent three deep, then line up and say whom they answer', async ({ page }) => {
  await newReader(page, 'Deep Thinker');
  // A newcomer's comments are held, so the chain is written by the demo editor (staff are not held).
  const editor = await page.context().browser()!.newContext();
  const editorPage = await editor.newPage();
  await signIn(editorPage, 'editor@meridian.example', demoPassword());
  let parentId: number | undefined;
  const ids: number[] = [];
  for (let depth = 0; depth <= 4; depth++) {
    const res = await editorPage.request.post(`/api/articles/${SLUG}/comments`, { data: { body: `Level ${depth} of the chain ${Date.now()}`, parentId } });
    expect(res.status()).toBe(201);
    parentId = (await res.json()).comment.id;
    ids.push(parentId!);
  }
  await editor.close();

  await openThread(page);
  const level = (n: number) => page.locator(`#comment-${ids[n]}`);
  await expect(level(4)).toBeVisible();
  const x = async (n: number) => (await level(n).locator('> article').boundingBox())!.x;
  expect(await x(1)).toBeGreaterThan(await x(0));
  expect(await x(2)).toBeGreaterThan(await x(1));
  expect(await x(3)).toBeGreaterThan(await x(2));
  expect(await x(4)).toBe(await x(3));
  await expect(level(4).locator('> article')).toContainText('Replying to Eliot Editor');
  await expect(level(3).locator('> article')).not.toContainText('Replying to');
});
