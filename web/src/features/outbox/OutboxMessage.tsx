import { Code, List, Stack, Tabs, Text } from '@mantine/core';

import { EmailFrame } from '../../components/EmailFrame';
import type { OutboxEmail } from './OutboxPage';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** One outbox email: the HTML as a recipient sees it (scripts off), the text, the raw message. */
export function OutboxMessage({ email }: { email: OutboxEmail }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        <b>To:</b> {email.to} · <b>Date:</b> {email.date ?? '—'}
      </Text>
      {email.attachments.length ? (
        <List size="sm">
          {email.attachments.map((a) => (
            <List.Item key={a.filename}>
              {a.filename} ({a.contentType}, {size(a.size)})
            </List.Item>
          ))}
        </List>
      ) : null}
      <Tabs defaultValue={email.html ? 'html' : 'text'}>
        <Tabs.List>
          {email.html ? <Tabs.Tab value="html">HTML</Tabs.Tab> : null}
          <Tabs.Tab value="text">Text</Tabs.Tab>
          <Tabs.Tab value="raw">Raw</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="xs">
          <EmailFrame html={email.html ?? ''} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs">
          <Code block>{email.text ?? '(no text part)'}</Code>
        </Tabs.Panel>
        <Tabs.Panel value="raw" pt="xs">
          <Code block style={{ maxHeight: 400, overflow: 'auto' }}>
            {email.raw}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
