// A weekly time schedule run by hand, and a custom trigger called with curl.
import { expect, gqlData, mailTo } from '../api.mjs';
import { SIM, nav, field, pick, sessionToken } from '../helpers.mjs';

export const schedulesSpecs = [
  {
    name: 'schedules: weekly time schedule shows its next five fire times',
    async run({ page, shot, state }) {
      await nav(page, 'Schedules');
      await page.getByTestId('schedules-table').getByRole('link', { name: 'Sales refreshed', exact: true }).waitFor();
      await page.getByRole('link', { name: 'New schedule' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).first().fill('Weekly finance report');
      await pick(page, 'Tableau site', 'Production / Finance');
      await pick(page, 'Timezone', 'Europe/Amsterdam');
      await page.getByText('Days of week', { exact: true }).click();
      for (const day of ['Tue', 'Thu', 'Fri']) await page.getByTestId('rule-editor').getByText(day, { exact: true }).click();
      await page.getByTestId('rule-editor').locator('input[type=time]').fill('07:30');
      const description = page.getByTestId('rule-description');
      await description.filter({ hasText: /Mon, Wed at 07:30 \(Europe\/Amsterdam\)/ }).waitFor();
      const times = await page.getByTestId('fire-times').locator('li').allTextContents();
      expect(times.length === 5, `five fire times, got ${times.length}`);
      expect(times.every((t) => /^(Mon|Wed) .* 07:30/.test(t)), `fire times on Mon/Wed at 07:30: ${times}`);
      await shot('schedule-editor');
      await page.getByRole('button', { name: 'Create schedule' }).click();
      await page.waitForURL(/\/schedules\/\d+\?tab=tasks/);
      state.scheduleId = page.url().match(/schedules\/(\d+)/)[1];
    },
  },
  {
    name: 'tasks: a task typed by hand runs now against the simulator and mails its PDF',
    async run({ page, shot, state, sims }) {
      await page.getByText('No tasks yet').waitFor();
      await page.getByRole('link', { name: 'Add task' }).click();
      await page.getByRole('textbox', { name: 'Task name', exact: true }).fill('Finance overview');
      await page.getByRole('textbox', { name: 'View LUID', exact: true }).fill(SIM.overviewViewLuid);
      await page.getByRole('textbox', { name: 'View name', exact: true }).fill('Overview');
      await page.getByRole('textbox', { name: 'Workbook name', exact: true }).fill('Sales');
      await field(page, 'Email addresses').fill('cfo@example.com');
      await field(page, 'Email addresses').press('Enter');
      await page.getByRole('textbox', { name: 'Subject', exact: true }).fill('{{schedule}} for {{recipient.name}}');
      const subject = await page.getByTestId('preview-subject').textContent();
      expect(subject === 'Weekly finance report for Alex Example', `rendered subject: ${subject}`);
      const files = await page.getByTestId('preview-attachments').textContent();
      expect(/^Attachments: Overview.*\.pdf$/.test(files), `attachments preview: ${files}`);
      await page.getByTestId('placeholders').getByText('{{recipient.email}}').waitFor();
      await shot('task-editor');
      await page.getByRole('button', { name: 'Create task' }).click();
      await page.waitForURL(`**/schedules/${state.scheduleId}?tab=tasks`);
      await page.getByTestId('tasks-table').getByRole('link', { name: 'Finance overview' }).waitFor();
      await page.getByRole('button', { name: 'Run Weekly finance report now' }).click();
      await page.getByRole('link', { name: 'Follow the run' }).click();
      await page.waitForURL(/\/runs\/\d+$/);
      await page.getByTestId('run-status').filter({ hasText: /^(Failed|Partially failed|Succeeded)$/ }).waitFor({ timeout: 30_000 });
      const status = await page.getByTestId('run-status').textContent();
      expect(status === 'Succeeded', `the manual run against the simulator: ${status}`);
      const mail = await mailTo(sims, 'cfo@example.com');
      expect(mail.length === 1, `one email for cfo@example.com, got ${mail.length}`);
      expect(/Content-Type: application\/pdf/i.test(mail[0].data), 'the email carries the PDF export');
      await shot('run');
      await nav(page, 'Schedules');
      await page.getByTestId('schedules-table').getByRole('link', { name: 'Weekly finance report', exact: true }).waitFor();
      await shot('schedules');
    },
  },
  {
    name: 'triggers: a custom trigger shows its ready-to-copy curl call',
    async run({ page, baseUrl, shot }) {
      await nav(page, 'Schedules');
      await page.getByRole('link', { name: 'New schedule' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).first().fill('After the nightly load');
      await pick(page, 'Tableau site', 'Production / Finance');
      await page.getByText('On triggers', { exact: true }).click();
      await page.getByRole('button', { name: 'Create schedule' }).click();
      await page.waitForURL(/\/schedules\/\d+\?tab=tasks/);
      const id = page.url().match(/schedules\/(\d+)/)[1];
      await page.getByRole('link', { name: 'Add task' }).click();
      await page.getByRole('textbox', { name: 'Task name', exact: true }).fill('Load summary');
      await page.getByRole('textbox', { name: 'View LUID', exact: true }).fill('0f0e0d0c-1111-4222-8333-444455557777');
      await page.getByRole('button', { name: 'Create task' }).click();
      // The server's field error lands beside the field it names.
      const recipients = field(page, 'Email addresses');
      await page.getByText(/at least one recipient/).waitFor();
      expect((await recipients.getAttribute('aria-invalid')) === 'true', 'the recipients field is marked invalid');
      await recipients.fill('ops@example.com');
      await recipients.press('Enter');
      await page.getByRole('button', { name: 'Create task' }).click();
      await page.getByTestId('tasks-table').getByRole('link', { name: 'Load summary' }).waitFor();
      await page.getByRole('tab', { name: 'Triggers' }).click();
      await page.getByRole('button', { name: 'Add trigger' }).click();
      await pick(page, 'When', 'Custom (webhook call)');
      await page.getByRole('button', { name: 'Save triggers' }).click();
      await page.getByTestId('registration').waitFor();
      const curl = await page.getByTestId('copy-value').textContent();
      const expected = `"site_luid":"${SIM.siteLuid}","event_type":"custom","schedule_ids":[${id}]`;
      expect(curl.includes(expected) && curl.startsWith('curl -X POST http://127.0.0.1:'), `curl example: ${curl}`);
      await shot('triggers');
      // The example works as shown, with a token that may fire triggers.
      const created = await gqlData(
        baseUrl,
        'mutation { createApiToken(input: { name: "e2e fire", scopes: ["triggers:fire"] }) { token } }',
        {},
        await sessionToken(page),
      );
      const body = curl.match(/-d '(.*)'$/)[1];
      const res = await fetch(`${baseUrl}/api/webhooks`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${created.createApiToken.token}`, 'Content-Type': 'application/json' },
        body,
      });
      expect(res.ok, `POST /api/webhooks answered ${res.status}: ${await res.text()}`);
      await nav(page, 'Webhook log');
      await page.getByTestId('webhook-events-table').getByRole('row').filter({ hasText: 'Custom' }).getByText('Queued').waitFor();
    },
  },
];
