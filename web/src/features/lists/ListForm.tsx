import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../lib/useServerErrors';
import { required } from '../../lib/validate';
import { CreateListMutation, UpdateListMutation } from './operations';

interface Props {
  list?: { id: string; name: string; description: string };
  onDone: (saved?: { id: string }) => void;
}

export function ListForm({ list, onDone }: Props) {
  const [created, create] = useMutation(CreateListMutation);
  const [updated, update] = useMutation(UpdateListMutation);
  const form = useForm({
    initialValues: { name: list?.name ?? '', description: list?.description ?? '' },
    validateInputOnChange: true,
    validate: { name: required },
  });
  const errors = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    const input = { name: values.name.trim(), description: values.description };
    const ctx = { additionalTypenames: ['MailingList'] };
    const r = list ? await update({ id: list.id, input }, ctx) : await create({ input }, ctx);
    if (!errors.apply(r.error) || !r.data) return;
    onDone('createMailingList' in r.data ? r.data.createMailingList : r.data.updateMailingList);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert messages={errors.messages} title="Could not save the list" />
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={created.fetching || updated.fetching}>
            {list ? 'Save list' : 'Create list'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
