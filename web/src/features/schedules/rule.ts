import type { Days, TimeRuleInput, Weekday } from '../../gql/graphql';

/** The ways a time rule can be written; each maps to one `TimeRuleInput` field. */
export type Preset = 'hourly' | 'weekly' | 'monthly' | 'quarterly' | 'cron';

export const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** The rule editor's state: every preset's fields at once, so switching keeps them. */
export interface RuleDraft {
  preset: Preset;
  /** hourly */
  minute: number;
  fromHour: number;
  toHour: number;
  days: Days;
  /** weekly */
  weekdays: Weekday[];
  /** weekly, monthly, quarterly: HH:MM */
  time: string;
  /** monthly, quarterly: on day N or on the first workday */
  firstWorkday: boolean;
  dayOfMonth: number;
  /** cron */
  cron: string;
}

export const DEFAULT_RULE: RuleDraft = {
  preset: 'weekly',
  minute: 0,
  fromHour: 8,
  toHour: 18,
  days: 'WEEKDAYS',
  weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
  time: '08:00',
  firstWorkday: false,
  dayOfMonth: 1,
  cron: '0 8 * * 1-5',
};

/** The API input for the chosen preset. */
export function toRuleInput(d: RuleDraft): TimeRuleInput {
  switch (d.preset) {
    case 'hourly':
      return { hourly: { minute: d.minute, fromHour: d.fromHour, toHour: d.toHour, days: d.days } };
    case 'weekly':
      return { weekly: { weekdays: WEEKDAYS.filter((w) => d.weekdays.includes(w)), time: d.time } };
    case 'monthly':
    case 'quarterly': {
      const rule = d.firstWorkday
        ? { firstWorkday: true, dayOfMonth: null, time: d.time }
        : { firstWorkday: false, dayOfMonth: d.dayOfMonth, time: d.time };
      return d.preset === 'monthly' ? { monthly: rule } : { quarterly: rule };
    }
    case 'cron':
      return { cron: { expression: d.cron.trim() } };
  }
}

/** A stored rule, as the API returns it. */
export type StoredRule =
  | { __typename: 'HourlyRule'; minute: number; fromHour: number; toHour: number; days: Days }
  | { __typename: 'WeeklyRule'; weekdays: Weekday[]; time: string }
  | { __typename: 'MonthlyRule'; dayOfMonth?: number | null; firstWorkday: boolean; time: string }
  | { __typename: 'QuarterlyRule'; dayOfMonth?: number | null; firstWorkday: boolean; time: string }
  | { __typename: 'CronRule'; expression: string };

/** The editor's state for a stored rule (defaults for the other presets). */
export function fromStoredRule(rule: StoredRule | null | undefined): RuleDraft {
  const d = { ...DEFAULT_RULE };
  if (!rule) return d;
  switch (rule.__typename) {
    case 'HourlyRule':
      return { ...d, preset: 'hourly', minute: rule.minute, fromHour: rule.fromHour, toHour: rule.toHour, days: rule.days };
    case 'WeeklyRule':
      return { ...d, preset: 'weekly', weekdays: rule.weekdays, time: rule.time };
    case 'MonthlyRule':
    case 'QuarterlyRule':
      return {
        ...d,
        preset: rule.__typename === 'MonthlyRule' ? 'monthly' : 'quarterly',
        firstWorkday: rule.firstWorkday,
        dayOfMonth: rule.dayOfMonth ?? 1,
        time: rule.time,
      };
    case 'CronRule':
      return { ...d, preset: 'cron', cron: rule.expression };
  }
}

const FIELD_OF: Record<string, keyof RuleDraft> = {
  expression: 'cron',
  minute: 'minute',
  fromHour: 'fromHour',
  toHour: 'toHour',
  days: 'days',
  weekdays: 'weekdays',
  time: 'time',
  dayOfMonth: 'dayOfMonth',
  firstWorkday: 'firstWorkday',
};

/** A server path such as `rule.weekly.time` as the editor's `rule.time`. */
export function renameRulePath(path: string): string {
  const parts = path.split('.');
  if (parts[0] !== 'rule' || parts.length < 3) return path;
  const field = FIELD_OF[parts[2] ?? ''];
  return field ? `rule.${field}` : 'rule';
}
