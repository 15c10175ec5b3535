import { Alert, Button, List } from '@mantine/core';
import { useMutation } from 'urql';

import { ErrorAlert } from '../../components/ErrorAlert';
import { TestConnectionMutation } from './operations';

/** Signs in to each site of the server and says, per site, what worked or failed. */
export function ServerTestButton({ serverId, onResult }: { serverId: string; onResult: (node: React.ReactNode) => void }) {
  const [state, test] = useMutation(TestConnectionMutation);
  const run = async () => {
    onResult(null);
    const r = await test({ serverId });
    if (r.error || !r.data) {
      onResult(<ErrorAlert error={r.error} title="Could not test the connection" />);
      return;
    }
    const t = r.data.testTableauConnection;
    onResult(
      <Alert color={t.ok ? 'green' : 'red'} title={t.ok ? 'Every site answered' : 'The connection has problems'} mt="sm" data-testid="connection-test">
        {t.sites.length === 0 ? 'The server has no site to sign in to yet.' : null}
        <List size="sm">
          {t.sites.map((s) => (
            <List.Item key={s.siteId ?? s.siteName}>
              {s.ok ? '✓' : '✗'} {s.siteName}: {s.message}
            </List.Item>
          ))}
        </List>
      </Alert>,
    );
  };
  return (
    <Button size="xs" variant="default" loading={state.fetching} onClick={() => void run()}>
      Test connection
    </Button>
  );
}
