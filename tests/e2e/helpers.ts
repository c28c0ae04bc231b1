import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const demoPassword = () => process.env.E2E_DEMO_PASSWORD ?? '';

/** Signs in through the site's own sign-in page. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
}

type Playwright = { request: { newContext: (o: object) => Promise<APIRequestContext> } };

/** An API session for `email`, signed in on `base` through the credentials form (its cookie goes to that host). */
export async function signedInApi(playwright: Playwright, base: string, email: string, password: string) {
  const api = await playwright.request.newContext({ baseURL: base });
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const res = await api.post('/api/auth/callback/credentials', { form: { csrfToken, email, password }, maxRedirects: 0 });
  expect(res.status()).toBe(302);
  return api;
}
