import { graphql } from '../../gql';
import type { SessionUserFieldsFragment } from '../../gql/graphql';
import { sessionStore } from '../../lib/session';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    name
    role
  }
`);

export const NeedsSetupQuery = graphql(`
  query NeedsSetup {
    needsSetup
  }
`);

interface LoginResult {
  token: string;
  expiresAt: string;
  user: SessionUserFieldsFragment;
}

/** Starts a session from a `login` or `setupFirstAdmin` answer. */
export function startSession(result: LoginResult) {
  const { id, email, name, role } = result.user;
  sessionStore.set({ token: result.token, expiresAt: result.expiresAt, user: { id, email, name, role } });
}

export function endSession() {
  sessionStore.clear();
}
