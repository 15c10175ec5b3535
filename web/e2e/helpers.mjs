// Accounts, fixtures and locator helpers the specs share.
import { expect } from './api.mjs';

export const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct-horse-battery' };
export const VIEWER = { name: 'Vic Viewer', email: 'vic@example.com', password: 'viewer-password-1' };
// Nothing listens there: connection tests and runs fail fast, on this machine only.
export const TABLEAU_URL = 'http://127.0.0.1:9';
export const SITE_LUID = '6a1b2c3d-0000-4000-8000-00000000e2e0';

/** The session token the console keeps in localStorage. */
export async function sessionToken(page) {
  const raw = await page.evaluate(() => localStorage.getItem('vizpost.session'));
  expect(raw, 'no session in localStorage');
  return JSON.parse(raw).token;
}

export async function nav(page, label) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label, exact: true }).click();
}

/** A text field, select or tags input by its accessible name. */
export function field(scope, name) {
  return scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));
}

export async function pick(page, label, option) {
  await field(page, label).click();
  await page.getByRole('option', { name: option }).click();
}
