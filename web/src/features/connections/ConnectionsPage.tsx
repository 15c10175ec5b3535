import { useState } from 'react';
import { Button, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from 'urql';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { apiErrors, describe } from '../../lib/errors';
import type { ConnectionsQuery as Data } from '../../gql/graphql';
import { ConnectionsQuery, DeleteServerMutation, DeleteSiteMutation } from './operations';
import { ServerCard } from './ServerCard';
import { ServerForm } from './ServerForm';
import { SiteForm } from './SiteForm';
import { SiteWebhooks } from './SiteWebhooks';

type Server = Data['tableauServers']['items'][number];
type Site = Server['sites'][number];
type Editing =
  | { kind: 'server'; server?: Server }
  | { kind: 'site'; server: Server; site?: Site }
  | { kind: 'webhooks'; siteId: string }
  | null;

const CONTEXT = { additionalTypenames: ['TableauServer', 'Site'] };

export function ConnectionsPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConnectionsQuery, context: CONTEXT });
  const [editing, setEditing] = useState<Editing>(null);
  const [, deleteServer] = useMutation(DeleteServerMutation);
  const [, deleteSite] = useMutation(DeleteSiteMutation);

  const done = () => {
    setEditing(null);
    refetch({ requestPolicy: 'network-only' });
  };
  const report = (result: { error?: Parameters<typeof apiErrors>[0] }, what: string) => {
    if (result.error) {
      notifications.show({ color: 'red', title: `Could not delete the ${what}`, message: apiErrors(result.error).map(describe).join(' ') });
    } else done();
  };

  const webhookSite =
    editing?.kind === 'webhooks'
      ? data?.tableauServers.items.flatMap((s) => s.sites).find((s) => s.id === editing.siteId)
      : undefined;
  const title =
    editing?.kind === 'server'
      ? editing.server ? `Edit ${editing.server.name}` : 'New Tableau server'
      : editing?.kind === 'site'
        ? editing.site ? `Edit site ${editing.site.name}` : `New site on ${editing.server.name}`
        : editing?.kind === 'webhooks'
          ? `Webhooks of ${webhookSite?.name ?? 'the site'}`
          : '';

  return (
    <>
      <PageHeader
        title="Connections"
        description="Tableau servers Vizpost signs in to, and their sites."
        actions={<Button onClick={() => setEditing({ kind: 'server' })}>Add server</Button>}
      />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        empty={data?.tableauServers.items.length === 0}
        emptyTitle="No Tableau server yet"
        emptyText="Add the Tableau Server or Tableau Cloud pod your views live on."
      >
        <Stack>
          {data?.tableauServers.items.map((server) => (
            <ServerCard
              key={server.id}
              server={server}
              onEdit={() => setEditing({ kind: 'server', server })}
              onDelete={async () => report(await deleteServer({ id: server.id }), 'server')}
              onAddSite={() => setEditing({ kind: 'site', server })}
              onEditSite={(site) => setEditing({ kind: 'site', server, site })}
              onDeleteSite={async (site) => report(await deleteSite({ id: site.id }), 'site')}
              onWebhooks={(site) => setEditing({ kind: 'webhooks', siteId: site.id })}
            />
          ))}
        </Stack>
      </QueryState>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={title} size="lg">
        {editing?.kind === 'server' ? <ServerForm server={editing.server} onDone={done} /> : null}
        {editing?.kind === 'site' ? <SiteForm serverId={editing.server.id} site={editing.site} onDone={done} /> : null}
        {webhookSite ? (
          <SiteWebhooks site={webhookSite} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        ) : null}
      </Modal>
    </>
  );
}
