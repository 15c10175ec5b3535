import type { ReactNode } from 'react';
import { Center, EmptyState, Loader } from '@mantine/core';
import type { CombinedError } from '@urql/core';

import { ErrorAlert } from './ErrorAlert';

interface Props {
  /** A refresh is under way (data may be shown meanwhile). */
  fetching?: boolean;
  error?: CombinedError | null;
  /** Whether data has arrived; loading shows only until then. */
  hasData: boolean;
  /** When true (and data has arrived) the empty text shows instead of children. */
  empty?: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  children: ReactNode;
}

/** The loading, error and empty states every list shares. */
export function QueryState({ fetching, error, hasData, empty, emptyTitle = 'Nothing here yet', emptyText, children }: Props) {
  if (error && !hasData) return <ErrorAlert error={error} title="Could not load" />;
  if (!hasData) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label="Loading" size="sm" />
      </Center>
    );
  }
  if (empty) {
    return <EmptyState title={emptyTitle} description={emptyText} size="sm" py="lg" data-testid="empty-state" />;
  }
  return (
    <div aria-busy={fetching || undefined}>
      {error ? <ErrorAlert error={error} title="Could not refresh" /> : null}
      {children}
    </div>
  );
}
