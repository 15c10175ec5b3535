import { Badge, Group, Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { RunsTable } from '../../components/RunsTable';
import { graphql } from '../../gql';
import type { RunStatus } from '../../gql/graphql';
import { titleCase } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { RunUpdatesSubscription } from './live';

const RunsQuery = graphql(`
  query Runs($filter: RunFilter, $page: PageInput) {
    runs(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        scheduleId
        status
        cause
        queuedAt
        finishedAt
        total
        sent
        failed
        error
      }
    }
  }
`);

const ScheduleNamesQuery = graphql(`
  query RunScheduleNames {
    schedules(page: { limit: 200 }, orderBy: { field: NAME }) {
      items {
        id
        name
      }
    }
  }
`);

export const RUN_STATUSES: RunStatus[] = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'PARTIALLY_FAILED',
  'FAILED',
  'CANCELLED',
  'SKIPPED',
];
const LIMIT = 25;

export function RunsPage() {
  const [params, setParams] = useSearchParams();
  const scheduleId = params.get('schedule');
  const status = params.get('status') as RunStatus | null;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [names] = useQuery({ query: ScheduleNamesQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RunsQuery,
    variables: { filter: { scheduleId, status }, page: { offset, limit: LIMIT } },
  });
  const { live } = useLiveEvents(RunUpdatesSubscription, { scheduleId }, () => refetch({ requestPolicy: 'network-only' }), {
    throttleMs: 1000,
  });
  const scheduleNames = new Map((names.data?.schedules.items ?? []).map((s) => [s.id, s.name]));

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'offset') next.delete('offset');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Runs"
        description="Every run, newest first, with its deliveries."
        actions={live ? <Badge variant="dot" color="green">live</Badge> : null}
      />
      <Group mb="md" gap="sm" align="flex-end">
        <Select
          label="Schedule"
          placeholder="All schedules"
          clearable
          searchable
          data={(names.data?.schedules.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={scheduleId}
          onChange={(v) => setParam('schedule', v)}
          w={260}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={RUN_STATUSES.map((s) => ({ value: s, label: titleCase(s) }))}
          value={status}
          onChange={(v) => setParam('status', v)}
          w={200}
        />
      </Group>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        empty={data?.runs.items.length === 0}
        emptyTitle="No runs"
        emptyText={scheduleId || status ? 'No run matches these filters.' : 'Runs appear here once schedules fire.'}
      >
        {data ? (
          <>
            <RunsTable runs={data.runs.items} scheduleNames={scheduleNames} />
            <Pager
              offset={data.runs.offset}
              limit={data.runs.limit}
              totalCount={data.runs.totalCount}
              onChange={(o) => setParam('offset', String(o))}
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
