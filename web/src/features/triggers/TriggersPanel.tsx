import { useState } from 'react';
import { Alert, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from 'urql';

import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import type { RegistrationFragment, ScheduleTriggersQuery } from '../../gql/graphql';
import { useCanEdit } from '../../lib/api';
import { useServerErrors } from '../../lib/useServerErrors';
import { luid } from '../../lib/validate';
import { customTriggerCurl } from './curl';
import { SaveTriggersMutation, TriggersQuery } from './operations';
import { TriggerRow, type TriggerRowValues } from './TriggerRow';
import { WebhookCheck } from './WebhookCheck';

interface Props {
  schedule: { id: string; site: { id: string; siteLuid: string } };
}

type Stored = ScheduleTriggersQuery['schedule']['triggers'];
const rows = (stored: Stored): TriggerRowValues[] =>
  stored.map((t) => ({ kind: t.kind, resourceLuid: t.resourceLuid ?? '', resourceName: t.resourceName ?? '', enabled: t.enabled }));
const CONTEXT = { additionalTypenames: ['Trigger'] };

/** A trigger schedule's triggers, saved all at once. */
export function TriggersPanel({ schedule }: Props) {
  const [{ data, fetching, error }] = useQuery({ query: TriggersQuery, variables: { id: schedule.id }, context: CONTEXT });
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {data ? <TriggersForm schedule={schedule} stored={data.schedule.triggers} hasTasks={data.schedule.tasks.length > 0} /> : null}
    </QueryState>
  );
}

export function RegistrationResult({ registration }: { registration: RegistrationFragment }) {
  return (
    <Alert color={registration.ok ? 'green' : 'orange'} title={registration.ok ? 'Tableau webhooks are in step' : 'Tableau webhooks need attention'} data-testid="registration">
      {registration.message}
      {registration.created.length || registration.removed.length ? (
        <List size="sm" mt={4}>
          {registration.created.map((c) => <List.Item key={`+${c}`}>created {c}</List.Item>)}
          {registration.removed.map((r) => <List.Item key={`-${r}`}>removed {r}</List.Item>)}
        </List>
      ) : null}
    </Alert>
  );
}

const resourceLuid = luid();

/** The server's rule for a trigger's resource: none for custom ones, else a LUID. */
function resourceLuidProblem(value: string, values: { triggers: TriggerRowValues[] }, path: string): string | null {
  const row = values.triggers[Number(path.split('.')[1])];
  if (!row || row.kind === 'CUSTOM') return null;
  return value.trim() ? resourceLuid(value) : 'name the workbook or data source (its LUID)';
}

function TriggersForm({ schedule, stored, hasTasks }: Props & { stored: Stored; hasTasks: boolean }) {
  const canEdit = useCanEdit();
  const [saving, save] = useMutation(SaveTriggersMutation);
  const [registration, setRegistration] = useState<RegistrationFragment | null>(null);
  const form = useForm<{ triggers: TriggerRowValues[] }>({
    initialValues: { triggers: rows(stored) },
    validateInputOnChange: true,
    validate: { triggers: { resourceLuid: resourceLuidProblem } },
  });
  const errors = useServerErrors(form, { prefix: '' });
  const list = form.getValues().triggers;
  const curl = customTriggerCurl(window.location.origin, schedule.site.siteLuid, schedule.id);

  const submit = form.onSubmit(async ({ triggers }) => {
    const input = triggers.map((t) => ({
      kind: t.kind,
      resourceLuid: t.kind === 'CUSTOM' ? null : t.resourceLuid.trim(),
      resourceName: t.kind === 'CUSTOM' ? null : t.resourceName.trim() || null,
      enabled: t.enabled,
    }));
    const r = await save({ scheduleId: schedule.id, triggers: input }, CONTEXT);
    if (errors.apply(r.error) && r.data) {
      setRegistration(r.data.saveTriggers.registration);
      form.resetDirty();
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack>
          {hasTasks ? null : <Alert color="yellow">Add a task first: triggers can only be saved on a schedule with tasks.</Alert>}
          <ErrorAlert messages={errors.messages} title="Could not save the triggers" />
          {registration ? <RegistrationResult registration={registration} /> : null}
          {list.length === 0 ? <Text c="dimmed" size="sm">No triggers: this schedule never runs by itself.</Text> : null}
          {list.map((_, i) => (
            <TriggerRow key={i} form={form} index={i} siteId={schedule.site.id} canEdit={canEdit} />
          ))}
          {canEdit ? (
            <Group justify="space-between">
              <Button variant="light" onClick={() => form.insertListItem('triggers', { kind: 'WORKBOOK_REFRESHED', resourceLuid: '', resourceName: '', enabled: true })}>
                Add trigger
              </Button>
              <Button type="submit" loading={saving.fetching}>
                Save triggers
              </Button>
            </Group>
          ) : null}
          {canEdit && stored.some((t) => t.kind !== 'CUSTOM' && t.enabled) ? <WebhookCheck siteId={schedule.site.id} /> : null}
          {stored.some((t) => t.kind === 'CUSTOM') || list.some((t) => t.kind === 'CUSTOM') ? (
            <Card withBorder>
              <CopyField label="Fire the custom trigger" value={curl} block />
              <Text size="xs" c="dimmed" mt="xs">
                Use an API token with the triggers:fire scope in place of &lt;TOKEN&gt;.
              </Text>
            </Card>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
