import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';

import { ConfirmButton } from '../../components/ConfirmButton';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WebhookRoundTrips } from '../../components/WebhookRoundTrips';
import type { SiteRegistrationFragment } from '../../gql/graphql';
import { RotateSecretMutation, SyncWebhooksMutation, TestWebhooksMutation } from './operations';

interface Props {
  site: { id: string; name: string; webhookUrl: string; webhookSigningSecret: string };
  onChanged: () => void;
}

function Registration({ r }: { r: SiteRegistrationFragment }) {
  return (
    <Alert color={r.ok ? 'green' : 'orange'} title={r.ok ? 'Webhooks on Tableau are in step' : 'Webhooks need attention'}>
      {r.message}
      <List size="sm">
        {r.created.map((c) => <List.Item key={`+${c}`}>created {c}</List.Item>)}
        {r.removed.map((c) => <List.Item key={`-${c}`}>removed {c}</List.Item>)}
      </List>
    </Alert>
  );
}

/** Where Tableau posts the site's events, the signing secret, and the webhook checks. */
export function SiteWebhooks({ site, onChanged }: Props) {
  const [result, setResult] = useState<ReactNode>(null);
  const [sync, doSync] = useMutation(SyncWebhooksMutation);
  const [test, doTest] = useMutation(TestWebhooksMutation);
  const [, doRotate] = useMutation(RotateSecretMutation);

  const onSync = async () => {
    const r = await doSync({ siteId: site.id });
    setResult(r.data ? <Registration r={r.data.syncTableauWebhooks} /> : <ErrorAlert error={r.error} />);
  };
  const onTest = async () => {
    const r = await doTest({ siteId: site.id });
    if (!r.data) return setResult(<ErrorAlert error={r.error} />);
    setResult(<WebhookRoundTrips trips={r.data.testTableauWebhooks} />);
  };
  const onRotate = async () => {
    const r = await doRotate({ siteId: site.id });
    setResult(r.data ? <Registration r={r.data.rotateWebhookSecret} /> : <ErrorAlert error={r.error} />);
    onChanged();
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Tableau posts refresh events for {site.name} to this address; Vizpost registers it for the site&apos;s enabled
        workbook and data source triggers.
      </Text>
      <CopyField label="Webhook URL" value={site.webhookUrl} block />
      <CopyField label="Signing secret for custom triggers" value={site.webhookSigningSecret} block />
      <Group>
        <Button variant="light" loading={sync.fetching} onClick={() => void onSync()}>
          Sync with Tableau
        </Button>
        <Button variant="light" loading={test.fetching} onClick={() => void onTest()}>
          Test Tableau webhook connections
        </Button>
        <ConfirmButton size="sm" title="Rotate the secret?" message="Callers signing custom triggers with the old secret will be refused; Tableau's webhooks are re-registered." confirmLabel="Rotate" onConfirm={onRotate}>
          Rotate secret
        </ConfirmButton>
      </Group>
      {result}
    </Stack>
  );
}
