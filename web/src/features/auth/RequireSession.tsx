import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQuery } from 'urql';

import { graphql } from '../../gql';
import { useSession } from '../../lib/api';
import { sessionStore } from '../../lib/session';

const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

/**
 * Shows its children only to a signed-in user, sending everyone else to the
 * sign-in page (which sends on to set-up on first run). The user's role is
 * refreshed from the server, so a changed role shows without signing in again.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const [me] = useQuery({ query: MeQuery, pause: !session, requestPolicy: 'network-only' });

  useEffect(() => {
    const user = me.data?.me;
    const current = sessionStore.get()?.user;
    if (user && current && (user.role !== current.role || user.name !== current.name || user.email !== current.email)) {
      sessionStore.updateUser({ id: user.id, email: user.email, name: user.name, role: user.role });
    }
  }, [me.data]);

  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
