import { PasswordInput, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import type { AuthValues } from './auth';

interface Props<T extends { auth: AuthValues }> {
  form: UseFormReturnType<T>;
}

/** Personal-access-token or connected-app fields, bound to `auth.*` of a form. */
export function AuthFields<T extends { auth: AuthValues }>({ form }: Props<T>) {
  const kind = form.getValues().auth.kind;
  const input = (name: keyof AuthValues) => form.getInputProps(`auth.${name}`);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Sign-in method"
        data={[
          { value: 'PERSONAL_ACCESS_TOKEN', label: 'Personal access token' },
          { value: 'CONNECTED_APP', label: 'Connected app' },
        ]}
        {...input('kind')}
      />
      {kind === 'CONNECTED_APP' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Client ID" required {...input('clientId')} />
          <TextInput label="Secret ID" required {...input('secretId')} />
          <PasswordInput label="Secret value" required autoComplete="off" {...input('secretValue')} />
          <TextInput label="Username" description="The Tableau user Vizpost acts as" required {...input('username')} />
          <TextInput label="Scopes" description="Comma separated; empty for the defaults" {...input('scopes')} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Token name" required {...input('tokenName')} />
          <PasswordInput label="Token secret" required autoComplete="off" {...input('secret')} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
