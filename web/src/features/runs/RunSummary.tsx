import { Anchor, Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { RunProgress } from '../../components/RunProgress';
import { StatusBadge } from '../../components/StatusBadge';
import type { RunDetailQuery } from '../../gql/graphql';
import { apiErrors, describe } from '../../lib/errors';
import { formatDateTime, titleCase } from '../../lib/format';
import { CancelRunMutation } from './live';


type Run = RunDetailQuery['run'];

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** A run's status, cause, times and counts; editors may cancel an unfinished run. */
export function RunSummary({ run, scheduleName, canEdit }: { run: Run; scheduleName?: string; canEdit: boolean }) {
  const [cancelling, cancel] = useMutation(CancelRunMutation);
  const unfinished = run.status === 'QUEUED' || run.status === 'RUNNING';
  const onCancel = async () => {
    const r = await cancel({ id: run.id });
    if (r.error) notifications.show({ color: 'red', title: 'Could not cancel', message: apiErrors(r.error).map(describe).join(' ') });
  };
  return (
    <Card withBorder mb="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        <Field label="Status">
          <Group gap="xs">
            <span data-testid="run-status">
              <StatusBadge status={run.status} />
            </span>
            {canEdit && unfinished ? (
              <Button size="compact-xs" color="red" variant="light" loading={cancelling.fetching} onClick={() => void onCancel()}>
                Cancel run
              </Button>
            ) : null}
          </Group>
        </Field>
        <Field label="Schedule">
          <Anchor component={Link} to={`/schedules/${run.scheduleId}`}>
            {scheduleName ?? `#${run.scheduleId}`}
          </Anchor>
        </Field>
        <Field label="Cause">{titleCase(run.cause)}</Field>
        <Field label="For">{formatDateTime(run.fireTime)}</Field>
        <Field label="Queued">{formatDateTime(run.queuedAt)}</Field>
        <Field label="Started">{formatDateTime(run.startedAt)}</Field>
        <Field label="Finished">{formatDateTime(run.finishedAt)}</Field>
        <Field label="Sent">
          {run.sent} of {run.total}
        </Field>
        <Field label="Failed">{run.failed}</Field>
        {run.currentTaskId ? <Field label="Delivering task">#{run.currentTaskId}</Field> : null}
      </SimpleGrid>
      <RunProgress {...run} />
      {run.error ? <ErrorAlert messages={[run.error]} title="The run failed" /> : null}
    </Card>
  );
}
