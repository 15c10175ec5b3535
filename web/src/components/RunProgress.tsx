import { Group, Progress, Text } from '@mantine/core';

interface Props {
  status: string;
  total: number;
  sent: number;
  failed: number;
  currentTaskId?: string | null;
  /** Smaller, for tables. */
  compact?: boolean;
}

/** How far an unfinished run has got; nothing once it is done. */
export function RunProgress({ status, total, sent, failed, currentTaskId, compact }: Props) {
  if (status !== 'QUEUED' && status !== 'RUNNING') return null;
  const done = sent + failed;
  const known = status === 'RUNNING' && total > 0;
  const text =
    status === 'QUEUED'
      ? 'Waiting for a worker…'
      : known
        ? `${done} of ${total} emails handled`
        : 'Exporting views from Tableau…';
  return (
    <div data-testid="run-progress">
      <Progress
        value={known ? (done / total) * 100 : 100}
        striped={!known}
        animated={!known}
        color={failed > 0 ? 'orange' : 'blue'}
        aria-label="Run progress"
        mt={compact ? 6 : 'md'}
        size={compact ? 'sm' : 'md'}
      />
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed">
          {text}
        </Text>
        {currentTaskId ? (
          <Text size="xs" c="dimmed">
            Task #{currentTaskId}
          </Text>
        ) : null}
      </Group>
    </div>
  );
}
