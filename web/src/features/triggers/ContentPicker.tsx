import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from 'urql';

import { apiErrors, describe } from '../../lib/errors';
import { TableauContentQuery } from './operations';

interface Props {
  siteId: string;
  workbooks: boolean;
  onPick: (content: { id: string; name: string }) => void;
}

/** Searches the site's workbooks or data sources on Tableau; picking one fills LUID and name. */
export function ContentPicker({ siteId, workbooks, onPick }: Props) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [term] = useDebouncedValue(search.trim(), 300);
  const [{ data, fetching, error }] = useQuery({
    query: TableauContentQuery,
    variables: { siteId, search: term || null, workbooks },
    pause: !open,
  });
  const items = (workbooks ? data?.tableauWorkbooks : data?.tableauDataSources) ?? [];
  const what = workbooks ? 'workbook' : 'data source';

  return (
    <Select
      label={`Find a ${what} on Tableau`}
      placeholder="Type to search"
      searchable
      clearable
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      data={items.map((c) => ({ value: c.id, label: `${c.name} (${c.projectName})` }))}
      nothingFoundMessage={error ? apiErrors(error).map(describe).join(' ') : fetching ? 'Searching…' : `No ${what} matches`}
      onChange={(id) => {
        const hit = items.find((c) => c.id === id);
        if (hit) onPick({ id: hit.id, name: hit.name });
        setSearch('');
      }}
    />
  );
}
