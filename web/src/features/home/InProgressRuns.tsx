import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { RunProgress } from '../../components/RunProgress';
import { StatusBadge } from '../../components/StatusBadge';
import { formatRelative } from '../../lib/format';

interface Run {
  id: string;
  scheduleId: string;
  status: string;
  queuedAt: string;
  total: number;
  sent: number;
  failed: number;
  currentTaskId?: string | null;
}

/** Queued and running runs with their progress; each links to its page. */
export function InProgressRuns({ runs, scheduleNames }: { runs: Run[]; scheduleNames: Map<string, string> }) {
  return (
    <Table data-testid="runs-in-progress">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Run</Table.Th>
          <Table.Th>Schedule</Table.Th>
          <Table.Th>Progress</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.id}>
            <Table.Td>
              <Anchor component={Link} to={`/runs/${run.id}`} size="sm">
                #{run.id}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatRelative(run.queuedAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/schedules/${run.scheduleId}`} size="sm">
                {scheduleNames.get(run.scheduleId) ?? `#${run.scheduleId}`}
              </Anchor>
            </Table.Td>
            <Table.Td miw={180}>
              <StatusBadge status={run.status} />
              <RunProgress {...run} compact />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
