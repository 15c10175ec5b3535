import { useEffect, useEffectEvent } from 'react';
import { Card, List, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from 'urql';

import { apiErrors } from '../../lib/errors';
import { splitServerErrors } from '../../lib/formErrors';
import { formatWallClock } from './localTime';
import { PreviewRuleQuery } from './operations';
import { renameRulePath, toRuleInput, type RuleDraft } from './rule';

interface Props {
  rule: RuleDraft;
  timezone: string;
  /** The preview's validation errors by form field (`rule.cron`, `timezone`), for showing beside the fields. */
  onFieldErrors?: (fields: Record<string, string>) => void;
}

/** The rule in words and its next five fire times, refreshed shortly after each change. */
export function RulePreview({ rule, timezone, onFieldErrors }: Props) {
  const key = JSON.stringify({ rule: toRuleInput(rule), timezone });
  const [debounced] = useDebouncedValue(key, 400);
  const variables = JSON.parse(debounced) as { rule: ReturnType<typeof toRuleInput>; timezone: string };
  const [{ data, error, fetching }] = useQuery({ query: PreviewRuleQuery, variables, requestPolicy: 'cache-first' });
  const problems = apiErrors(error).map((e) => (e.code === 'VALIDATION_FAILED' ? e.reason : e.message));
  const fields = JSON.stringify(
    splitServerErrors(apiErrors(error), { rule, timezone }, { prefix: '-', rename: renameRulePath }).fields,
  );
  const report = useEffectEvent((json: string) => onFieldErrors?.(JSON.parse(json) as Record<string, string>));
  useEffect(() => report(fields), [fields]);

  return (
    <Card withBorder bg="gray.0" aria-live="polite" data-testid="rule-preview">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        Preview {fetching || debounced !== key ? <Loader size={10} ml={4} aria-label="Updating" /> : null}
      </Text>
      {problems.length > 0 ? (
        <Text c="red" size="sm" mt={4} data-testid="rule-preview-error">
          {problems.join(' ')}
        </Text>
      ) : data ? (
        <>
          <Text fw={500} mt={4} data-testid="rule-description">
            {data.previewTimeRule.description}
          </Text>
          <Text size="sm" mt="xs">
            Next fire times ({timezone}):
          </Text>
          <List size="sm" data-testid="fire-times">
            {data.previewTimeRule.times.map((t) => (
              <List.Item key={t.at}>{formatWallClock(t.local)}</List.Item>
            ))}
          </List>
          {data.previewTimeRule.times.length === 0 ? (
            <Text size="sm" c="dimmed">
              This rule never fires.
            </Text>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
