import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider } from 'urql';

import { createApiClient } from './client';
import { canEdit, isAdmin, sessionStore, type Session } from './session';

/** The session, re-rendering on sign-in, sign-out and expiry. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, () => sessionStore.get());
}

export function useCanEdit(): boolean {
  return canEdit(useSession()?.user.role);
}

export function useIsAdmin(): boolean {
  return isAdmin(useSession()?.user.role);
}

/**
 * Provides the GraphQL client. A new client (with an empty cache) is made
 * whenever the token changes, so nothing of one user is shown to the next.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const token = session?.token ?? null;
  const api = useMemo(
    () =>
      createApiClient({
        getToken: () => sessionStore.token(),
        onUnauthenticated: () => sessionStore.clear(),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh cache per token
    [token],
  );
  useEffect(() => api.dispose, [api]);

  useEffect(() => {
    if (!session) return;
    const left = Date.parse(session.expiresAt) - Date.now();
    const timer = window.setTimeout(() => sessionStore.clear(), Math.max(0, Math.min(left, 2 ** 31 - 1)));
    return () => window.clearTimeout(timer);
  }, [session]);

  return <Provider value={api.client}>{children}</Provider>;
}
