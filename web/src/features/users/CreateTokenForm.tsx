import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';

import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../lib/useServerErrors';
import { required } from '../../lib/validate';
import { CreateApiTokenMutation } from './operations';

export const SCOPES = [
  { value: 'read', label: 'read — read everything the owner may read' },
  { value: 'schedules:write', label: 'schedules:write — manage schedules, tasks, triggers, lists' },
  { value: 'triggers:fire', label: 'triggers:fire — call /api/webhooks' },
  { value: 'admin', label: 'admin — everything the owner may do' },
];

/** Creates a token and shows its secret once, with a copy button. */
export function CreateTokenForm({ onDone }: { onDone: () => void }) {
  const [state, create] = useMutation(CreateApiTokenMutation);
  const form = useForm({
    initialValues: { name: '', scopes: ['read'] as string[] },
    validateInputOnChange: true,
    validate: { name: required },
  });
  const errors = useServerErrors(form);
  const created = state.data?.createApiToken;

  const submit = form.onSubmit(async (values) => {
    const r = await create({ input: { name: values.name.trim(), scopes: values.scopes } }, { additionalTypenames: ['ApiToken'] });
    errors.apply(r.error);
  });

  if (created && !state.error) {
    return (
      <Stack>
        <Alert color="yellow" title="Copy the token now">
          This is the only time the token is shown. It acts for you, limited to its scopes.
        </Alert>
        <CopyField label={`Token “${created.apiToken.name}”`} value={created.token} />
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert messages={errors.messages} title="Could not create the token" />
        <TextInput label="Name" description="Where the token is used, such as “CI pipeline”" required data-autofocus {...form.getInputProps('name')} />
        <Checkbox.Group label="Scopes" {...form.getInputProps('scopes')}>
          <Stack gap={6} mt={6}>
            {SCOPES.map((s) => (
              <Checkbox key={s.value} value={s.value} label={s.label} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
