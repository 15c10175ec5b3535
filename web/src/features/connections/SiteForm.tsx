import { useState } from 'react';
import { Button, Group, Radio, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import type { ConnectionsQuery } from '../../gql/graphql';
import { useServerErrors } from '../../lib/useServerErrors';
import { domains, luid, required } from '../../lib/validate';
import { authFromStored, describeAuth, renameAuthPath, toAuthInput } from './auth';
import { AuthFields } from './AuthFields';
import { CreateSiteMutation, UpdateSiteMutation } from './operations';

type Site = ConnectionsQuery['tableauServers']['items'][number]['sites'][number];
/** server: use the server's token; keep: the site's stored one; own: new credentials. */
type AuthMode = 'server' | 'keep' | 'own';

interface Props {
  serverId: string;
  site?: Site;
  onDone: () => void;
}

export function SiteForm({ serverId, site, onDone }: Props) {
  const [mode, setMode] = useState<AuthMode>(site?.auth ? 'keep' : 'server');
  const [created, create] = useMutation(CreateSiteMutation);
  const [updated, update] = useMutation(UpdateSiteMutation);
  const form = useForm({
    validateInputOnChange: true,
    validate: {
      name: required,
      contentUrl: (value) =>
        /[/\s]/.test(value.trim())
          ? "is the site's URL name (as in /site/NAME/), without slashes or spaces; empty for the default site"
          : null,
      siteLuid: luid('Tableau site LUID'),
      allowedDomains: domains,
    },
    initialValues: {
      name: site?.name ?? '',
      contentUrl: site?.contentUrl ?? '',
      siteLuid: site?.siteLuid ?? '',
      allowedDomains: site?.allowedDomains ?? [],
      auth: authFromStored(site?.auth),
    },
  });
  const errors = useServerErrors(form, { rename: renameAuthPath });

  const submit = form.onSubmit(async (values) => {
    const input = {
      serverId,
      name: values.name.trim(),
      contentUrl: values.contentUrl.trim(),
      siteLuid: values.siteLuid.trim(),
      allowedDomains: values.allowedDomains,
      auth: mode === 'own' ? toAuthInput(values.auth) : undefined,
      useServerAuth: !!site && mode === 'server',
    };
    const result = site ? await update({ id: site.id, input }) : await create({ input });
    if (errors.apply(result.error)) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert messages={errors.messages} title="Could not save the site" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="Content URL"
            description="The site's URL name; empty for the default site"
            {...form.getInputProps('contentUrl')}
          />
        </SimpleGrid>
        <TextInput label="Site LUID" required {...form.getInputProps('siteLuid')} />
        <TagsInput
          label="Allowed email domains"
          description="Recipients must have one of these domains; empty allows any. Press Enter after each."
          placeholder="example.com"
          {...form.getInputProps('allowedDomains')}
        />
        <Radio.Group label="Credentials" value={mode} onChange={(v) => setMode(v as AuthMode)}>
          <Stack gap={6} mt={6}>
            <Radio value="server" label="Use the server's credentials" />
            {site?.auth ? (
              <Radio value="keep" label={`Keep its own: ${describeAuth(site.auth)} (secret stored)`} />
            ) : null}
            <Radio value="own" label={site?.auth ? 'Replace with new credentials' : 'Its own token'} />
          </Stack>
        </Radio.Group>
        {mode === 'own' ? <AuthFields form={form} /> : null}
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
            {site ? 'Save site' : 'Create site'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
