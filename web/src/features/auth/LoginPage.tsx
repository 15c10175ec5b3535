import { Button, Center, Loader, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Navigate, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import { useSession } from '../../lib/api';
import { useServerErrors } from '../../lib/useServerErrors';
import { AuthLayout } from './AuthLayout';
import { NeedsSetupQuery, startSession } from './session';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export function LoginPage() {
  const session = useSession();
  const location = useLocation();
  const [setup] = useQuery({ query: NeedsSetupQuery, requestPolicy: 'network-only' });
  const [login, run] = useMutation(LoginMutation);
  const form = useForm({ initialValues: { email: '', password: '' } });
  const errors = useServerErrors(form, { prefix: '' });
  const next = (location.state as { from?: string } | null)?.from ?? '/';

  if (session) return <Navigate to={next} replace />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (!setup.data && setup.fetching) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }

  const submit = form.onSubmit(async (values) => {
    const result = await run(values);
    if (errors.apply(result.error) && result.data) startSession(result.data.login);
  });

  return (
    <AuthLayout title="Sign in" subtitle="Schedules and triggers that email Tableau views.">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert messages={errors.messages} title="Could not sign in" />
          <TextInput label="Email" type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={login.fetching} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
