import { Anchor, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { apiErrors, describe } from '../../lib/errors';
import { DeleteScheduleMutation, DuplicateScheduleMutation, RunScheduleNowMutation } from './operations';

interface Props {
  schedule: { id: string; name: string };
  /** Shows an Edit link (in the table; the editor page has none). */
  withEdit?: boolean;
  onDeleted?: () => void;
  size?: 'xs' | 'sm';
}

/** Run now, edit, duplicate and delete (after asking). Only for editors and admins. */
export function ScheduleActions({ schedule, withEdit, onDeleted, size = 'xs' }: Props) {
  const navigate = useNavigate();
  const [dup, duplicate] = useMutation(DuplicateScheduleMutation);
  const [, remove] = useMutation(DeleteScheduleMutation);
  const [running, runNow] = useMutation(RunScheduleNowMutation);
  const fail = (title: string, error: Parameters<typeof apiErrors>[0]) =>
    notifications.show({ color: 'red', title, message: apiErrors(error).map(describe).join(' ') });

  const onDuplicate = async () => {
    const r = await duplicate({ id: schedule.id }, { additionalTypenames: ['Schedule'] });
    if (r.error || !r.data) return fail('Could not duplicate', r.error);
    notifications.show({ color: 'green', message: `Created ${r.data.duplicateSchedule.name} (disabled).` });
    void navigate(`/schedules/${r.data.duplicateSchedule.id}`);
  };
  const onRunNow = async () => {
    const r = await runNow({ id: schedule.id }, { additionalTypenames: ['Run'] });
    if (r.error || !r.data) return fail('Could not start a run', r.error);
    const runId = r.data.runScheduleNow.id;
    notifications.show({
      color: 'green',
      title: `Run #${runId} queued`,
      message: <Anchor component={Link} to={`/runs/${runId}`}>Follow the run</Anchor>,
    });
  };
  const onDelete = async () => {
    const r = await remove({ id: schedule.id }, { additionalTypenames: ['Schedule'] });
    if (r.error) return fail('Could not delete', r.error);
    notifications.show({ color: 'green', message: `Deleted ${schedule.name}.` });
    onDeleted?.();
  };

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button size={size} variant="subtle" loading={running.fetching} onClick={() => void onRunNow()} aria-label={`Run ${schedule.name} now`}>
        Run now
      </Button>
      {withEdit ? (
        <Button size={size} variant="subtle" component={Link} to={`/schedules/${schedule.id}`} aria-label={`Edit ${schedule.name}`}>
          Edit
        </Button>
      ) : null}
      <Button size={size} variant="subtle" loading={dup.fetching} onClick={() => void onDuplicate()} aria-label={`Duplicate ${schedule.name}`}>
        Duplicate
      </Button>
      <ConfirmButton
        size={size}
        title="Delete schedule?"
        message={`Delete ${schedule.name} with its tasks, triggers and run history? This cannot be undone.`}
        confirmLabel="Delete"
        onConfirm={onDelete}
        aria-label={`Delete ${schedule.name}`}
      >
        Delete
      </ConfirmButton>
    </Group>
  );
}
