import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RunsTable } from '../../components/RunsTable';
import { useCanEdit } from '../../lib/api';
import { useLiveEvents } from '../../lib/live';
import { NextRunsTable } from './NextRunsTable';
import { HomeQuery, HomeRunUpdates } from './operations';

function Stat({ label, value }: { label: string; value: number | string }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

export function HomePage() {
  const canEdit = useCanEdit();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeQuery });
  useLiveEvents(HomeRunUpdates, {}, () => refetch({ requestPolicy: 'network-only' }), { throttleMs: 2000 });
  const names = new Map((data?.names.items ?? []).map((s) => [s.id, s.name]));
  const next = (data?.upcoming.items ?? []).filter((s) => s.nextFireAt).slice(0, 8);
  const failures = [...(data?.failed.items ?? []), ...(data?.partial.items ?? [])]
    .sort((a, b) => b.queuedAt.localeCompare(a.queuedAt))
    .slice(0, 5);

  return (
    <>
      <PageHeader title="Home" description="What runs next, and how the last runs went." />
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        <SimpleGrid cols={{ base: 2, md: 4 }} mb="lg">
          <Stat label="Schedules" value={data?.names.totalCount ?? 0} />
          <Stat label="Enabled" value={data?.upcoming.totalCount ?? 0} />
          <Stat label="Runs" value={data?.recent.totalCount ?? 0} />
          <Stat label="Failed runs" value={(data?.failed.totalCount ?? 0) + (data?.partial.totalCount ?? 0)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <section aria-labelledby="next-runs">
            <Title order={3} size="h4" id="next-runs" mb="xs">
              Next runs
            </Title>
            {next.length === 0 ? (
              <Text c="dimmed" size="sm">
                No enabled time schedule is due.{' '}
                {canEdit ? <Anchor component={Link} to="/schedules/new">Create a schedule</Anchor> : null}
              </Text>
            ) : (
              <NextRunsTable schedules={next} />
            )}
          </section>
          <section aria-labelledby="failures">
            <Title order={3} size="h4" id="failures" mb="xs">
              Recent failures
            </Title>
            {failures.length === 0 ? (
              <Text c="dimmed" size="sm">
                No failed runs.
              </Text>
            ) : (
              <RunsTable runs={failures} scheduleNames={names} compact />
            )}
          </section>
        </SimpleGrid>
        <section aria-labelledby="recent-runs">
          <Title order={3} size="h4" id="recent-runs" mt="lg" mb="xs">
            Recent runs
          </Title>
          {data?.recent.items.length ? (
            <RunsTable runs={data.recent.items} scheduleNames={names} />
          ) : (
            <Text c="dimmed" size="sm">
              Nothing has run yet.
            </Text>
          )}
        </section>
      </QueryState>
    </>
  );
}
