// Accounts, fixtures and locator helpers the specs share.
import { expect } from './api.mjs';

export const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct-horse-battery' };
export const VIEWER = { name: 'Vic Viewer', email: 'vic@example.com', password: 'viewer-password-1' };
// Nothing listens there: a connection test fails fast, on this machine only.
export const DEAD_TABLEAU_URL = 'http://127.0.0.1:9';
export const DEAD_SITE_LUID = '6a1b2c3d-0000-4000-8000-00000000e2e0';
/** The simulator's demo site and content (tests/sims/src/tableau/config.rs). */
export const SIM = {
  siteLuid: '5b1f3c2a-8d4e-4f6a-9c1b-2e3d4f5a6b01',
  contentUrl: 'finance',
  patName: 'vizpost',
  patSecret: 'pat-secret-1',
  salesWorkbookLuid: '3c0a1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d01',
  overviewViewLuid: '8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c01',
  byRegionViewLuid: '8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c02',
};

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
