// Mailing lists with CSV import, runs, users and API tokens.
import { expect } from '../api.mjs';
import { ADMIN, nav } from '../helpers.mjs';

export const screensSpecs = [
  {
    name: 'mailing lists: CSV import reports the bad row',
    async run({ page, shot }) {
      await nav(page, 'Mailing lists');
      await page.getByText('No mailing lists yet').waitFor();
      await page.getByRole('button', { name: 'New list' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).fill('Regional managers');
      await page.getByRole('dialog').getByRole('button', { name: 'Create list' }).click();
      await page.getByRole('heading', { name: 'Regional managers' }).waitFor();
      await page.getByRole('tab', { name: 'Import CSV' }).click();
      const csv = [
        'email;name;filter_Region;placeholder_CITY',
        'north@example.com;Nora North;North;Oslo',
        'not-an-email;Broken Row;South;Rome',
        'east@example.com;Erik East;East,Central;Vienna',
      ].join('\n');
      await page.getByRole('textbox', { name: 'CSV text', exact: true }).fill(csv);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const result = page.getByTestId('import-result');
      await result.getByText('2 added').waitFor();
      const rejected = result.getByTestId('rejected-rows').locator('tbody tr');
      expect((await rejected.count()) === 1, 'one rejected row');
      const cells = await rejected.first().locator('td').allTextContents();
      expect(cells[0] === '3', `the bad row is line 3, got ${cells[0]}`);
      await shot('mailing-list-import');
      await page.getByRole('tab', { name: 'Members' }).click();
      await page.getByTestId('members-table').getByText('north@example.com').waitFor();
      await page.getByTestId('members-table').getByText('east@example.com').waitFor();
      await shot('mailing-list-members');
    },
  },
  {
    name: 'runs and users: the remaining screens render',
    async run({ page, shot }) {
      await nav(page, 'Runs');
      await page.getByRole('table').getByRole('link', { name: 'Weekly finance report' }).first().waitFor();
      await shot('runs');
      await nav(page, 'Home');
      await page.getByRole('region', { name: 'Recent runs' }).getByRole('link', { name: '#1' }).waitFor();
      await shot('home-with-runs');
      await nav(page, 'Webhook log');
      await page.getByTestId('webhook-events-table').getByText('Custom').first().waitFor();
      await shot('webhook-log');
      await nav(page, 'Outbox');
      await page.getByRole('heading', { name: 'Outbox' }).waitFor();
      await nav(page, 'Users & tokens');
      await page.getByTestId('users-table').getByText(ADMIN.email).waitFor();
      await page.getByRole('tab', { name: 'API tokens' }).click();
      await page.getByRole('button', { name: 'New API token' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('CI pipeline');
      await dialog.getByRole('checkbox', { name: /triggers:fire/ }).check();
      await dialog.getByRole('button', { name: 'Create token' }).click();
      await dialog.getByText('Copy the token now').waitFor();
      await dialog.getByRole('button', { name: /Copy token/ }).waitFor();
      await dialog.getByRole('button', { name: 'Done' }).click();
      await page.getByTestId('tokens-table').getByText('CI pipeline').waitFor();
      await page.getByRole('tab', { name: 'Users' }).click();
      await shot('users');
    },
  },
];
