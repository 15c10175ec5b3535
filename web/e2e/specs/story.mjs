// The main story: connect the simulated Tableau site, have a refresh of the
// "Sales" workbook send the "By Region" view, watch the run live, read the email.
import { expect, mailTo, sim } from '../api.mjs';
import { SIM, field, nav, pick } from '../helpers.mjs';

const RECIPIENT = 'regional.lead@example.com';
const SCHEDULE = 'Sales refreshed';

/** Types into a searchable picker and takes the option it offers. */
async function search(page, label, text, option) {
  await field(page, label).click();
  await field(page, label).fill(text);
  await page.getByRole('option', { name: option }).click();
}

export const storySpecs = [
  {
    name: 'story: connect the simulated Tableau site with a PAT and test it',
    async run({ page, sims, shot }) {
      await nav(page, 'Connections');
      await page.getByRole('button', { name: 'Add server' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Production');
      await dialog.getByRole('textbox', { name: 'Base URL', exact: true }).fill(sims.tableauUrl);
      await dialog.getByRole('textbox', { name: 'Token name', exact: true }).fill(SIM.patName);
      await dialog.getByRole('textbox', { name: 'Token secret', exact: true }).fill(SIM.patSecret);
      await dialog.getByRole('button', { name: 'Create server' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const card = page.getByTestId('server-card').filter({ hasText: 'Production' });
      await card.getByRole('button', { name: 'Add site' }).click();
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Finance');
      await dialog.getByRole('textbox', { name: 'Content URL', exact: true }).fill(SIM.contentUrl);
      await dialog.getByRole('textbox', { name: 'Site LUID', exact: true }).fill(SIM.siteLuid);
      await field(dialog, 'Allowed email domains').fill('example.com');
      await field(dialog, 'Allowed email domains').press('Enter');
      await dialog.getByRole('button', { name: 'Create site' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await card.getByRole('cell', { name: 'Finance', exact: true }).waitFor();
      await card.getByRole('button', { name: 'Test connection' }).click();
      const result = card.getByTestId('connection-test');
      await result.getByText('Every site answered').waitFor();
      const line = await result.getByRole('listitem').first().textContent();
      expect(line.startsWith('✓ Finance: signed in to') && line.includes("site 'finance'"), `the connection test: ${line}`);
      await shot('connections-simulator');
    },
  },
  {
    name: 'story: a trigger schedule with "By Region" registers its Tableau webhook',
    async run({ page, baseUrl, sims, shot, state }) {
      await nav(page, 'Schedules');
      await page.getByRole('link', { name: 'New schedule' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).first().fill(SCHEDULE);
      await pick(page, 'Tableau site', 'Production / Finance');
      await page.getByText('On triggers', { exact: true }).click();
      await page.getByRole('button', { name: 'Create schedule' }).click();
      await page.waitForURL(/\/schedules\/\d+\?tab=tasks/);
      state.storyScheduleId = page.url().match(/schedules\/(\d+)/)[1];

      await page.getByRole('link', { name: 'Add task' }).click();
      await page.getByRole('textbox', { name: 'Task name', exact: true }).fill('Regional sales');
      await field(page, 'Find a view on Tableau').click();
      await field(page, 'Find a view on Tableau').fill('Region');
      const byRegion = page.getByRole('option', { name: /By Region/ });
      const thumb = byRegion.locator('img[src^="data:image/png"]');
      await thumb.waitFor();
      expect(await thumb.isVisible(), 'the picker shows the view thumbnail');
      await byRegion.click();
      const luid = await page.getByRole('textbox', { name: 'View LUID', exact: true }).inputValue();
      expect(luid === SIM.byRegionViewLuid, `the picker filled the view LUID: ${luid}`);
      await pick(page, 'Format', 'PNG');
      await page.getByRole('checkbox', { name: 'Show in the email body instead of attaching' }).check();
      await field(page, 'Email addresses').fill(RECIPIENT);
      await field(page, 'Email addresses').press('Enter');
      await shot('story-task');
      await page.getByRole('button', { name: 'Create task' }).click();
      await page.getByTestId('tasks-table').getByRole('link', { name: 'Regional sales' }).waitFor();

      await page.getByRole('tab', { name: 'Triggers' }).click();
      await page.getByRole('button', { name: 'Add trigger' }).click();
      await search(page, 'Find a workbook on Tableau', 'Sales', 'Sales (Default)');
      const wb = await page.getByRole('textbox', { name: 'Workbook LUID', exact: true }).inputValue();
      expect(wb === SIM.salesWorkbookLuid, `the picker filled the workbook LUID: ${wb}`);
      await page.getByRole('button', { name: 'Save triggers' }).click();
      await page.getByTestId('registration').getByText('created WorkbookRefreshSucceeded').waitFor();
      const hooks = await sim(sims, `webhooks?site_luid=${SIM.siteLuid}`);
      expect(
        hooks.length === 1 && hooks[0].event === 'WorkbookRefreshSucceeded' && hooks[0].url.startsWith(`${baseUrl}/api/webhooks`),
        `one webhook on Tableau pointing at Vizpost: ${JSON.stringify(hooks)}`,
      );

      await page.getByRole('button', { name: 'Test Tableau webhook connections' }).click();
      const trips = page.getByTestId('webhook-round-trips');
      await trips.getByText('Tableau reached Vizpost and got a success answer').waitFor();
      await trips.getByText('Tableau reaches Vizpost').waitFor();
      await shot('story-triggers');
    },
  },
  {
    name: 'story: a Sales refresh runs live on screen and the email arrives',
    async run({ page, sims, shot, state }) {
      await nav(page, 'Home');
      const inProgress = page.getByRole('region', { name: 'Runs in progress' });
      await inProgress.getByText('Nothing is running.').waitFor();
      await page.getByTestId('recent-webhooks').getByText('Test ping').first().waitFor();
      // graphql-ws does not confirm a subscription; give the home page's two a moment to start.
      await page.waitForTimeout(1000);
      await page.evaluate(() => {
        globalThis.__storyNoReload = true;
      });
      // Exports of the next image wait 3 s, so the run stays RUNNING a while.
      await sim(sims, 'faults', { path_contains: '/image', latency_ms: 3000, times: 1 });
      const emitted = await sim(sims, 'emit', { site_luid: SIM.siteLuid, resource_luid: SIM.salesWorkbookLuid });
      expect(emitted.statuses.length === 1 && emitted.statuses[0] < 300, `Tableau's webhook call: ${JSON.stringify(emitted)}`);

      const runLink = inProgress.getByRole('link', { name: /^#\d+$/ }).first();
      await runLink.waitFor();
      await page.getByRole('region', { name: 'Recent webhook events' }).getByText('WorkbookRefreshSucceeded').first().waitFor();
      await shot('story-home-run-in-progress');
      await runLink.click();
      await page.waitForURL(/\/runs\/\d+$/);
      state.storyRunId = page.url().match(/runs\/(\d+)$/)[1];
      const status = page.getByTestId('run-status');
      await status.getByText('Running', { exact: true }).waitFor();
      await page.getByTestId('run-progress').waitFor();
      await shot('story-run-running');
      await status.getByText('Succeeded', { exact: true }).waitFor({ timeout: 20_000 });
      expect((await page.getByTestId('run-progress').count()) === 0, 'no progress bar once the run is done');
      expect(await page.evaluate(() => globalThis.__storyNoReload === true), 'the page was reloaded');
      await page.getByText('1 of 1', { exact: true }).waitFor();
      await shot('story-run-succeeded');

      await page.getByRole('button', { name: `Show the email sent to ${RECIPIENT}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('delivery-subject').filter({ hasText: `${SCHEDULE}: By Region` }).waitFor();
      const frame = dialog.locator(`iframe[title="Email sent to ${RECIPIENT}"]`);
      expect((await frame.getAttribute('sandbox')) === '', 'the email renders in a sandboxed iframe');
      await frame.contentFrame().getByText(/here is By Region as of/).waitFor();
      const inline = frame.contentFrame().locator('img[alt="By Region"]');
      const shown = await inline.evaluate((img) => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 }));
      expect(shown.src.startsWith('data:image/svg+xml') && shown.loaded, `the inline image shows a placeholder, not a broken image: ${JSON.stringify(shown).slice(0, 120)}`);
      await shot('story-delivery-email');
      await page.keyboard.press('Escape');

      const mail = await mailTo(sims, RECIPIENT);
      expect(mail.length === 1, `exactly one email for ${RECIPIENT}, got ${mail.length}`);
      expect(mail[0].data.includes('By Region') && /image\/png/i.test(mail[0].data), 'the email carries the By Region image');
      await nav(page, 'Home');
      await page.getByRole('region', { name: 'Recent runs' }).getByRole('link', { name: `#${state.storyRunId}` }).waitFor();
      await shot('story-home-after');
    },
  },
];
