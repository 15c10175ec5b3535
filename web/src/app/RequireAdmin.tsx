import type { ReactNode } from 'react';
import { EmptyState } from '@mantine/core';

import { useIsAdmin } from '../lib/api';

/** Admin pages: others see a short refusal instead. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  if (useIsAdmin()) return <>{children}</>;
  return <EmptyState title="Admins only" description="Ask an admin if you need access to this page." py="xl" />;
}
