import { useState } from 'react';
import { Badge, Group, Select, Table } from '@mantine/core';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { WebhookKind, WebhookOutcome } from '../../gql/graphql';
import { titleCase } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { TriggerFiredSubscription, WebhookEventsQuery } from './operations';
import { WebhookEventRow } from './WebhookEventRow';

const KINDS: WebhookKind[] = ['TABLEAU', 'CUSTOM', 'TEST_PING', 'INVALID'];
const OUTCOMES: WebhookOutcome[] = ['QUEUED', 'DUPLICATE', 'NO_MATCH', 'SKIPPED', 'IGNORED', 'REJECTED', 'TEST_PING'];
const LIMIT = 25;

/** Every webhook Vizpost received (Tableau events and custom triggers), newest first. */
export function WebhookEventsPage() {
  const [kind, setKind] = useState<WebhookKind | null>(null);
  const [outcome, setOutcome] = useState<WebhookOutcome | null>(null);
  const [offset, setOffset] = useState(0);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookEventsQuery,
    variables: { filter: { kind, outcome }, page: { offset, limit: LIMIT } },
  });
  const { live } = useLiveEvents(TriggerFiredSubscription, {}, () => refetch({ requestPolicy: 'network-only' }), { throttleMs: 1000 });
  const page = data?.webhookEvents;
  const filtered = kind !== null || outcome !== null;

  return (
    <>
      <PageHeader
        title="Webhook log"
        description="Tableau events and custom trigger calls as they arrived, and what they started."
        actions={live ? <Badge variant="dot" color="green">live</Badge> : null}
      />
      <Group mb="md" gap="sm">
        <Select label="Kind" placeholder="Any kind" clearable w={180} data={KINDS.map((k) => ({ value: k, label: titleCase(k) }))} value={kind} onChange={(v) => { setKind(v as WebhookKind | null); setOffset(0); }} />
        <Select label="Outcome" placeholder="Any outcome" clearable w={180} data={OUTCOMES.map((o) => ({ value: o, label: titleCase(o) }))} value={outcome} onChange={(v) => { setOutcome(v as WebhookOutcome | null); setOffset(0); }} />
      </Group>
      <QueryState fetching={fetching} error={error} hasData={!!page} empty={page?.items.length === 0} emptyTitle={filtered ? 'No webhook matches' : 'No webhook received yet'} emptyText={filtered ? undefined : 'Calls to /api/webhooks appear here.'}>
        <Table.ScrollContainer minWidth={820}>
          <Table data-testid="webhook-events-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th aria-label="Details" />
                <Table.Th>Received</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Event</Table.Th>
                <Table.Th>Runs</Table.Th>
                <Table.Th>From</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((e) => <WebhookEventRow key={e.id} event={e} />)}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
    </>
  );
}
