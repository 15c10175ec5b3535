import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { ConnectionsQuery } from '../../gql/graphql';
import { useServerErrors } from '../../lib/useServerErrors';
import { required } from '../../lib/validate';
import { authFromStored, describeAuth, emptyAuth, renameAuthPath, toAuthInput } from './auth';
import { AuthFields } from './AuthFields';
import { CreateServerMutation, UpdateServerMutation } from './operations';

type Server = ConnectionsQuery['tableauServers']['items'][number];

interface Props {
  server?: Server;
  onDone: () => void;
}

/** Creates or edits a Tableau server. Stored secrets are never shown: replace them or keep them. */
export function ServerForm({ server, onDone }: Props) {
  const [replacing, setReplacing] = useState(!server);
  const [created, create] = useMutation(CreateServerMutation);
  const [updated, update] = useMutation(UpdateServerMutation);
  const form = useForm({
    validateInputOnChange: ['name'],
    validate: { name: required },
    initialValues: {
      name: server?.name ?? '',
      baseUrl: server?.baseUrl ?? '',
      apiVersion: server?.apiVersion ?? '3.24',
      auth: server ? authFromStored(server.auth) : emptyAuth(),
    },
  });
  const errors = useServerErrors(form, { rename: renameAuthPath });

  const submit = form.onSubmit(async (values) => {
    const input = {
      name: values.name.trim(),
      baseUrl: values.baseUrl.trim(),
      apiVersion: values.apiVersion.trim(),
      auth: replacing ? toAuthInput(values.auth) : undefined,
    };
    const result = server ? await update({ id: server.id, input }) : await create({ input });
    if (errors.apply(result.error)) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert messages={errors.messages} title="Could not save the server" />
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Base URL"
            placeholder="https://tableau.example.com"
            required
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('baseUrl')}
          />
          <TextInput label="REST API version" {...form.getInputProps('apiVersion')} />
        </SimpleGrid>
        <Text fw={600} size="sm">
          Credentials
        </Text>
        {replacing ? (
          <AuthFields form={form} />
        ) : (
          <Alert color="gray" variant="light" data-testid="stored-credentials">
            <Group justify="space-between">
              <Text size="sm">
                {server ? describeAuth(server.auth) : ''} — secret stored
              </Text>
              <Button size="xs" variant="light" onClick={() => setReplacing(true)}>
                Replace credentials
              </Button>
            </Group>
          </Alert>
        )}
        {form.errors.auth ? (
          <Text c="red" size="sm">
            {form.errors.auth}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={created.fetching || updated.fetching}>
            {server ? 'Save server' : 'Create server'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
