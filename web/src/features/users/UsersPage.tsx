import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';

import { PageHeader } from '../../components/PageHeader';
import { TokensPanel } from './TokensPanel';
import { UsersPanel } from './UsersPanel';

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'tokens' ? 'tokens' : 'users';
  return (
    <>
      <PageHeader title="Users & API tokens" description="Who may sign in, with which role; tokens for scripts and webhooks." />
      <Tabs value={tab} onChange={(t) => setParams(t === 'tokens' ? { tab: t } : {}, { replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="tokens">API tokens</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <TokensPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
