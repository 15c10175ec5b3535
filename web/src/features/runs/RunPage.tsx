import { useState } from 'react';
import { Anchor, Group, Select, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { graphql } from '../../gql';
import type { DeliveryStatus } from '../../gql/graphql';
import { useCanEdit } from '../../lib/api';
import { formatDateTime, titleCase } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { RunUpdatesSubscription } from './live';
import { RunSummary } from './RunSummary';

const RunQuery = graphql(`
  query RunDetail($id: ID!) {
    run(id: $id) {
      id
      scheduleId
      status
      cause
      fireTime
      queuedAt
      startedAt
      finishedAt
      total
      sent
      failed
      error
      currentTaskId
    }
  }
`);

const DeliveriesQuery = graphql(`
  query RunDeliveries($runId: ID!, $status: DeliveryStatus, $page: PageInput) {
    deliveries(runId: $runId, status: $status, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        recipientEmail
        recipientName
        status
        attempts
        error
        sentAt
      }
    }
  }
`);

const LIMIT = 50;

export function RunPage() {
  const { id = '' } = useParams();
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const [offset, setOffset] = useState(0);
  const canEdit = useCanEdit();
  const [run, refetchRun] = useQuery({ query: RunQuery, variables: { id } });
  const [deliveries, refetchDeliveries] = useQuery({
    query: DeliveriesQuery,
    variables: { runId: id, status, page: { offset, limit: LIMIT } },
  });
  const r = run.data?.run;
  useLiveEvents(
    RunUpdatesSubscription,
    { scheduleId: r?.scheduleId ?? null },
    (event) => {
      if (event.runUpdates.runId !== id) return;
      refetchRun({ requestPolicy: 'network-only' });
      refetchDeliveries({ requestPolicy: 'network-only' });
    },
    { throttleMs: 500, pause: !r },
  );
  const page = deliveries.data?.deliveries;

  return (
    <>
      <PageHeader title={`Run #${id}`} description={<Anchor component={Link} to="/runs">All runs</Anchor>} />
      <QueryState fetching={run.fetching} error={run.error} hasData={!!r}>
        {r ? <RunSummary run={r} canEdit={canEdit} /> : null}
      </QueryState>
      <Group justify="space-between" mb="xs" align="flex-end">
        <Text fw={600}>Deliveries</Text>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={['PENDING', 'SENT', 'FAILED'].map((s) => ({ value: s, label: titleCase(s) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as DeliveryStatus | null);
            setOffset(0);
          }}
          w={180}
        />
      </Group>
      <QueryState
        fetching={deliveries.fetching}
        error={deliveries.error}
        hasData={!!page}
        empty={page?.items.length === 0}
        emptyTitle="No deliveries"
        emptyText="This run has no delivery with this status."
      >
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Recipient</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Error</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm">{d.recipientEmail}</Text>
                    {d.recipientName ? <Text size="xs" c="dimmed">{d.recipientName}</Text> : null}
                  </Table.Td>
                  <Table.Td><StatusBadge status={d.status} /></Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>{formatDateTime(d.sentAt)}</Table.Td>
                  <Table.Td><Text size="xs" c="red">{d.error}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
    </>
  );
}
