import { useState } from 'react';
import { Alert, Button, FileInput, Group, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { ImportMode } from '../../gql/graphql';
import { ImportCsvMutation } from './operations';

const EXAMPLE = 'email;name;filter_Region;placeholder_CITY\nann@example.com;Ann;North,East;Oslo';

/** Paste or pick a CSV; good rows are saved, bad rows come back with line and reason. */
export function CsvImport({ listId, onImported }: { listId: string; onImported: () => void }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('MERGE');
  const [state, run] = useMutation(ImportCsvMutation);
  const result = state.data?.importMailingListCsv;

  const pick = async (f: File | null) => {
    setFile(f);
    if (f) setText(await f.text());
  };
  const submit = async () => {
    const r = await run({ listId, csv: text, mode }, { additionalTypenames: ['Member', 'MailingList'] });
    if (!r.error) onImported();
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Columns: <code>email</code>, <code>name</code>, <code>filter_FIELD</code>, <code>placeholder_NAME</code>; separated by
        “;” (several filter values then by “,”) or by “,” (values by “|”).
      </Text>
      <FileInput label="CSV file" placeholder="Pick a .csv file" accept=".csv,text/csv,text/plain" clearable value={file} onChange={(f) => void pick(f)} />
      <Textarea
        label="CSV text"
        description="Or paste it here"
        placeholder={EXAMPLE}
        autosize
        minRows={4}
        maxRows={14}
        ff="monospace"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Import mode"
          value={mode}
          onChange={(v) => setMode(v as ImportMode)}
          data={[
            { value: 'MERGE', label: 'Add and update' },
            { value: 'REPLACE', label: 'Replace the list' },
          ]}
        />
        <Button onClick={() => void submit()} loading={state.fetching} disabled={!text.trim()}>
          Import
        </Button>
      </Group>
      <ErrorAlert error={state.error} title="Import failed" />
      {result ? (
        <Alert color={result.rejected.length ? 'orange' : 'green'} title="Import finished" data-testid="import-result">
          {result.added} added, {result.updated} updated, {result.removed} removed, {result.rejected.length} rejected.
          {result.rejected.length ? (
            <Table mt="xs" data-testid="rejected-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Reason</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rejected.map((row) => (
                  <Table.Tr key={`${row.line}-${row.reason}`}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>{row.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
}
