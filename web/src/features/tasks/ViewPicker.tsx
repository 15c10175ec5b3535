import { useState } from 'react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from 'urql';

import { apiErrors, describe } from '../../lib/errors';
import { TableauViewsQuery } from './operations';
import { ViewThumbnail } from './ViewThumbnail';

export interface PickedView {
  id: string;
  name: string;
  workbookName: string;
}

/** Searches the site's views on Tableau; picking one fills LUID, view and workbook name. */
export function ViewPicker({ siteId, onPick }: { siteId: string; onPick: (view: PickedView) => void }) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [term] = useDebouncedValue(search.trim(), 300);
  const [{ data, fetching, error }] = useQuery({
    query: TableauViewsQuery,
    variables: { siteId, search: term || null },
    pause: !open,
  });
  const views = data?.tableauViews ?? [];
  const byId = new Map(views.map((v) => [v.id, v]));
  return (
    <Select
      label="Find a view on Tableau"
      placeholder="Type part of a view or workbook name"
      searchable
      clearable
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      filter={({ options }) => options}
      data={views.map((v) => ({ value: v.id, label: `${v.workbookName} / ${v.name}` }))}
      renderOption={({ option }) => {
        const v = byId.get(option.value);
        if (!v) return option.label;
        return (
          <Group gap="sm" wrap="nowrap">
            <ViewThumbnail siteId={siteId} workbookId={v.workbookId} viewId={v.id} />
            <Stack gap={0}>
              <Text size="sm">{v.name}</Text>
              <Text size="xs" c="dimmed">
                {v.workbookName} · {v.projectName}
              </Text>
            </Stack>
          </Group>
        );
      }}
      nothingFoundMessage={error ? apiErrors(error).map(describe).join(' ') : fetching ? 'Searching…' : 'No view matches'}
      onChange={(id) => {
        const hit = views.find((v) => v.id === id);
        if (hit) onPick({ id: hit.id, name: hit.name, workbookName: hit.workbookName });
        setSearch('');
      }}
    />
  );
}
