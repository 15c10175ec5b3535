import { Card, CloseButton, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import type { TriggerKind } from '../../gql/graphql';
import { ContentPicker } from './ContentPicker';

export interface TriggerRowValues {
  kind: TriggerKind;
  resourceLuid: string;
  resourceName: string;
  enabled: boolean;
}

const KINDS = [
  { value: 'WORKBOOK_REFRESHED', label: 'Workbook refreshed' },
  { value: 'DATASOURCE_REFRESHED', label: 'Data source refreshed' },
  { value: 'CUSTOM', label: 'Custom (webhook call)' },
];

interface Props {
  form: UseFormReturnType<{ triggers: TriggerRowValues[] }>;
  index: number;
  siteId: string;
  canEdit: boolean;
}

export function TriggerRow({ form, index: i, siteId, canEdit }: Props) {
  const t = form.getValues().triggers[i];
  if (!t) return null;
  const path = (name: keyof TriggerRowValues) => `triggers.${i}.${name}`;
  return (
    <Card withBorder padding="sm" data-testid="trigger-row">
      <Group align="flex-start" wrap="nowrap">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ flex: 1 }}>
          <Select label="When" allowDeselect={false} data={KINDS} {...form.getInputProps(path('kind'))} />
          {t.kind === 'CUSTOM' ? (
            <Text size="sm" c="dimmed" mt="lg" style={{ gridColumn: 'span 3' }}>
              Fired by a call to /api/webhooks naming this schedule.
            </Text>
          ) : (
            <>
              <TextInput
                label={t.kind === 'WORKBOOK_REFRESHED' ? 'Workbook LUID' : 'Data source LUID'}
                required
                ff="monospace"
                {...form.getInputProps(path('resourceLuid'))}
              />
              <TextInput label="Name" description="For your reference" {...form.getInputProps(path('resourceName'))} />
              {canEdit ? (
                <ContentPicker
                  siteId={siteId}
                  workbooks={t.kind === 'WORKBOOK_REFRESHED'}
                  onPick={(c) => {
                    form.setFieldValue(path('resourceLuid'), c.id as never);
                    form.setFieldValue(path('resourceName'), c.name as never);
                  }}
                />
              ) : null}
            </>
          )}
        </SimpleGrid>
        <Stack gap={4} align="center" mt="lg">
          <Switch aria-label={`Trigger ${i + 1} enabled`} {...form.getInputProps(path('enabled'), { type: 'checkbox' })} />
          {canEdit ? <CloseButton aria-label={`Remove trigger ${i + 1}`} onClick={() => form.removeListItem('triggers', i)} /> : null}
        </Stack>
      </Group>
      {form.errors[`triggers.${i}`] ? (
        <Text c="red" size="sm">
          {form.errors[`triggers.${i}`]}
        </Text>
      ) : null}
    </Card>
  );
}
