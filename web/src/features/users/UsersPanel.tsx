import { useState } from 'react';
import { Badge, Button, Group, Modal, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { Role, UpdateUserInput } from '../../gql/graphql';
import { useSession } from '../../lib/api';
import { apiErrors, describe } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { CreateUserForm } from './CreateUserForm';
import { UpdateUserMutation, UsersQuery } from './operations';

/** Stable (urql re-runs a query whose context changes); names the types that refresh it. */
const CONTEXT = { additionalTypenames: ['User'] };

const LIMIT = 50;

export function UsersPanel() {
  const me = useSession()?.user.id;
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [term] = useDebouncedValue(search.trim(), 300);
  const [{ data, fetching, error }, refetch] = useQuery({ query: UsersQuery, variables: { search: term || null, page: { offset, limit: LIMIT } }, context: CONTEXT });
  const [, update] = useMutation(UpdateUserMutation);
  const page = data?.users;

  const change = async (id: string, input: UpdateUserInput, done: string) => {
    const r = await update({ id, input });
    if (r.error) notifications.show({ color: 'red', title: 'Could not change the user', message: apiErrors(r.error).map(describe).join(' ') });
    else notifications.show({ color: 'green', message: done });
  };

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm">
        <TextInput label="Search" placeholder="Part of the email" value={search} onChange={(e) => { setSearch(e.currentTarget.value); setOffset(0); }} w={260} />
        <Button onClick={() => setCreating(true)}>New user</Button>
      </Group>
      <QueryState fetching={fetching} error={error} hasData={!!page} empty={page?.items.length === 0} emptyTitle="No user matches">
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>User</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>{u.name}</Text>
                    <Text size="xs" c="dimmed">{u.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Role of ${u.email}`}
                      size="xs"
                      w={130}
                      allowDeselect={false}
                      disabled={u.id === me}
                      data={['VIEWER', 'EDITOR', 'ADMIN'].map((r) => ({ value: r, label: r.toLowerCase() }))}
                      value={u.role}
                      onChange={(r) => r && void change(u.id, { role: r as Role }, `${u.email} is now ${r.toLowerCase()}.`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={u.disabled ? 'red' : 'green'}>{u.disabled ? 'disabled' : 'active'}</Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(u.lastLoginAt)}</Table.Td>
                  <Table.Td>
                    {u.id === me ? (
                      <Text size="xs" c="dimmed">you</Text>
                    ) : u.disabled ? (
                      <Button size="xs" variant="subtle" onClick={() => void change(u.id, { disabled: false }, `${u.email} can sign in again.`)}>
                        Enable
                      </Button>
                    ) : (
                      <ConfirmButton title="Disable user?" message={`${u.email} will no longer sign in, and their API tokens stop working.`} confirmLabel="Disable" onConfirm={() => change(u.id, { disabled: true }, `${u.email} is disabled.`)} aria-label={`Disable ${u.email}`}>
                        Disable
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
      <Modal opened={creating} onClose={() => setCreating(false)} title="New user" size="lg">
        <CreateUserForm onDone={(created) => { setCreating(false); if (created) refetch({ requestPolicy: 'network-only' }); }} />
      </Modal>
    </>
  );
}
