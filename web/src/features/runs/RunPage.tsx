import { useEffect, useState } from 'react';
import { Anchor, Badge, Group, Select, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { DeliveryStatus } from '../../gql/graphql';
import { useCanEdit } from '../../lib/api';
import { titleCase } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { DeliveriesTable } from './DeliveriesTable';
import { RunUpdatesSubscription } from './live';
import { DeliveriesQuery, RunQuery, RunScheduleQuery } from './operations';
import { RunSummary } from './RunSummary';

const LIMIT = 50;
const NETWORK = { requestPolicy: 'network-only' } as const;
/** Catches a change made between loading the run and the subscription starting. */
const CATCH_UP_MS = 2000;

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
  const [schedule] = useQuery({ query: RunScheduleQuery, variables: { id: r?.scheduleId ?? '' }, pause: !r });
  const unfinished = r?.status === 'QUEUED' || r?.status === 'RUNNING';
  // Subscribed from the start (all runs, this one picked out), not after the run loads.
  const { live } = useLiveEvents(
    RunUpdatesSubscription,
    { scheduleId: null },
    (event) => {
      if (event.runUpdates.runId !== id) return;
      refetchRun(NETWORK);
      refetchDeliveries(NETWORK);
    },
    { throttleMs: 300 },
  );
  useEffect(() => {
    if (!unfinished) return;
    const timer = window.setTimeout(() => refetchRun(NETWORK), CATCH_UP_MS);
    return () => window.clearTimeout(timer);
  }, [unfinished, refetchRun]);
  const page = deliveries.data?.deliveries;

  return (
    <>
      <PageHeader
        title={`Run #${id}`}
        description={<Anchor component={Link} to="/runs">All runs</Anchor>}
        actions={live && unfinished ? <Badge variant="dot" color="green">live</Badge> : null}
      />
      <QueryState fetching={run.fetching} error={run.error} hasData={!!r}>
        {r ? <RunSummary run={r} scheduleName={schedule.data?.schedule.name} canEdit={canEdit} /> : null}
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
        emptyText={unfinished && !status ? 'Deliveries appear here as the run sends its emails.' : 'This run has no delivery with this status.'}
      >
        {page ? (
          <>
            <DeliveriesTable deliveries={page.items} />
            <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
