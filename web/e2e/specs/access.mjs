// What a viewer sees and may do, sign-out on UNAUTHENTICATED, tablet width.
import { expect, gql, gqlData } from '../api.mjs';
import { ADMIN, VIEWER, sessionToken, nav } from '../helpers.mjs';

export const accessSpecs = [
  {
    name: 'viewer: no edit buttons, and the server refuses their mutations',
    async run({ page, baseUrl, shot, state }) {
      const adminToken = await sessionToken(page);
      await gqlData(
        baseUrl,
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { ...VIEWER, role: 'VIEWER' } },
        adminToken,
      );
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/login');
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(VIEWER.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(VIEWER.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('current-role').filter({ hasText: 'viewer' }).waitFor();
      expect((await page.getByTestId('current-role').textContent()) === 'viewer', 'role badge should say viewer');
      const navLinks = await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents();
      expect(!navLinks.includes('Connections') && !navLinks.includes('Users & tokens'), `viewer nav: ${navLinks}`);
      await nav(page, 'Schedules');
      await page.getByTestId('schedules-table').getByRole('link', { name: 'Weekly finance report', exact: true }).waitFor();
      for (const name of [/New schedule/, /^Run .* now$/, /^Duplicate/, /^Delete/, /^Edit/]) {
        const main = page.getByRole('main');
        const count = await main.getByRole('button', { name }).or(main.getByRole('link', { name })).count();
        expect(count === 0, `viewer sees "${name}"`);
      }
      expect((await page.getByRole('switch').count()) === 0, 'viewer sees enable switches');
      await shot('viewer-schedules');
      await page.getByRole('link', { name: 'Weekly finance report' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).first().waitFor();
      expect((await page.getByRole('button', { name: 'Save schedule' }).count()) === 0, 'viewer sees Save schedule');
      await page.getByRole('tab', { name: 'Tasks' }).click();
      await page.getByTestId('tasks-table').waitFor();
      expect((await page.getByRole('link', { name: 'Add task' }).count()) === 0, 'viewer sees Add task');
      await nav(page, 'Mailing lists');
      await page.getByTestId('lists-table').waitFor();
      expect((await page.getByRole('button', { name: 'New list' }).count()) === 0, 'viewer sees New list');

      const viewerToken = await sessionToken(page);
      const refused = await gql(baseUrl, 'mutation { createMailingList(input: { name: "Sneaky" }) { id } }', {}, viewerToken);
      const code = refused.errors?.[0]?.extensions?.code;
      expect(code === 'FORBIDDEN', `expected FORBIDDEN, got ${JSON.stringify(refused)}`);
      const del = await gql(baseUrl, `mutation { deleteSchedule(id: "${state.scheduleId}") }`, {}, viewerToken);
      expect(del.errors?.[0]?.extensions?.code === 'FORBIDDEN', `expected FORBIDDEN on delete, got ${JSON.stringify(del)}`);
    },
  },
  {
    name: 'an UNAUTHENTICATED answer sends you back to sign in',
    async run({ page }) {
      await page.evaluate(() => {
        const s = JSON.parse(localStorage.getItem('vizpost.session'));
        localStorage.setItem('vizpost.session', JSON.stringify({ ...s, token: 'not-a-valid-token' }));
      });
      await page.goto('/runs');
      await page.waitForURL('**/login');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    },
  },
  {
    name: 'tablet width: the schedules table still fits',
    async run({ page, shot }) {
      await page.setViewportSize({ width: 820, height: 1100 });
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(ADMIN.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/runs' || url.pathname === '/');
      await page.goto('/schedules');
      await page.getByTestId('schedules-table').waitFor();
      await shot('tablet-schedules');
      await page.setViewportSize({ width: 1280, height: 860 });
    },
  },
];
