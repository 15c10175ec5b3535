import { useState, type ReactNode } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';

import { ConfirmButton } from '../../components/ConfirmButton';
import type { ConnectionsQuery } from '../../gql/graphql';
import { describeAuth } from './auth';
import { ServerTestButton } from './ServerTest';

type Server = ConnectionsQuery['tableauServers']['items'][number];
type Site = Server['sites'][number];

interface Props {
  server: Server;
  onEdit: () => void;
  onDelete: () => Promise<void>;
  onAddSite: () => void;
  onEditSite: (site: Site) => void;
  onDeleteSite: (site: Site) => Promise<void>;
  onWebhooks: (site: Site) => void;
}

export function ServerCard({ server, onEdit, onDelete, onAddSite, onEditSite, onDeleteSite, onWebhooks }: Props) {
  const [testResult, setTestResult] = useState<ReactNode>(null);
  return (
    <Card withBorder data-testid="server-card">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Text fw={600}>{server.name}</Text>
          <Text size="sm" c="dimmed">
            {server.baseUrl} · REST API {server.apiVersion}
          </Text>
          <Group gap={6}>
            <Text size="sm">{describeAuth(server.auth)}</Text>
            <Badge size="xs" color="green" variant="light">
              secret stored
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs">
          <ServerTestButton serverId={server.id} onResult={setTestResult} />
          <Button size="xs" variant="light" onClick={onAddSite}>
            Add site
          </Button>
          <Button size="xs" variant="default" onClick={onEdit}>
            Edit
          </Button>
          <ConfirmButton
            title="Delete server?"
            message={`Delete ${server.name} and its ${server.sites.length} site(s)? This is refused while schedules use them.`}
            confirmLabel="Delete"
            onConfirm={onDelete}
          >
            Delete
          </ConfirmButton>
        </Group>
      </Group>
      {testResult}
      {server.sites.length === 0 ? (
        <Text size="sm" c="dimmed">
          No site yet: add the sites whose views you send.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Site</Table.Th>
                <Table.Th>Content URL</Table.Th>
                <Table.Th>Site LUID</Table.Th>
                <Table.Th>Allowed domains</Table.Th>
                <Table.Th>Credentials</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {server.sites.map((site) => (
                <Table.Tr key={site.id}>
                  <Table.Td>{site.name}</Table.Td>
                  <Table.Td>{site.contentUrl || <Text c="dimmed" size="sm">default</Text>}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">{site.siteLuid}</Text>
                  </Table.Td>
                  <Table.Td>{site.allowedDomains.length ? site.allowedDomains.join(', ') : 'any'}</Table.Td>
                  <Table.Td>{site.auth ? `own (${describeAuth(site.auth)})` : "server's"}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => onWebhooks(site)} aria-label={`Webhooks of site ${site.name}`}>
                        Webhooks
                      </Button>
                      <Button size="xs" variant="subtle" onClick={() => onEditSite(site)} aria-label={`Edit site ${site.name}`}>
                        Edit
                      </Button>
                      <ConfirmButton
                        title="Delete site?"
                        message={`Delete the site ${site.name}? This is refused while schedules use it.`}
                        confirmLabel="Delete"
                        onConfirm={() => onDeleteSite(site)}
                        aria-label={`Delete site ${site.name}`}
                      >
                        Delete
                      </ConfirmButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
