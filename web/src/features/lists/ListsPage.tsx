import { useState } from 'react';
import { Anchor, Button, Modal, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useCanEdit } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { ListForm } from './ListForm';
import { MailingListsQuery } from './operations';

/** Stable (urql re-runs a query whose context changes); names the types that refresh it. */
const CONTEXT = { additionalTypenames: ['MailingList'] };

const LIMIT = 25;

export function ListsPage() {
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [term] = useDebouncedValue(search.trim(), 300);
  const [{ data, fetching, error }] = useQuery({
    query: MailingListsQuery,
    variables: { search: term || null, page: { offset, limit: LIMIT } },
    context: CONTEXT,
  });
  const page = data?.mailingLists;

  return (
    <>
      <PageHeader
        title="Mailing lists"
        description="Recipients with their own filters and placeholder values."
        actions={canEdit ? <Button onClick={() => setCreating(true)}>New list</Button> : null}
      />
      <TextInput
        label="Search"
        placeholder="Part of the name"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setOffset(0);
        }}
        w={260}
        mb="md"
      />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!page}
        empty={page?.items.length === 0}
        emptyTitle={term ? 'No list matches' : 'No mailing lists yet'}
        emptyText={term ? 'Try another search.' : 'A list lets many recipients share one task, each with their own filters.'}
      >
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="lists-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Members</Table.Th>
                <Table.Th>Updated</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/lists/${l.id}`} fw={500} size="sm">
                      {l.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>{l.description}</Text>
                  </Table.Td>
                  <Table.Td>{l.memberCount}</Table.Td>
                  <Table.Td>{formatDateTime(l.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New mailing list">
        <ListForm
          onDone={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/lists/${saved.id}`);
          }}
        />
      </Modal>
    </>
  );
}
