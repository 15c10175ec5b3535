import { Stack, Text } from '@mantine/core';

import { EmailFrame } from '../../components/EmailFrame';

export interface SentEmail {
  recipientEmail: string;
  recipientName: string;
  subject?: string | null;
  html?: string | null;
}

/** The email a delivery sent: its subject and body, rendered safely. */
export function DeliveryEmail({ delivery: d }: { delivery: SentEmail }) {
  return (
    <Stack gap="xs" data-testid="delivery-email">
      <Text size="sm">
        <b>To:</b> {d.recipientName ? `${d.recipientName} <${d.recipientEmail}>` : d.recipientEmail}
      </Text>
      <Text size="sm" data-testid="delivery-subject">
        <b>Subject:</b> {d.subject ?? '—'}
      </Text>
      {d.html ? (
        <>
          <EmailFrame html={d.html} title={`Email sent to ${d.recipientEmail}`} minHeight={420} />
          <Text size="xs" c="dimmed">
            Shown without scripts or remote content. Inline images are not kept, so they appear as their names.
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          The body of this email was not kept.
        </Text>
      )}
    </Stack>
  );
}
