import { describe, expect, it } from 'vitest';

import { fromGraphQLError, type ApiError } from './errors';
import { splitServerErrors } from './formErrors';

const invalid = (field: string, reason: string): ApiError => ({ code: 'VALIDATION_FAILED', message: `${field}: ${reason}`, field, reason });

const taskValues = {
  name: '',
  views: [{ viewLuid: '', format: 'PDF' }],
  filters: [{ field: 'Region', values: 'North' }],
  recipients: ['a@example.com', 'bad'],
  rule: { preset: 'weekly', time: '25:00' },
};

describe('splitServerErrors', () => {
  it('puts a field error beside the field, without the argument prefix', () => {
    const out = splitServerErrors([invalid('input.name', 'must not be empty')], taskValues);
    expect(out).toEqual({ fields: { name: 'must not be empty' }, other: [] });
  });

  it('reaches into lists by index', () => {
    const out = splitServerErrors([invalid('input.views.0.viewLuid', 'is not a LUID')], taskValues);
    expect(out.fields).toEqual({ 'views.0.viewLuid': 'is not a LUID' });
  });

  it('falls back to the nearest field the form has', () => {
    const out = splitServerErrors(
      [invalid('input.recipients.1', "'bad' is not an email address"), invalid('input.filters.Region', 'give a value')],
      taskValues,
    );
    expect(out.fields).toEqual({ recipients: "'bad' is not an email address", filters: 'give a value' });
  });

  it('renames server paths the form keeps elsewhere', () => {
    const rename = (p: string) => p.replace(/^rule\.weekly\./, 'rule.');
    const out = splitServerErrors([invalid('input.rule.weekly.time', 'must be HH:MM')], taskValues, { rename });
    expect(out.fields).toEqual({ 'rule.time': 'must be HH:MM' });
  });

  it('keeps errors no field matches, and other codes, for the form alert', () => {
    const out = splitServerErrors(
      [invalid('scheduleId', 'has no task yet'), { code: 'CONFLICT', message: 'the name is taken' }],
      taskValues,
    );
    expect(out.fields).toEqual({});
    expect(out.other).toEqual(['scheduleId: has no task yet', 'the name is taken']);
  });

  it('keeps the first message when a field has two', () => {
    const out = splitServerErrors([invalid('input.name', 'first'), invalid('input.name', 'second')], taskValues);
    expect(out.fields.name).toBe('first');
  });

  it('works without a prefix', () => {
    const out = splitServerErrors([invalid('triggers.0.resourceLuid', 'not a UUID')], { triggers: [{ resourceLuid: 'x' }] }, { prefix: '' });
    expect(out.fields).toEqual({ 'triggers.0.resourceLuid': 'not a UUID' });
  });
});

describe('fromGraphQLError', () => {
  it('types errors by extensions.code', () => {
    expect(fromGraphQLError('input.name: empty', { code: 'VALIDATION_FAILED', field: 'input.name', reason: 'empty' })).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'input.name: empty',
      field: 'input.name',
      reason: 'empty',
    });
    expect(fromGraphQLError('no', { code: 'FORBIDDEN' })).toEqual({ code: 'FORBIDDEN', message: 'no' });
  });

  it('treats an unknown or missing code as INTERNAL', () => {
    expect(fromGraphQLError('boom', undefined).code).toBe('INTERNAL');
    expect(fromGraphQLError('boom', { code: 'SOMETHING_NEW' }).code).toBe('INTERNAL');
  });
});
