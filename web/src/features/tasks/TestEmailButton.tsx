import { Anchor, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { apiErrors, describe } from '../../lib/errors';
import { SendTestEmailMutation } from './operations';

/** Sends the task's email to the signed-in user only. */
export function TestEmailButton({ taskId, taskName, size = 'xs' }: { taskId: string; taskName: string; size?: 'xs' | 'sm' }) {
  const [state, send] = useMutation(SendTestEmailMutation);
  const onClick = async () => {
    const r = await send({ taskId }, { additionalTypenames: ['Run'] });
    if (r.error || !r.data) {
      notifications.show({ color: 'red', title: 'Could not send a test email', message: apiErrors(r.error).map(describe).join(' ') });
      return;
    }
    const runId = r.data.sendTestEmail.id;
    notifications.show({
      color: 'green',
      title: 'Test email queued',
      message: (
        <>
          It goes to you only. <Anchor component={Link} to={`/runs/${runId}`}>Follow run #{runId}</Anchor>
        </>
      ),
    });
  };
  return (
    <Button size={size} variant="subtle" loading={state.fetching} onClick={() => void onClick()} aria-label={`Send a test email of ${taskName}`}>
      Test email
    </Button>
  );
}
