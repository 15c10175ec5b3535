import { ActionIcon, Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { QueryState } from '../../components/QueryState';
import { useCanEdit } from '../../lib/api';
import { apiErrors, describe } from '../../lib/errors';
import { DeleteTaskMutation, ReorderTasksMutation, ScheduleTasksQuery } from './operations';
import { TestEmailButton } from './TestEmailButton';

/** Stable (urql re-runs a query whose context changes); names the types that refresh it. */
const CONTEXT = { additionalTypenames: ['Task'] };

/** A schedule's tasks in delivery order, for the schedule editor's Tasks tab. */
export function TasksPanel({ scheduleId }: { scheduleId: string }) {
  const canEdit = useCanEdit();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ScheduleTasksQuery, variables: { id: scheduleId }, context: CONTEXT });
  const [, remove] = useMutation(DeleteTaskMutation);
  const [reordering, reorder] = useMutation(ReorderTasksMutation);
  const tasks = data?.schedule.tasks ?? [];
  const fail = (error: Parameters<typeof apiErrors>[0]) =>
    notifications.show({ color: 'red', title: 'Could not change the tasks', message: apiErrors(error).map(describe).join(' ') });

  const move = async (index: number, by: number) => {
    const ids = tasks.map((t) => t.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + by, 0, moved);
    const r = await reorder({ scheduleId, taskIds: ids });
    if (r.error) fail(r.error);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      {canEdit ? (
        <Group justify="flex-end" mb="sm">
          <Button component={Link} to={`/schedules/${scheduleId}/tasks/new`}>
            Add task
          </Button>
        </Group>
      ) : null}
      <QueryState fetching={fetching} error={error} hasData={!!data} empty={tasks.length === 0} emptyTitle="No tasks yet" emptyText="A task says which views go to whom.">
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="tasks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>Task</Table.Th>
                <Table.Th>Views</Table.Th>
                <Table.Th>Recipients</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((t, i) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/schedules/${scheduleId}/tasks/${t.id}`} size="sm" fw={500}>
                      {t.name}
                    </Anchor>
                    {t.enabled ? null : <Badge ml="xs" size="xs" color="gray">disabled</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t.views.map((v) => `${v.viewName || v.viewLuid} (${v.format})`).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {[...t.recipients, ...t.mailingLists.map((l) => `list ${l.name}`)].join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <TestEmailButton taskId={t.id} taskName={t.name} />
                        <ActionIcon variant="subtle" disabled={i === 0 || reordering.fetching} onClick={() => void move(i, -1)} aria-label={`Move ${t.name} up`}>↑</ActionIcon>
                        <ActionIcon variant="subtle" disabled={i === tasks.length - 1 || reordering.fetching} onClick={() => void move(i, 1)} aria-label={`Move ${t.name} down`}>↓</ActionIcon>
                        <ConfirmButton
                          title="Delete task?"
                          message={`Delete the task ${t.name}?`}
                          confirmLabel="Delete"
                          aria-label={`Delete ${t.name}`}
                          onConfirm={async () => {
                            const r = await remove({ id: t.id }, { additionalTypenames: ['Task'] });
                            if (r.error) fail(r.error);
                          }}
                        >
                          Delete
                        </ConfirmButton>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </>
  );
}
