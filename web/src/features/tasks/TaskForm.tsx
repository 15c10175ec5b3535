import { Button, Fieldset, Group, MultiSelect, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PairsEditor, type Pair } from '../../components/PairsEditor';
import type { TaskFieldsFragment } from '../../gql/graphql';
import { useServerErrors } from '../../lib/useServerErrors';
import { emails, required } from '../../lib/validate';
import { CreateTaskMutation, TaskEditorQuery, UpdateTaskMutation } from './operations';
import { taskValues, toTaskInput, type TaskValues } from './taskForm';
import { templateProblem } from './template';
import { TemplateFields } from './TemplateFields';
import { ViewsEditor } from './ViewsEditor';

interface Props {
  scheduleId: string;
  task?: TaskFieldsFragment;
  context: { schedule: string; site: string; siteId: string };
  readOnly?: boolean;
  onSaved: (task: TaskFieldsFragment) => void;
  onCancel: () => void;
}

export function TaskForm({ scheduleId, task, context, readOnly, onSaved, onCancel }: Props) {
  const [options] = useQuery({ query: TaskEditorQuery });
  const [created, create] = useMutation(CreateTaskMutation);
  const [updated, update] = useMutation(UpdateTaskMutation);
  // The placeholders the server knows, for checking templates as they are typed.
  const known = useRef<string[]>([]);
  const placeholders = options.data?.templatePlaceholders;
  useEffect(() => {
    known.current = (placeholders ?? []).map((p) => p.name);
  }, [placeholders]);
  const form = useForm<TaskValues>({
    initialValues: taskValues(task),
    validateInputOnChange: true,
    validate: {
      name: required,
      views: { viewLuid: required },
      recipients: emails,
      subjectTemplate: (value) => required(value) ?? templateProblem(value, known.current),
      bodyTemplate: (value) => templateProblem(value, known.current),
      filenameTemplate: (value) => templateProblem(value, known.current),
    },
  });
  const errors = useServerErrors(form);
  const v = form.getValues();
  const rowError = (list: string) => (i: number, name: string) => form.errors[`${list}.${i}.${name}`];

  const submit = form.onSubmit(async (values) => {
    const input = toTaskInput(values);
    const result = task ? await update({ id: task.id, input }) : await create({ scheduleId, input });
    if (!errors.apply(result.error) || !result.data) return;
    onSaved('createTask' in result.data ? result.data.createTask : result.data.updateTask);
  });

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack>
          <ErrorAlert messages={errors.messages} title="Could not save the task" />
          <Group align="flex-end">
            <TextInput label="Task name" required style={{ flex: 1 }} {...form.getInputProps('name')} />
            <Switch label="Enabled" mb={8} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          </Group>
          <ViewsEditor form={form} siteId={context.siteId} />
          <Fieldset legend="Filters and parameters">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <PairsEditor
                label="Filters"
                description="A field and the values to keep, comma separated"
                keyName="field"
                valueName="values"
                keyLabel="Field"
                valueLabel="Values"
                valuePlaceholder="North, South"
                value={v.filters as unknown as Pair[]}
                onChange={(rows) => form.setFieldValue('filters', rows as unknown as TaskValues['filters'])}
                error={form.errors.filters}
                rowError={rowError('filters')}
                readOnly={readOnly}
              />
              <PairsEditor
                label="Parameters"
                keyName="name"
                valueName="value"
                keyLabel="Parameter"
                valueLabel="Value"
                value={v.parameters as unknown as Pair[]}
                onChange={(rows) => form.setFieldValue('parameters', rows as unknown as TaskValues['parameters'])}
                error={form.errors.parameters}
                rowError={rowError('parameters')}
                readOnly={readOnly}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Recipients">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TagsInput
                label="Email addresses"
                description="Press Enter after each address"
                placeholder="name@example.com"
                splitChars={[',', ' ', ';']}
                {...form.getInputProps('recipients')}
              />
              <MultiSelect
                label="Mailing lists"
                placeholder={options.data?.mailingLists.items.length === 0 ? 'No mailing list yet' : 'Pick lists'}
                searchable
                data={(options.data?.mailingLists.items ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.memberCount})` }))}
                {...form.getInputProps('mailingListIds')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Email">
            <TemplateFields
              form={form}
              placeholders={options.data?.templatePlaceholders ?? []}
              context={{ schedule: context.schedule, site: context.site, task: '' }}
            />
          </Fieldset>
          {readOnly ? null : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                Cancel
              </Button>
              <Button type="submit" loading={created.fetching || updated.fetching}>
                {task ? 'Save task' : 'Create task'}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
