import { Button, Group, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { Role } from '../../gql/graphql';
import { useServerErrors } from '../../lib/useServerErrors';
import { email, required } from '../../lib/validate';
import { CreateUserMutation } from './operations';

export const ROLES = [
  { value: 'VIEWER', label: 'Viewer — reads everything' },
  { value: 'EDITOR', label: 'Editor — manages schedules and lists' },
  { value: 'ADMIN', label: 'Admin — also connections, users and tokens' },
];

export function CreateUserForm({ onDone }: { onDone: (created: boolean) => void }) {
  const [state, create] = useMutation(CreateUserMutation);
  const form = useForm({
    initialValues: { name: '', email: '', role: 'VIEWER' as Role, password: '' },
    validateInputOnChange: true,
    validate: { name: required, email },
  });
  const errors = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    const r = await create({ input: { ...values, email: values.email.trim(), name: values.name.trim() } }, { additionalTypenames: ['User'] });
    if (errors.apply(r.error)) onDone(true);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert messages={errors.messages} title="Could not create the user" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
        </SimpleGrid>
        <Select label="Role" allowDeselect={false} data={ROLES} {...form.getInputProps('role')} />
        <PasswordInput label="Initial password" description="At least 10 characters" autoComplete="new-password" required {...form.getInputProps('password')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
