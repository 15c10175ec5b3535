import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

interface Props {
  label: string;
  value: string;
  /** Long text (such as a command) wraps in a block. */
  block?: boolean;
}

/** A value to copy, with a button that says when it was copied. */
export function CopyField({ label, value, block }: Props) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" color={copied ? 'teal' : undefined} onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block={block} style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="copy-value">
        {value}
      </Code>
    </Stack>
  );
}
