import { describe, expect, it } from 'vitest';

import { DEFAULT_RULE, fromStoredRule, renameRulePath, toRuleInput, type RuleDraft } from './rule';

const draft = (over: Partial<RuleDraft>): RuleDraft => ({ ...DEFAULT_RULE, ...over });

describe('toRuleInput', () => {
  it('maps the hourly preset', () => {
    expect(toRuleInput(draft({ preset: 'hourly', minute: 15, fromHour: 7, toHour: 19, days: 'ALL' }))).toEqual({
      hourly: { minute: 15, fromHour: 7, toHour: 19, days: 'ALL' },
    });
  });

  it('maps days of the week in calendar order', () => {
    expect(toRuleInput(draft({ preset: 'weekly', weekdays: ['FRI', 'MON', 'WED'], time: '07:30' }))).toEqual({
      weekly: { weekdays: ['MON', 'WED', 'FRI'], time: '07:30' },
    });
  });

  it('maps monthly on day N and on the first workday', () => {
    expect(toRuleInput(draft({ preset: 'monthly', dayOfMonth: 15, time: '06:00' }))).toEqual({
      monthly: { firstWorkday: false, dayOfMonth: 15, time: '06:00' },
    });
    expect(toRuleInput(draft({ preset: 'monthly', firstWorkday: true, dayOfMonth: 15 }))).toEqual({
      monthly: { firstWorkday: true, dayOfMonth: null, time: '08:00' },
    });
  });

  it('maps quarterly like monthly', () => {
    expect(toRuleInput(draft({ preset: 'quarterly', dayOfMonth: 31, time: '09:00' }))).toEqual({
      quarterly: { firstWorkday: false, dayOfMonth: 31, time: '09:00' },
    });
  });

  it('maps cron, trimmed', () => {
    expect(toRuleInput(draft({ preset: 'cron', cron: ' 0 6 * * 1 ' }))).toEqual({ cron: { expression: '0 6 * * 1' } });
  });

  it('sends exactly one rule kind', () => {
    for (const preset of ['hourly', 'weekly', 'monthly', 'quarterly', 'cron'] as const) {
      expect(Object.keys(toRuleInput(draft({ preset })))).toEqual([preset]);
    }
  });
});

describe('fromStoredRule', () => {
  it('round-trips every kind', () => {
    const cases: RuleDraft[] = [
      draft({ preset: 'hourly', minute: 5, fromHour: 0, toHour: 23, days: 'WEEKENDS' }),
      draft({ preset: 'weekly', weekdays: ['SAT'], time: '10:00' }),
      draft({ preset: 'monthly', firstWorkday: true }),
      draft({ preset: 'quarterly', dayOfMonth: 2, time: '05:45' }),
      draft({ preset: 'cron', cron: '*/5 * * * *' }),
    ];
    const typename = { hourly: 'HourlyRule', weekly: 'WeeklyRule', monthly: 'MonthlyRule', quarterly: 'QuarterlyRule', cron: 'CronRule' } as const;
    for (const d of cases) {
      const input = toRuleInput(d) as unknown as Record<string, object>;
      const value = input[d.preset] as Record<string, unknown>;
      const stored = d.preset === 'cron' ? { expression: value.expression } : value;
      const back = fromStoredRule({ __typename: typename[d.preset], ...stored } as Parameters<typeof fromStoredRule>[0]);
      expect(toRuleInput(back)).toEqual(toRuleInput(d));
    }
  });

  it('falls back to the default without a rule', () => {
    expect(fromStoredRule(null)).toEqual(DEFAULT_RULE);
  });
});

describe('renameRulePath', () => {
  it('maps server paths to the editor fields', () => {
    expect(renameRulePath('rule.cron.expression')).toBe('rule.cron');
    expect(renameRulePath('rule.weekly.time')).toBe('rule.time');
    expect(renameRulePath('rule.weekly.weekdays.2')).toBe('rule.weekdays');
    expect(renameRulePath('rule.monthly.dayOfMonth')).toBe('rule.dayOfMonth');
    expect(renameRulePath('rule.hourly.unknown')).toBe('rule');
    expect(renameRulePath('name')).toBe('name');
  });
});
