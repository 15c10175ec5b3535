import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PairsEditor, type Pair } from '../../components/PairsEditor';
import type { MembersQuery } from '../../gql/graphql';
import { splitList } from '../../lib/format';
import { useServerErrors } from '../../lib/useServerErrors';
import { email } from '../../lib/validate';
import { AddMemberMutation, UpdateMemberMutation } from './operations';

type Member = MembersQuery['members']['items'][number];

interface Props {
  listId: string;
  member?: Member;
  onDone: (saved: boolean) => void;
}

/** A member's address, name, own filters (`{{member.X}}` values too). */
export function MemberForm({ listId, member, onDone }: Props) {
  const [added, add] = useMutation(AddMemberMutation);
  const [updated, update] = useMutation(UpdateMemberMutation);
  const form = useForm({
    validateInputOnChange: true,
    validate: { email },
    initialValues: {
      email: member?.email ?? '',
      name: member?.name ?? '',
      filters: (member?.filters ?? []).map((f) => ({ field: f.field, values: f.values.join(', ') })),
      placeholders: (member?.placeholders ?? []).map((p) => ({ name: p.name, value: p.value })),
    },
  });
  const errors = useServerErrors(form);
  const v = form.getValues();

  const submit = form.onSubmit(async (values) => {
    const input = {
      email: values.email.trim(),
      name: values.name.trim(),
      filters: values.filters.map((f) => ({ field: f.field.trim(), values: splitList(f.values) })),
      placeholders: values.placeholders.map((p) => ({ name: p.name.trim(), value: p.value })),
    };
    const ctx = { additionalTypenames: ['Member', 'MailingList'] };
    const r = member ? await update({ id: member.id, input }, ctx) : await add({ listId, input }, ctx);
    if (errors.apply(r.error)) onDone(true);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert messages={errors.messages} title="Could not save the member" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Email" type="email" required data-autofocus {...form.getInputProps('email')} />
          <TextInput label="Name" {...form.getInputProps('name')} />
        </SimpleGrid>
        <PairsEditor
          label="Filters"
          description="Applied on top of the task's filters for this member"
          keyName="field"
          valueName="values"
          keyLabel="Field"
          valueLabel="Values"
          valuePlaceholder="Comma separated"
          value={v.filters as unknown as Pair[]}
          onChange={(rows) => form.setFieldValue('filters', rows as unknown as typeof v.filters)}
          error={form.errors.filters}
        />
        <PairsEditor
          label="Placeholders"
          description="Used in templates as {{member.NAME}}"
          keyName="name"
          valueName="value"
          keyLabel="Placeholder"
          valueLabel="Value"
          value={v.placeholders as unknown as Pair[]}
          onChange={(rows) => form.setFieldValue('placeholders', rows as unknown as typeof v.placeholders)}
          error={form.errors.placeholders}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={added.fetching || updated.fetching}>
            {member ? 'Save member' : 'Add member'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
