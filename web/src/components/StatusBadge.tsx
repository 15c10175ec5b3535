import { Badge } from '@mantine/core';

import { titleCase } from '../lib/format';

const COLORS: Record<string, string> = {
  QUEUED: 'gray',
  PENDING: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'green',
  SENT: 'green',
  PARTIALLY_FAILED: 'orange',
  FAILED: 'red',
  CANCELLED: 'gray',
  SKIPPED: 'yellow',
};

/** A run's or delivery's status as a coloured badge. */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <>—</>;
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" size="sm" style={{ flexShrink: 0, overflow: 'visible' }} miw="max-content">
      {titleCase(status)}
    </Badge>
  );
}
