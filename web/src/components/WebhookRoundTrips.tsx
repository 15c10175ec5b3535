import { Alert, Table, Text } from '@mantine/core';

export interface RoundTrip {
  webhookId: string;
  event: string;
  url: string;
  tableauStatus?: number | null;
  reachedVizpost: boolean;
  message: string;
}

/** Per webhook: did Tableau's test call reach Vizpost, and what Tableau saw. */
export function WebhookRoundTrips({ trips }: { trips: RoundTrip[] }) {
  if (trips.length === 0) {
    return (
      <Alert color="gray" data-testid="webhook-round-trips">
        No Vizpost webhook is registered on Tableau for this site; save a workbook or data source trigger, or sync, first.
      </Alert>
    );
  }
  const ok = trips.every((t) => t.reachedVizpost);
  return (
    <Alert
      color={ok ? 'green' : 'red'}
      title={ok ? 'Tableau reaches Vizpost' : 'Tableau cannot reach Vizpost'}
      data-testid="webhook-round-trips"
    >
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-label="Reached" />
            <Table.Th>Event</Table.Th>
            <Table.Th>Tableau saw</Table.Th>
            <Table.Th>Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trips.map((t) => (
            <Table.Tr key={t.webhookId}>
              <Table.Td>{t.reachedVizpost ? '✓' : '✗'}</Table.Td>
              <Table.Td>
                <Text size="sm">{t.event}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {t.url}
                </Text>
              </Table.Td>
              <Table.Td>{t.tableauStatus ?? '—'}</Table.Td>
              <Table.Td>{t.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
