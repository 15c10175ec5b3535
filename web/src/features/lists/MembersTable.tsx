import { useState } from 'react';
import { Button, Group, Modal, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { MembersQuery as Data } from '../../gql/graphql';
import { apiErrors, describe } from '../../lib/errors';
import { MemberForm } from './MemberForm';
import { MembersQuery, RemoveMemberMutation } from './operations';

type Member = Data['members']['items'][number];
const LIMIT = 50;
const CONTEXT = { additionalTypenames: ['Member'] };

export function MembersTable({ listId, canEdit }: { listId: string; canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [term] = useDebouncedValue(search.trim(), 300);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MembersQuery,
    variables: { listId, search: term || null, page: { offset, limit: LIMIT } },
    context: CONTEXT,
  });
  const [, remove] = useMutation(RemoveMemberMutation);
  const page = data?.members;

  const onRemove = async (m: Member) => {
    const r = await remove({ id: m.id }, { additionalTypenames: ['Member', 'MailingList'] });
    if (r.error) notifications.show({ color: 'red', title: 'Could not remove', message: apiErrors(r.error).map(describe).join(' ') });
  };

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm">
        <TextInput
          label="Search members"
          placeholder="Part of the email"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setOffset(0);
          }}
          w={260}
        />
        {canEdit ? <Button onClick={() => setEditing('new')}>Add member</Button> : null}
      </Group>
      <QueryState fetching={fetching} error={error} hasData={!!page} empty={page?.items.length === 0} emptyTitle={term ? 'No member matches' : 'No members yet'} emptyText={term ? undefined : 'Add members one by one or import a CSV.'}>
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Filters</Table.Th>
                <Table.Th>Placeholders</Table.Th>
                {canEdit ? <Table.Th aria-label="Actions" /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{m.filters.map((f) => `${f.field} = ${f.values.join(', ')}`).join('; ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{m.placeholders.map((p) => `${p.name}: ${p.value}`).join('; ')}</Text>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setEditing(m)} aria-label={`Edit ${m.email}`}>
                          Edit
                        </Button>
                        <ConfirmButton title="Remove member?" message={`Remove ${m.email} from the list?`} confirmLabel="Remove" onConfirm={() => onRemove(m)} aria-label={`Remove ${m.email}`}>
                          Remove
                        </ConfirmButton>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add member' : 'Edit member'} size="lg">
        {editing ? (
          <MemberForm
            listId={listId}
            member={editing === 'new' ? undefined : editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) refetch({ requestPolicy: 'network-only' });
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
