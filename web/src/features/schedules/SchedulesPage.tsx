import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import type { ScheduleKind, ScheduleSortField, SortDirection } from '../../gql/graphql';
import { useCanEdit } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { EnabledToggle } from './EnabledToggle';
import { SchedulesQuery } from './operations';
import { ScheduleActions } from './ScheduleActions';
import { SortHeader } from './SortHeader';

const LIMIT = 20;
const CONTEXT = { additionalTypenames: ['Schedule'] };

export function SchedulesPage() {
  const canEdit = useCanEdit();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ScheduleKind | null>(null);
  const [sort, setSort] = useState<{ field: ScheduleSortField; direction: SortDirection }>({ field: 'NAME', direction: 'ASC' });
  const [offset, setOffset] = useState(0);
  const [term] = useDebouncedValue(search.trim(), 300);
  const [{ data, fetching, error }] = useQuery({
    query: SchedulesQuery,
    variables: { filter: { search: term || null, kind }, orderBy: sort, page: { offset, limit: LIMIT } },
    context: CONTEXT,
  });
  const page = data?.schedules;
  const onSort = (field: ScheduleSortField, direction: SortDirection) => {
    setSort({ field, direction });
    setOffset(0);
  };

  return (
    <>
      <PageHeader
        title="Schedules"
        description="When views are sent, and to whom."
        actions={canEdit ? <Button component={Link} to="/schedules/new">New schedule</Button> : null}
      />
      <Group mb="md" gap="sm" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Part of the name"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setOffset(0);
          }}
          w={260}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          clearable
          data={[
            { value: 'TIME', label: 'Time' },
            { value: 'TRIGGER', label: 'Trigger' },
          ]}
          value={kind}
          onChange={(v) => {
            setKind(v as ScheduleKind | null);
            setOffset(0);
          }}
          w={160}
        />
      </Group>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!page}
        empty={page?.items.length === 0}
        emptyTitle={term || kind ? 'No schedule matches' : 'No schedules yet'}
        emptyText={term || kind ? 'Try another search.' : canEdit ? 'Create one with “New schedule”.' : 'An editor has not created any yet.'}
      >
        <Table.ScrollContainer minWidth={820}>
          <Table data-testid="schedules-table">
            <Table.Thead>
              <Table.Tr>
                <SortHeader field="NAME" label="Name" sort={sort} onSort={onSort} />
                <Table.Th>Site</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Enabled</Table.Th>
                <SortHeader field="NEXT_FIRE_AT" label="Next run" sort={sort} onSort={onSort} />
                <Table.Th>Last run</Table.Th>
                {canEdit ? <Table.Th aria-label="Actions" /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/schedules/${s.id}`} size="sm" fw={500}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{s.site.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" size="sm" miw="max-content" color={s.kind === 'TIME' ? 'blue' : 'violet'}>
                      {s.kind === 'TIME' ? 'time' : 'trigger'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <EnabledToggle id={s.id} name={s.name} enabled={s.enabled} canEdit={canEdit} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(s.nextFireAt)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={s.lastRun?.status} />
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <ScheduleActions schedule={s} withEdit />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page ? <Pager offset={page.offset} limit={page.limit} totalCount={page.totalCount} onChange={setOffset} /> : null}
      </QueryState>
    </>
  );
}
