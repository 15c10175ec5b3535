import { useState } from 'react';
import { Badge, Button, Code, Group, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { apiErrors, describe } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { CreateTokenForm } from './CreateTokenForm';
import { ApiTokensQuery, RevokeApiTokenMutation } from './operations';

/** Stable (urql re-runs a query whose context changes); names the types that refresh it. */
const CONTEXT = { additionalTypenames: ['ApiToken'] };

const LIMIT = 50;

export function TokensPanel() {
  const [creating, setCreating] = useState(false);
  const [offset, setOffset] = useState(0);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApiTokensQuery, variables: { page: { offset, limit: LIMIT } }, context: CONTEXT });
  const [, revoke] = useMutation(RevokeApiTokenMutation);
  const page = data?.apiTokens;

  const onRevoke = async (id: string) => {
    const r = await revoke({ id });
    if (r.error) notifications.show({ color: 'red', title: 'Could not revoke', message: apiErrors(r.error).map(describe).join(' ') });
  };

  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button onClick={() => setCreating(true)}>New API token</Button>
      </Group>
      <QueryState fetching={fetching} error={error} hasData={!!page} empty={page?.items.length === 0} emptyTitle="No API tokens" emptyText="Tokens let scripts and Tableau webhooks call Vizpost.">
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="tokens-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Starts with</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td><Code>{t.prefix}…</Code></Table.Td>
                  <Table.Td>
                    <Group gap={4}>{t.scopes.map((s) => <Badge key={s} size="xs" variant="light" tt="none">{s}</Badge>)}</Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(t.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(t.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    {t.revokedAt ? (
                      <Text size="xs" c="red">revoked {formatDateTime(t.revokedAt)}</Text>
                    ) : (
                      <ConfirmButton title="Revoke token?" message={`Requests carrying “${t.name}” are refused from now on.`} confirmLabel="Revoke" onConfirm={() => onRevoke(t.id)} aria-label={`Revoke ${t.name}`}>
                        Revoke
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New API token" size="lg" closeOnClickOutside={false}>
        <CreateTokenForm onDone={() => { setCreating(false); refetch({ requestPolicy: 'network-only' }); }} />
      </Modal>
    </>
  );
}
