import { useState } from 'react';
import { Button, Modal, Table, Text } from '@mantine/core';

import { StatusBadge } from '../../components/StatusBadge';
import type { RunDeliveriesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { DeliveryEmail } from './DeliveryEmail';

type Delivery = RunDeliveriesQuery['deliveries']['items'][number];

/** A run's deliveries by recipient; a sent one opens the email it sent. */
export function DeliveriesTable({ deliveries }: { deliveries: Delivery[] }) {
  const [open, setOpen] = useState<Delivery | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table data-testid="deliveries-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Recipient</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Error</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text size="sm">{d.recipientEmail}</Text>
                  {d.recipientName ? <Text size="xs" c="dimmed">{d.recipientName}</Text> : null}
                </Table.Td>
                <Table.Td><StatusBadge status={d.status} /></Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td>{formatDateTime(d.sentAt)}</Table.Td>
                <Table.Td>
                  {d.subject || d.html ? (
                    <Button size="compact-xs" variant="light" onClick={() => setOpen(d)} aria-label={`Show the email sent to ${d.recipientEmail}`}>
                      Show email
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed">—</Text>
                  )}
                  {d.subject ? <Text size="xs" c="dimmed" lineClamp={1}>{d.subject}</Text> : null}
                </Table.Td>
                <Table.Td><Text size="xs" c="red">{d.error}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? `Email sent to ${open.recipientEmail}` : ''} size="xl">
        {open ? <DeliveryEmail delivery={open} /> : null}
      </Modal>
    </>
  );
}
