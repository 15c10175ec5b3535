import { Chip, Group, Input, NumberInput, Radio, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';

import type { Weekday } from '../../gql/graphql';
import { WEEKDAYS, type Preset, type RuleDraft } from './rule';

const PRESETS: { value: Preset; label: string }[] = [
  { value: 'hourly', label: 'Hourly' },
  { value: 'weekly', label: 'Days of week' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'quarterly', label: 'Quarterly' },
  { value: 'cron', label: 'Cron' },
];

const DAY_NAMES: Record<Weekday, string> = { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' };

/** Edits `rule` of a form whose values hold a `RuleDraft` there. */
export function RuleEditor<T extends { rule: RuleDraft }>({ form }: { form: UseFormReturnType<T> }) {
  const rule = form.getValues().rule;
  const input = (name: keyof RuleDraft) => form.getInputProps(`rule.${name}`);
  const setRule = (patch: Partial<RuleDraft>) => form.setFieldValue('rule', { ...form.getValues().rule, ...patch } as never);
  const time = <TimeInput label="Time" description="In the schedule's timezone" required {...input('time')} />;

  return (
    <Stack gap="sm" data-testid="rule-editor">
      <Input.Wrapper label="Repeats" error={form.errors.rule}>
        <SegmentedControl fullWidth data={PRESETS} aria-label="Repeats" {...input('preset')} />
      </Input.Wrapper>
      {rule.preset === 'hourly' ? (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <NumberInput label="At minute" min={0} max={59} {...input('minute')} />
          <NumberInput label="From hour" min={0} max={23} {...input('fromHour')} />
          <NumberInput label="To hour" min={0} max={23} {...input('toHour')} />
          <Select
            label="On"
            allowDeselect={false}
            data={[
              { value: 'WEEKDAYS', label: 'Weekdays' },
              { value: 'WEEKENDS', label: 'Weekends' },
              { value: 'ALL', label: 'Every day' },
            ]}
            {...input('days')}
          />
        </SimpleGrid>
      ) : null}
      {rule.preset === 'weekly' ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Input.Wrapper label="On" error={form.errors['rule.weekdays' as never]}>
            <Chip.Group multiple value={rule.weekdays} onChange={(v) => setRule({ weekdays: v as Weekday[] })}>
              <Group gap={6} mt={6}>
                {WEEKDAYS.map((d) => (
                  <Chip key={d} value={d} size="sm">
                    {DAY_NAMES[d]}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          {time}
        </SimpleGrid>
      ) : null}
      {rule.preset === 'monthly' || rule.preset === 'quarterly' ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap="xs">
            <Radio.Group
              label={rule.preset === 'quarterly' ? 'In January, April, July and October' : 'Every month'}
              value={rule.firstWorkday ? 'workday' : 'day'}
              onChange={(v) => setRule({ firstWorkday: v === 'workday' })}
            >
              <Group mt={6}>
                <Radio value="day" label="On day" />
                <Radio value="workday" label="On the first workday" />
              </Group>
            </Radio.Group>
            {rule.firstWorkday ? null : (
              <NumberInput
                label="Day of month"
                description="In shorter months, the last day"
                min={1}
                max={31}
                {...input('dayOfMonth')}
              />
            )}
          </Stack>
          {time}
        </SimpleGrid>
      ) : null}
      {rule.preset === 'cron' ? (
        <TextInput
          label="Cron expression"
          description="Five fields: minute hour day-of-month month weekday"
          ff="monospace"
          {...input('cron')}
        />
      ) : null}
    </Stack>
  );
}
