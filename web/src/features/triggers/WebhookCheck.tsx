import { useState, type ReactNode } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { WebhookRoundTrips } from '../../components/WebhookRoundTrips';
import { TestTriggerWebhooksMutation } from './operations';

/** Has Tableau call each of the site's Vizpost webhooks and shows whether the calls arrived. */
export function WebhookCheck({ siteId }: { siteId: string }) {
  const [state, test] = useMutation(TestTriggerWebhooksMutation);
  const [result, setResult] = useState<ReactNode>(null);
  const run = async () => {
    setResult(null);
    const r = await test({ siteId });
    setResult(r.data ? <WebhookRoundTrips trips={r.data.testTableauWebhooks} /> : <ErrorAlert error={r.error} title="Could not test the webhooks" />);
  };
  return (
    <Stack gap="xs">
      <div>
        <Button variant="default" loading={state.fetching} onClick={() => void run()}>
          Test Tableau webhook connections
        </Button>
        <Text size="xs" c="dimmed" mt={4}>
          Tableau posts a test event to each webhook Vizpost registered for this site.
        </Text>
      </div>
      {result}
    </Stack>
  );
}
