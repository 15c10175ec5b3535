import { useState } from 'react';
import { Alert, Anchor, Badge, Group, Modal, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../gql';
import type { OutboxQuery as Data } from '../../gql/graphql';
import { OutboxMessage } from './OutboxMessage';

const OutboxQuery = graphql(`
  query Outbox($page: PageInput) {
    outbox(page: $page) {
      enabled
      totalCount
      offset
      limit
      items {
        id
        to
        subject
        date
        messageId
        html
        text
        raw
        attachments {
          filename
          contentType
          size
        }
      }
    }
  }
`);

export type OutboxEmail = Data['outbox']['items'][number];
const LIMIT = 25;

/** Emails written to the file outbox when no SMTP server is configured. */
export function OutboxPage() {
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<OutboxEmail | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: OutboxQuery, variables: { page: { offset, limit: LIMIT } } });
  const page = data?.outbox;

  return (
    <>
      <PageHeader title="Outbox" description="Emails Vizpost wrote to its outbox folder instead of sending, newest first." />
      {page && !page.enabled ? (
        <Alert color="blue" mb="md">
          Emails go to an SMTP server, so the outbox stays empty.
        </Alert>
      ) : null}
      <QueryState fetching={fetching} error={error} hasData={!!page} empty={page?.items.length === 0} emptyTitle="The outbox is empty" emptyText="Emails appear here once runs deliver them.">
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="outbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th>Attachments</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.date ?? '—'}</Table.Td>
                  <Table.Td>{m.to}</Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" onClick={() => setOpen(m)}>
                      {m.subject || '(no subject)'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {m.attachments.map((a) => (
                        <Badge key={a.filename} variant="light" tt="none" size="sm">
                          {a.filename}
                        </Badge>
                      ))}
                      {m.attachments.length === 0 ? <Text size="xs" c="dimmed">none</Text> : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.subject ?? ''} size="xl">
        {open ? <OutboxMessage email={open} /> : null}
      </Modal>
    </>
  );
}
