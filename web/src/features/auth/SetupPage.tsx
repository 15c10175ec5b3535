import { Button, Center, Loader, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Navigate } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import { useSession } from '../../lib/api';
import { useServerErrors } from '../../lib/useServerErrors';
import { email, required } from '../../lib/validate';
import { AuthLayout } from './AuthLayout';
import { NeedsSetupQuery, startSession } from './session';

const SetupMutation = graphql(`
  mutation SetupFirstAdmin($input: CreateUserInput!) {
    setupFirstAdmin(input: $input) {
      token
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

/** First run: creates the first admin and signs them in. */
export function SetupPage() {
  const session = useSession();
  const [setup] = useQuery({ query: NeedsSetupQuery, requestPolicy: 'network-only' });
  const [state, run] = useMutation(SetupMutation);
  const form = useForm({
    initialValues: { name: '', email: '', password: '', confirm: '' },
    validateInputOnChange: true,
    validate: {
      name: required,
      email,
      confirm: (value, values) => (value === values.password ? null : 'The passwords differ'),
    },
  });
  const errors = useServerErrors(form);

  if (session) return <Navigate to="/" replace />;
  if (setup.data && !setup.data.needsSetup) return <Navigate to="/login" replace />;
  if (!setup.data) {
    return setup.error ? (
      <ErrorAlert error={setup.error} />
    ) : (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }

  const submit = form.onSubmit(async ({ name, email, password }) => {
    const result = await run({ input: { name, email, password, role: 'ADMIN' } });
    if (errors.apply(result.error) && result.data) startSession(result.data.setupFirstAdmin);
  });

  return (
    <AuthLayout title="Welcome to Vizpost" subtitle="Create the first administrator to get started.">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert messages={errors.messages} title="Could not create the admin" />
          <TextInput label="Name" required autoFocus {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description="At least 10 characters"
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput label="Repeat password" autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={state.fetching} fullWidth>
            Create admin and sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
