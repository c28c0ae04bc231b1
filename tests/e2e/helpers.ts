import { expect, type Page } from '@playwright/test';

export const demoPassword = () => process.env.E2E_DEMO_PASSWORD ?? '';

/** Signs in through the site's own sign-in page. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
}
