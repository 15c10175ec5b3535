import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

import { apiErrors } from './errors';

export interface ApiClientOptions {
  /** The current bearer token, read for every request. */
  getToken: () => string | null;
  /** Called when the API says the caller is not (or no longer) signed in. */
  onUnauthenticated: () => void;
  /** Defaults to `/graphql` on this origin. */
  url?: string;
  /** Defaults to `/graphql/ws` on this origin (ws: or wss:). */
  wsUrl?: string;
}

function defaultWsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql/ws`;
}

/** A graphql-ws client that connects only once a subscription starts. */
export function createSubscriptionClient(options: ApiClientOptions): WsClient {
  return createWsClient({
    url: options.wsUrl ?? defaultWsUrl(),
    lazy: true,
    // Moving between pages swaps one subscription for another: keep the socket.
    lazyCloseTimeout: 5_000,
    retryAttempts: 5,
    connectionParams: () => {
      const token = options.getToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  });
}

/**
 * The one GraphQL client of the console: queries and mutations over HTTP
 * with the bearer token, subscriptions over graphql-ws, and a sign-out when
 * any answer says UNAUTHENTICATED.
 */
export function createApiClient(options: ApiClientOptions): { client: Client; dispose: () => void } {
  let ws: WsClient | null = null;
  const subscriptions = () => (ws ??= createSubscriptionClient(options));
  const client = new Client({
    url: options.url ?? '/graphql',
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: () => {
      const token = options.getToken();
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (apiErrors(error).some((e) => e.code === 'UNAUTHENTICATED')) options.onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = subscriptions().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  // Closes the WebSocket, if one was opened, when the client is replaced.
  const dispose = () => void ws?.dispose();
  return { client, dispose };
}
