import type { ScheduleDetailFragment, ScheduleInput, ScheduleKind } from '../../gql/graphql';
import { DEFAULT_RULE, fromStoredRule, renameRulePath, toRuleInput, type RuleDraft, type StoredRule } from './rule';
import { browserTimezone } from './timezones';

export interface ScheduleValues {
  name: string;
  description: string;
  siteId: string | null;
  kind: ScheduleKind;
  enabled: boolean;
  timezone: string;
  startDate: string | null;
  endDate: string | null;
  rule: RuleDraft;
}

export function scheduleValues(s?: ScheduleDetailFragment): ScheduleValues {
  return {
    name: s?.name ?? '',
    description: s?.description ?? '',
    siteId: s?.site.id ?? null,
    kind: s?.kind ?? 'TIME',
    enabled: s?.enabled ?? true,
    timezone: s?.timezone ?? browserTimezone(),
    startDate: s?.startDate ?? null,
    endDate: s?.endDate ?? null,
    rule: s ? fromStoredRule(s.rule as StoredRule | null) : { ...DEFAULT_RULE },
  };
}

export function toScheduleInput(v: ScheduleValues): ScheduleInput {
  return {
    siteId: v.siteId ?? '',
    name: v.name.trim(),
    description: v.description,
    kind: v.kind,
    enabled: v.enabled,
    timezone: v.timezone,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    rule: v.kind === 'TIME' ? toRuleInput(v.rule) : null,
  };
}

export const scheduleErrorOptions = { rename: renameRulePath };
