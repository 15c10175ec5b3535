import { Button, Card, Checkbox, CloseButton, Group, Input, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import { titleCase } from '../../lib/format';
import { NEW_VIEW, type TaskValues } from './taskForm';
import { ViewPicker } from './ViewPicker';

const FORMATS = ['PDF', 'PNG', 'CSV', 'EXCEL'];
const PAGE_TYPES = ['A3', 'A4', 'A5', 'B5', 'EXECUTIVE', 'FOLIO', 'LEDGER', 'LEGAL', 'LETTER', 'NOTE', 'QUARTO', 'TABLOID'];

/** The task's views: which Tableau view, and how it is exported. */
export function ViewsEditor({ form, siteId }: { form: UseFormReturnType<TaskValues>; siteId: string }) {
  const views = form.getValues().views;
  return (
    <Input.Wrapper label="Views" description="Each view is exported and sent; find a view's LUID in Tableau's REST API or URL." error={form.errors.views} required>
      <Stack gap="sm" mt={6}>
        {views.map((view, i) => (
          <Card key={form.key(`views.${i}`)} withBorder padding="sm" data-testid="view-card">
            <Group justify="space-between" mb={6}>
              <Text size="sm" fw={600}>
                View {i + 1}
              </Text>
              {views.length > 1 ? (
                <CloseButton aria-label={`Remove view ${i + 1}`} onClick={() => form.removeListItem('views', i)} />
              ) : null}
            </Group>
            <ViewPicker
              siteId={siteId}
              onPick={(picked) =>
                form.setFieldValue(`views.${i}`, { ...form.getValues().views[i]!, viewLuid: picked.id, viewName: picked.name, workbookName: picked.workbookName })
              }
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
              <TextInput label="View LUID" required ff="monospace" {...form.getInputProps(`views.${i}.viewLuid`)} />
              <TextInput label="View name" {...form.getInputProps(`views.${i}.viewName`)} />
              <TextInput label="Workbook name" {...form.getInputProps(`views.${i}.workbookName`)} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
              <Select
                label="Format"
                allowDeselect={false}
                data={FORMATS.map((f) => ({ value: f, label: f === 'EXCEL' ? 'Excel' : f }))}
                {...form.getInputProps(`views.${i}.format`)}
              />
              {view.format === 'PDF' ? (
                <>
                  <Select
                    label="Page size"
                    data={PAGE_TYPES.map((p) => ({ value: p, label: titleCase(p) }))}
                    {...form.getInputProps(`views.${i}.pageType`)}
                  />
                  <Select
                    label="Orientation"
                    data={[
                      { value: 'PORTRAIT', label: 'Portrait' },
                      { value: 'LANDSCAPE', label: 'Landscape' },
                    ]}
                    {...form.getInputProps(`views.${i}.orientation`)}
                  />
                </>
              ) : null}
              {view.format === 'PNG' ? (
                <Checkbox
                  mt="lg"
                  label="Show in the email body instead of attaching"
                  {...form.getInputProps(`views.${i}.inline`, { type: 'checkbox' })}
                />
              ) : null}
            </SimpleGrid>
          </Card>
        ))}
        <Button variant="light" size="xs" w="fit-content" onClick={() => form.insertListItem('views', { ...NEW_VIEW })}>
          Add view
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
