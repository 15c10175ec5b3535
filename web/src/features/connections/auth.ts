import type { TableauAuthInput } from '../../gql/graphql';
import { splitList } from '../../lib/format';

export type AuthKind = 'PERSONAL_ACCESS_TOKEN' | 'CONNECTED_APP';

/** The credential fields of the server and site forms. Secrets are write-only. */
export interface AuthValues {
  kind: AuthKind;
  tokenName: string;
  secret: string;
  clientId: string;
  secretId: string;
  secretValue: string;
  username: string;
  /** Comma-separated JWT scopes. */
  scopes: string;
}

export function emptyAuth(kind: AuthKind = 'PERSONAL_ACCESS_TOKEN'): AuthValues {
  return { kind, tokenName: '', secret: '', clientId: '', secretId: '', secretValue: '', username: '', scopes: '' };
}

/** Starts the fields from stored credentials (without their secret). */
export function authFromStored(stored: {
  kind: string;
  tokenName?: string | null;
  clientId?: string | null;
  secretId?: string | null;
  username?: string | null;
  scopes: string[];
} | null | undefined): AuthValues {
  if (!stored) return emptyAuth();
  return {
    ...emptyAuth(stored.kind === 'CONNECTED_APP' ? 'CONNECTED_APP' : 'PERSONAL_ACCESS_TOKEN'),
    tokenName: stored.tokenName ?? '',
    clientId: stored.clientId ?? '',
    secretId: stored.secretId ?? '',
    username: stored.username ?? '',
    scopes: stored.scopes.join(', '),
  };
}

export function toAuthInput(values: AuthValues): TableauAuthInput {
  if (values.kind === 'CONNECTED_APP') {
    return {
      connectedApp: {
        clientId: values.clientId.trim(),
        secretId: values.secretId.trim(),
        secretValue: values.secretValue,
        username: values.username.trim(),
        scopes: splitList(values.scopes),
      },
    };
  }
  return { personalAccessToken: { name: values.tokenName.trim(), secret: values.secret } };
}

const RENAMES: Record<string, string> = {
  'personalAccessToken.name': 'tokenName',
  'personalAccessToken.secret': 'secret',
  'connectedApp.clientId': 'clientId',
  'connectedApp.secretId': 'secretId',
  'connectedApp.secretValue': 'secretValue',
  'connectedApp.username': 'username',
  'connectedApp.scopes': 'scopes',
};

/** Server paths under `auth.` (such as `auth.connectedApp.clientId`) as form paths. */
export function renameAuthPath(path: string): string {
  if (!path.startsWith('auth.')) return path;
  const rest = path.slice(5);
  const hit = Object.keys(RENAMES).find((k) => rest === k || rest.startsWith(`${k}.`));
  return hit ? `auth.${RENAMES[hit]}` : path;
}

export function describeAuth(stored: { kind: string; tokenName?: string | null; clientId?: string | null; username?: string | null }): string {
  return stored.kind === 'CONNECTED_APP'
    ? `Connected app ${stored.clientId ?? ''} as ${stored.username ?? ''}`
    : `Personal access token “${stored.tokenName ?? ''}”`;
}
