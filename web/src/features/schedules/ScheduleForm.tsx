import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Input, TextInput, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { ScheduleDetailFragment } from '../../gql/graphql';
import { useServerErrors } from '../../lib/useServerErrors';
import { required } from '../../lib/validate';
import { CreateScheduleMutation, SiteOptionsQuery, UpdateScheduleMutation } from './operations';
import { RuleEditor } from './RuleEditor';
import { RulePreview } from './RulePreview';
import { scheduleErrorOptions, scheduleValues, toScheduleInput } from './scheduleForm';
import { timezones } from './timezones';

interface Props {
  schedule?: ScheduleDetailFragment;
  readOnly?: boolean;
  onSaved: (schedule: ScheduleDetailFragment) => void;
}

const ZONES = timezones();

/** A schedule's details and, for time schedules, its rule with a live preview. */
export function ScheduleForm({ schedule, readOnly, onSaved }: Props) {
  const [sites] = useQuery({ query: SiteOptionsQuery });
  const [created, create] = useMutation(CreateScheduleMutation);
  const [updated, update] = useMutation(UpdateScheduleMutation);
  const form = useForm({ initialValues: scheduleValues(schedule), validateInputOnChange: true, validate: { name: required } });
  const errors = useServerErrors(form, scheduleErrorOptions);
  const values = form.getValues();
  // Errors the live preview found (bad cron, unknown timezone), shown beside their fields as you type.
  const previewFields = useRef<string[]>([]);
  const showPreviewErrors = (fields: Record<string, string>) => {
    for (const path of previewFields.current) if (!(path in fields)) form.clearFieldError(path);
    for (const [path, reason] of Object.entries(fields)) form.setFieldError(path, reason);
    previewFields.current = Object.keys(fields);
  };
  const siteOptions = (sites.data?.sites.items ?? []).map((s) => ({ value: s.id, label: `${s.server.name} / ${s.name}` }));

  const submit = form.onSubmit(async (v) => {
    const input = toScheduleInput(v);
    const result = schedule ? await update({ id: schedule.id, input }) : await create({ input });
    if (!errors.apply(result.error)) return;
    const saved = result.data && ('createSchedule' in result.data ? result.data.createSchedule : result.data.updateSchedule);
    if (saved) {
      form.resetDirty(v);
      onSaved(saved);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack>
          <ErrorAlert messages={errors.messages} title="Could not save the schedule" />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label="Name" required {...form.getInputProps('name')} />
            <Select
              label="Tableau site"
              required
              searchable
              placeholder={sites.data && siteOptions.length === 0 ? 'Add a site under Connections first' : 'Pick a site'}
              data={siteOptions}
              nothingFoundMessage="No site matches"
              {...form.getInputProps('siteId')}
            />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Input.Wrapper label="Runs">
              <SegmentedControl
                fullWidth
                aria-label="Runs"
                data={[
                  { value: 'TIME', label: 'On a time rule' },
                  { value: 'TRIGGER', label: 'On triggers' },
                ]}
                {...form.getInputProps('kind')}
              />
            </Input.Wrapper>
            <Select label="Timezone" searchable allowDeselect={false} data={ZONES} {...form.getInputProps('timezone')} />
            <DateInput label="Start date" clearable valueFormat="YYYY-MM-DD" {...form.getInputProps('startDate')} />
            <DateInput label="End date" clearable valueFormat="YYYY-MM-DD" {...form.getInputProps('endDate')} />
          </SimpleGrid>
          <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />
          {values.kind === 'TIME' ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <RuleEditor form={form} />
              <RulePreview rule={values.rule} timezone={values.timezone} onFieldErrors={showPreviewErrors} />
            </SimpleGrid>
          ) : null}
          {readOnly ? null : (
            <Group justify="flex-end">
              <Button type="submit" loading={created.fetching || updated.fetching}>
                {schedule ? 'Save schedule' : 'Create schedule'}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
