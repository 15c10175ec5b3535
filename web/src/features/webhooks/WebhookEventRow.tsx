import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Code, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { WebhookEventRowFragment } from '../../gql/graphql';
import { formatDateTime, titleCase } from '../../lib/format';

const OUTCOME_COLOR: Record<string, string> = {
  QUEUED: 'green',
  DUPLICATE: 'gray',
  NO_MATCH: 'yellow',
  SKIPPED: 'yellow',
  IGNORED: 'gray',
  REJECTED: 'red',
  TEST_PING: 'blue',
};

/** One received webhook; the chevron shows the body and skipped schedules. */
export function WebhookEventRow({ event: e }: { event: WebhookEventRowFragment }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <ActionIcon variant="subtle" size="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-label={`Details of webhook ${e.id}`}>
            {open ? '▾' : '▸'}
          </ActionIcon>
        </Table.Td>
        <Table.Td>{formatDateTime(e.receivedAt)}</Table.Td>
        <Table.Td>{titleCase(e.kind)}</Table.Td>
        <Table.Td>
          <Badge variant="light" color={OUTCOME_COLOR[e.outcome] ?? 'gray'} size="sm">
            {titleCase(e.outcome)}
          </Badge>
          {e.reason ? <Text size="xs" c="dimmed">{e.reason}</Text> : null}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{e.eventType ?? '—'}</Text>
          {e.resourceLuid ? <Text size="xs" ff="monospace" c="dimmed">{e.resourceLuid}</Text> : null}
        </Table.Td>
        <Table.Td>
          <Group gap={4}>
            {e.runIds.map((id) => (
              <Anchor key={id} component={Link} to={`/runs/${id}`} size="sm">
                #{id}
              </Anchor>
            ))}
            {e.runIds.length === 0 ? '—' : null}
          </Group>
        </Table.Td>
        <Table.Td>{e.source}</Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr>
          <Table.Td colSpan={7}>
            {e.skipped.map((s) => (
              <Text key={s.scheduleId} size="sm">
                Schedule <Anchor component={Link} to={`/schedules/${s.scheduleId}`}>#{s.scheduleId}</Anchor> skipped: {s.reason}
              </Text>
            ))}
            <Code block mt={4} style={{ maxHeight: 240, overflow: 'auto' }}>
              {e.body || '(empty body)'}
            </Code>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
