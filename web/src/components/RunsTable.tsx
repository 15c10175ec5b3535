import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { formatDateTime, titleCase } from '../lib/format';
import { StatusBadge } from './StatusBadge';

export interface RunRowData {
  id: string;
  scheduleId: string;
  status: string;
  cause: string;
  queuedAt: string;
  finishedAt?: string | null;
  total: number;
  sent: number;
  failed: number;
  error?: string | null;
}

interface Props {
  runs: RunRowData[];
  /** Schedule names by id; unknown ids show as "#id". */
  scheduleNames: Map<string, string>;
  compact?: boolean;
}

/** Runs with their schedule, status, cause and delivery counts; each links to its page. */
export function RunsTable({ runs, scheduleNames, compact }: Props) {
  return (
    <Table.ScrollContainer minWidth={compact ? 420 : 720}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Run</Table.Th>
            <Table.Th>Schedule</Table.Th>
            <Table.Th>Status</Table.Th>
            {compact ? null : <Table.Th>Cause</Table.Th>}
            <Table.Th>Queued</Table.Th>
            {compact ? null : <Table.Th>Finished</Table.Th>}
            <Table.Th>Sent / failed / total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                <Anchor component={Link} to={`/runs/${run.id}`} size="sm">
                  #{run.id}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/schedules/${run.scheduleId}`} size="sm">
                  {scheduleNames.get(run.scheduleId) ?? `#${run.scheduleId}`}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={run.status} />
                {run.error && !compact ? (
                  <Text size="xs" c="red" lineClamp={2}>
                    {run.error}
                  </Text>
                ) : null}
              </Table.Td>
              {compact ? null : <Table.Td>{titleCase(run.cause)}</Table.Td>}
              <Table.Td>{formatDateTime(run.queuedAt)}</Table.Td>
              {compact ? null : <Table.Td>{formatDateTime(run.finishedAt)}</Table.Td>}
              <Table.Td>
                {run.sent} / {run.failed} / {run.total}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
