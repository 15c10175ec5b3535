import { useEffect, useRef } from 'react';
import { useSubscription, type AnyVariables, type TypedDocumentNode } from 'urql';

/**
 * Calls `onEvent` for each event of a GraphQL subscription (over
 * graphql-ws), at most once per `throttleMs` (the last event wins). A page
 * still works without it: a failed subscription only loses live updates.
 */
export function useLiveEvents<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onEvent: (data: Data) => void,
  options: { throttleMs?: number; pause?: boolean } = {},
): { live: boolean } {
  const [result] = useSubscription({ query, variables, pause: options.pause });
  const handler = useRef(onEvent);
  const last = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    handler.current = onEvent;
  });

  useEffect(() => {
    const data = result.data;
    if (data === undefined) return;
    const wait = (options.throttleMs ?? 0) - (Date.now() - last.current);
    window.clearTimeout(timer.current);
    const fire = () => {
      last.current = Date.now();
      handler.current(data);
    };
    if (wait <= 0) fire();
    else timer.current = window.setTimeout(fire, wait);
  }, [result.data, options.throttleMs]);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { live: !options.pause && !result.error };
}
