import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCanEdit } from '../../lib/api';
import { ScheduleTasksQuery } from './operations';
import { TaskForm } from './TaskForm';
import { TestEmailButton } from './TestEmailButton';

/** Creates a task (`/schedules/:scheduleId/tasks/new`) or edits one (`…/tasks/:taskId`). */
export function TaskEditorPage() {
  const { scheduleId = '', taskId } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const [{ data, fetching, error }] = useQuery({ query: ScheduleTasksQuery, variables: { id: scheduleId } });
  const schedule = data?.schedule;
  const task = taskId ? schedule?.tasks.find((t) => t.id === taskId) : undefined;
  const back = `/schedules/${scheduleId}?tab=tasks`;
  const missing = !!schedule && !!taskId && !task;

  return (
    <>
      <PageHeader
        title={task ? `Task: ${task.name}` : 'New task'}
        description={
          <Anchor component={Link} to={back}>
            Back to {schedule?.name ?? 'the schedule'}
          </Anchor>
        }
        actions={task && canEdit ? <TestEmailButton taskId={task.id} taskName={task.name} size="sm" /> : null}
      />
      <QueryState fetching={fetching} error={error} hasData={!!schedule} empty={missing} emptyTitle="No such task">
        {schedule && !missing ? (
          <TaskForm
            key={task?.id ?? 'new'}
            scheduleId={scheduleId}
            task={task}
            readOnly={!canEdit}
            context={{ schedule: schedule.name, site: schedule.site.name, siteId: schedule.site.id }}
            onCancel={() => void navigate(back)}
            onSaved={(saved) => {
              notifications.show({ color: 'green', message: `Saved task ${saved.name}.` });
              void navigate(back);
            }}
          />
        ) : null}
      </QueryState>
    </>
  );
}
