import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import { attachmentsOf, escapeHtml, renderTemplate, sampleValues, type SampleContext } from './template';
import type { TaskValues } from './taskForm';

interface Props {
  form: UseFormReturnType<TaskValues>;
  placeholders: { name: string; description: string }[];
  context: Omit<SampleContext, 'views'>;
}

/** Subject, body and file-name templates with the placeholders and a rendered preview. */
export function TemplateFields({ form, placeholders, context }: Props) {
  const v = form.getValues();
  const values = sampleValues({ ...context, task: v.name || context.task, views: v.views.map((x) => x.viewName) });
  const subject = renderTemplate(v.subjectTemplate, values);
  const body = renderTemplate(v.bodyTemplate, values, escapeHtml);
  const file = renderTemplate(v.filenameTemplate, values);
  const files = attachmentsOf(v.views, v.filenameTemplate, values);
  // The server appends inline images after the body; the preview shows
  // where, without the image itself.
  const images = files.inline.map((name) => `<p style="color:#868e96">[image: ${escapeHtml(name)}]</p>`).join('');
  const unknown = [...new Set([...subject.unknown, ...body.unknown, ...file.unknown])];
  const unclosed = subject.unclosed || body.unclosed || file.unclosed;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="sm">
        <TextInput label="Subject" required {...form.getInputProps('subjectTemplate')} />
        <Textarea label="Body (HTML)" autosize minRows={4} maxRows={12} ff="monospace" {...form.getInputProps('bodyTemplate')} />
        <TextInput label="File name" description="Without extension" {...form.getInputProps('filenameTemplate')} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            Placeholders
          </Text>
          <Group gap={6} data-testid="placeholders">
            {placeholders.map((p) => (
              <Tooltip key={p.name} label={p.description} withArrow>
                <Badge variant="light" tt="none" style={{ cursor: 'help' }} tabIndex={0}>
                  {`{{${p.name}}}`}
                </Badge>
              </Tooltip>
            ))}
            <Tooltip label="A mailing list's placeholder_X column" withArrow>
              <Badge variant="outline" tt="none" tabIndex={0}>{'{{member.X}}'}</Badge>
            </Tooltip>
          </Group>
        </div>
      </Stack>
      <Card withBorder bg="gray.0" data-testid="template-preview">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb="xs">
          Preview with sample values
        </Text>
        {unknown.length || unclosed ? (
          <Alert color="orange" mb="xs" p="xs">
            {unknown.length ? `Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => `{{${u}}}`).join(', ')}. ` : ''}
            {unclosed ? 'A “{{” is never closed.' : ''}
          </Alert>
        ) : null}
        <Text size="sm">
          <b>Subject:</b> <span data-testid="preview-subject">{subject.text}</span>
        </Text>
        <Text size="sm" data-testid="preview-attachments">
          <b>Attachments:</b> {files.attached.length ? files.attached.join(', ') : 'none'}
        </Text>
        <iframe
          title="Body preview"
          sandbox=""
          srcDoc={`<!doctype html><meta charset="utf-8"><body style="font-family:sans-serif;font-size:14px">${body.text}${images}</body>`}
          style={{ width: '100%', minHeight: 180, border: '1px solid var(--mantine-color-gray-3)', background: 'white', marginTop: 8 }}
        />
      </Card>
    </SimpleGrid>
  );
}
