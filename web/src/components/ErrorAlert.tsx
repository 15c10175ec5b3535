import { Alert, List } from '@mantine/core';
import type { CombinedError } from '@urql/core';

import { apiErrors, describe } from '../lib/errors';

interface Props {
  error?: CombinedError | null;
  messages?: string[];
  title?: string;
}

/** A request's errors, or a form's messages, in one red box; nothing when none. */
export function ErrorAlert({ error, messages, title = 'Something went wrong' }: Props) {
  const lines = [...(messages ?? []), ...apiErrors(error).map(describe)];
  if (lines.length === 0) return null;
  return (
    <Alert color="red" title={title} role="alert" data-testid="error-alert">
      {lines.length === 1 ? lines[0] : (
        <List size="sm">
          {lines.map((l, i) => (
            <List.Item key={i}>{l}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
