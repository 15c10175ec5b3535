import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { StatusBadge } from '../../components/StatusBadge';
import type { HomeOverviewQuery } from '../../gql/graphql';
import { formatDateTime, formatRelative } from '../../lib/format';

type Upcoming = HomeOverviewQuery['upcoming']['items'][number];

/** Enabled schedules by their next fire time, with how their last run went. */
export function NextRunsTable({ schedules: next }: { schedules: Upcoming[] }) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Schedule</Table.Th>
          <Table.Th>Next run</Table.Th>
          <Table.Th>Last run</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {next.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>
              <Anchor component={Link} to={`/schedules/${s.id}`} size="sm">
                {s.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {s.site.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatDateTime(s.nextFireAt)}</Text>
              <Text size="xs" c="dimmed">
                {formatRelative(s.nextFireAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={s.lastRun?.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
