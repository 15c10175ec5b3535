import { Table, UnstyledButton } from '@mantine/core';

import type { ScheduleSortField, SortDirection } from '../../gql/graphql';

interface Props {
  field: ScheduleSortField;
  label: string;
  sort: { field: ScheduleSortField; direction: SortDirection };
  onSort: (field: ScheduleSortField, direction: SortDirection) => void;
}

/** A column header that sorts by its field; pressing it again reverses. */
export function SortHeader({ field, label, sort, onSort }: Props) {
  const active = sort.field === field;
  const next: SortDirection = active && sort.direction === 'ASC' ? 'DESC' : 'ASC';
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field, next)} fw={600} fz="sm">
        {label} {active ? (sort.direction === 'ASC' ? '▲' : '▼') : '↕'}
      </UnstyledButton>
    </Table.Th>
  );
}
