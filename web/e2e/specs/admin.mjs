// First run, and a Tableau server nobody answers at.
import { expect } from '../api.mjs';
import { ADMIN, DEAD_TABLEAU_URL, DEAD_SITE_LUID, nav, field } from '../helpers.mjs';

export const adminSpecs = [
  {
    name: 'first run: create the first admin',
    async run({ page, shot }) {
      await page.goto('/');
      await page.waitForURL('**/setup');
      await page.getByRole('heading', { name: 'Welcome to Vizpost' }).waitFor();
      await shot('setup');
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(ADMIN.name);
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(ADMIN.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
      await page.getByRole('textbox', { name: 'Repeat password', exact: true }).fill('short');
      await page.getByRole('button', { name: 'Create admin and sign in' }).click();
      await page.getByText(/at least 10 characters/i).last().waitFor();
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
      await page.getByRole('textbox', { name: 'Repeat password', exact: true }).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Create admin and sign in' }).click();
      await page.getByRole('heading', { name: 'Home' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Home' }).waitFor();
      expect((await page.getByTestId('current-role').textContent()) === 'admin', 'role badge should say admin');
      await shot('home');
    },
  },
  {
    name: 'connections: a server nobody answers at fails its test in words',
    async run({ page, shot }) {
      await nav(page, 'Connections');
      await page.getByText('No Tableau server yet').waitFor();
      await page.getByRole('button', { name: 'Add server' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Old server');
      await dialog.getByRole('textbox', { name: 'Base URL', exact: true }).fill('not a url');
      await dialog.getByRole('textbox', { name: 'Token name', exact: true }).fill('vizpost');
      await dialog.getByRole('textbox', { name: 'Token secret', exact: true }).fill('s3cr3t-token-value');
      await dialog.getByRole('button', { name: 'Create server' }).click();
      await dialog.getByText(/is not a URL/).waitFor();
      await dialog.getByRole('textbox', { name: 'Base URL', exact: true }).fill(DEAD_TABLEAU_URL);
      await dialog.getByRole('button', { name: 'Create server' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const card = page.getByTestId('server-card').filter({ hasText: 'Old server' });
      await card.getByText('secret stored').waitFor();
      await card.getByRole('button', { name: 'Add site' }).click();
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Archive');
      await dialog.getByRole('textbox', { name: 'Content URL', exact: true }).fill('archive');
      await dialog.getByRole('textbox', { name: 'Site LUID', exact: true }).fill(DEAD_SITE_LUID);
      await field(dialog, 'Allowed email domains').fill('example.com');
      await field(dialog, 'Allowed email domains').press('Enter');
      await dialog.getByRole('button', { name: 'Create site' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await card.getByRole('cell', { name: 'Archive', exact: true }).waitFor();
      await card.getByRole('button', { name: 'Test connection' }).click();
      const result = card.getByTestId('connection-test');
      await result.getByText('The connection has problems').waitFor();
      const line = await result.getByRole('listitem').first().textContent();
      expect(/✗ Archive: cannot reach http:\/\/127\.0\.0\.1:9 \(connection refused\)/.test(line), `the failure in words: ${line}`);
      await card.getByRole('button', { name: 'Edit', exact: true }).click();
      await dialog.getByTestId('stored-credentials').waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await shot('connections-dead-address');
    },
  },
];
