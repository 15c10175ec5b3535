import { Badge, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from 'urql';

import { apiErrors, describe } from '../../lib/errors';
import { SetEnabledMutations } from './operations';

/** A switch for editors; a badge for viewers. */
export function EnabledToggle({ id, name, enabled, canEdit }: { id: string; name: string; enabled: boolean; canEdit: boolean }) {
  const [on, enable] = useMutation(SetEnabledMutations.enable);
  const [off, disable] = useMutation(SetEnabledMutations.disable);
  if (!canEdit) {
    return (
      <Badge variant="light" color={enabled ? 'green' : 'gray'} size="sm">
        {enabled ? 'on' : 'off'}
      </Badge>
    );
  }
  const toggle = async (next: boolean) => {
    const r = next ? await enable({ id }) : await disable({ id });
    if (r.error) {
      notifications.show({ color: 'red', title: `Could not ${next ? 'enable' : 'disable'} ${name}`, message: apiErrors(r.error).map(describe).join(' ') });
    }
  };
  return (
    <Switch
      checked={enabled}
      disabled={on.fetching || off.fetching}
      onChange={(e) => void toggle(e.currentTarget.checked)}
      aria-label={`Enabled: ${name}`}
    />
  );
}
