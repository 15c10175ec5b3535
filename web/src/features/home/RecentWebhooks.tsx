import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { formatRelative, titleCase } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { HomeTriggerFired, HomeWebhookEvents } from './operations';

const OUTCOME_COLOR: Record<string, string> = { QUEUED: 'green', REJECTED: 'red', NO_MATCH: 'yellow', SKIPPED: 'yellow', TEST_PING: 'blue' };

/** The last webhooks received, updated as new ones arrive. */
export function RecentWebhooks() {
  const [{ data, error }, refetch] = useQuery({ query: HomeWebhookEvents });
  useLiveEvents(HomeTriggerFired, {}, () => refetch({ requestPolicy: 'network-only' }), { throttleMs: 1000 });
  const events = data?.webhookEvents.items ?? [];
  if (error && !data) return <Text c="red" size="sm">Could not load the webhook log.</Text>;
  if (data && events.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No webhook received yet.
      </Text>
    );
  }
  return (
    <Table data-testid="recent-webhooks">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Received</Table.Th>
          <Table.Th>Event</Table.Th>
          <Table.Th>Outcome</Table.Th>
          <Table.Th>Runs</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatRelative(e.receivedAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{e.eventType ?? titleCase(e.kind)}</Text>
              {e.eventType ? <Text size="xs" c="dimmed">{titleCase(e.kind)}</Text> : null}
              {e.reason ? <Text size="xs" c="dimmed" lineClamp={1}>{e.reason}</Text> : null}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" size="sm" color={OUTCOME_COLOR[e.outcome] ?? 'gray'} miw="max-content" style={{ overflow: 'visible' }}>
                {titleCase(e.outcome)}
              </Badge>
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
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
