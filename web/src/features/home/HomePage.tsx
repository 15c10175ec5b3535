import type { ReactNode } from 'react';
import { Anchor, Badge, Box, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RunsTable } from '../../components/RunsTable';
import { useCanEdit } from '../../lib/api';
import { useLiveEvents } from '../../lib/live';
import { InProgressRuns } from './InProgressRuns';
import { NextRunsTable } from './NextRunsTable';
import { HomeQuery, HomeRunUpdates } from './operations';
import { RecentWebhooks } from './RecentWebhooks';

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

interface SectionProps {
  id: string;
  title: string;
  link?: ReactNode;
  mt?: string;
  children: ReactNode;
}

function Section({ id, title, link, mt, children }: SectionProps) {
  return (
    <Box component="section" aria-labelledby={id} mt={mt}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {link}
      </Group>
      {children}
    </Box>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <Text c="dimmed" size="sm">{children}</Text>;

export function HomePage() {
  const canEdit = useCanEdit();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeQuery });
  const { live } = useLiveEvents(HomeRunUpdates, {}, () => refetch({ requestPolicy: 'network-only' }), { throttleMs: 1000 });
  const names = new Map((data?.names.items ?? []).map((s) => [s.id, s.name]));
  const next = (data?.upcoming.items ?? []).filter((s) => s.nextFireAt).slice(0, 8);
  const active = [...(data?.running.items ?? []), ...(data?.queued.items ?? [])];
  const failures = [...(data?.failed.items ?? []), ...(data?.partial.items ?? [])]
    .sort((a, b) => b.queuedAt.localeCompare(a.queuedAt))
    .slice(0, 5);

  return (
    <>
      <PageHeader
        title="Home"
        description="What runs next, what is running, and how the last runs went."
        actions={live ? <Badge variant="dot" color="green">live</Badge> : null}
      />
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        <SimpleGrid cols={{ base: 2, md: 4 }} mb="lg">
          <Stat label="Schedules" value={data?.names.totalCount ?? 0} />
          <Stat label="Enabled" value={data?.upcoming.totalCount ?? 0} />
          <Stat label="In progress" value={(data?.running.totalCount ?? 0) + (data?.queued.totalCount ?? 0)} />
          <Stat label="Failed runs" value={(data?.failed.totalCount ?? 0) + (data?.partial.totalCount ?? 0)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" verticalSpacing="xl">
          <Section id="next-runs" title="Next runs">
            {next.length ? (
              <NextRunsTable schedules={next} />
            ) : (
              <Empty>
                No enabled time schedule is due.{' '}
                {canEdit ? <Anchor component={Link} to="/schedules/new">Create a schedule</Anchor> : null}
              </Empty>
            )}
          </Section>
          <Section id="in-progress" title="Runs in progress">
            {active.length ? <InProgressRuns runs={active} scheduleNames={names} /> : <Empty>Nothing is running.</Empty>}
          </Section>
          <Section id="failures" title="Recent failures">
            {failures.length ? <RunsTable runs={failures} scheduleNames={names} compact /> : <Empty>No failed runs.</Empty>}
          </Section>
          <Section id="webhook-events" title="Recent webhook events" link={<Anchor component={Link} to="/webhooks" size="sm">Webhook log</Anchor>}>
            <RecentWebhooks />
          </Section>
        </SimpleGrid>
        <Section id="recent-runs" title="Recent runs" mt="xl" link={<Anchor component={Link} to="/runs" size="sm">All runs ({data?.recent.totalCount ?? 0})</Anchor>}>
          {data?.recent.items.length ? <RunsTable runs={data.recent.items} scheduleNames={names} /> : <Empty>Nothing has run yet.</Empty>}
        </Section>
      </QueryState>
    </>
  );
}
