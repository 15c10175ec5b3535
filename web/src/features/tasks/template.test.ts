import { describe, expect, it } from 'vitest';

import { attachmentsOf, escapeHtml, renderTemplate, sampleValues, templateProblem } from './template';

const values = { schedule: 'Weekly', views: 'Sales, Costs', 'recipient.name': 'Ann <Admin>' };

describe('renderTemplate', () => {
  it('fills placeholders, ignoring spaces inside the braces', () => {
    expect(renderTemplate('{{schedule}}: {{ views }}', values).text).toBe('Weekly: Sales, Costs');
  });

  it('escapes values only, when asked', () => {
    const r = renderTemplate('<p>Hello {{recipient.name}}</p>', values, escapeHtml);
    expect(r.text).toBe('<p>Hello Ann &lt;Admin&gt;</p>');
  });

  it('shows member placeholders as their column name', () => {
    expect(renderTemplate('Hi {{member.CITY}}', values).text).toBe('Hi [CITY]');
  });

  it('keeps and reports unknown placeholders once', () => {
    const r = renderTemplate('{{nope}} and {{nope}} {{member.}}', values);
    expect(r.text).toBe('{{nope}} and {{nope}} {{member.}}');
    expect(r.unknown).toEqual(['nope', 'member.']);
  });

  it('reports a brace that is never closed', () => {
    const r = renderTemplate('{{schedule}} {{date', values);
    expect(r.text).toBe('Weekly {{date');
    expect(r.unclosed).toBe(true);
  });

  it('leaves plain text alone', () => {
    expect(renderTemplate('no placeholders } {', values)).toEqual({ text: 'no placeholders } {', unknown: [], unclosed: false });
  });
});

describe('sampleValues', () => {
  it('covers every known placeholder', () => {
    const v = sampleValues({ schedule: 'S', task: 'T', site: 'X', views: ['A', 'B'], now: new Date(2024, 0, 5, 7, 3) });
    expect(v).toMatchObject({ schedule: 'S', views: 'A, B', view: 'A', date: '2024-01-05', time: '07:03' });
    expect(Object.keys(v).sort()).toEqual(
      ['date', 'recipient.email', 'recipient.name', 'schedule', 'site', 'task', 'time', 'view', 'views'].sort(),
    );
  });
});

describe('templateProblem', () => {
  const known = ['schedule', 'views', 'recipient.name'];
  it('accepts known and member placeholders', () => {
    expect(templateProblem('{{ schedule }}: {{views}} for {{member.region}}', known)).toBeNull();
  });
  it('flags an unknown placeholder as the server does', () => {
    expect(templateProblem('{{shedule}}', known)).toBe('unknown placeholder {{shedule}}; known: schedule, views, recipient.name, member.<column>');
    expect(templateProblem('{{member.}}', known)).toMatch(/unknown placeholder \{\{member\.\}\}/);
  });
  it('flags an unclosed brace, with or without the known names', () => {
    expect(templateProblem('Hi {{views}} {{date', [])).toBe("'{{' at character 14 is never closed with '}}'");
    expect(templateProblem('{{anything}}', [])).toBeNull();
  });
});

describe('attachmentsOf', () => {
  const values = { date: '2027-01-04', task: 'Pack' };

  it('names each attached view by the template and its format, and leaves inline images out', () => {
    const views = [
      { viewName: 'Overview', format: 'PDF', inline: false },
      { viewName: 'By Region', format: 'PNG', inline: true },
      { viewName: 'Data', format: 'EXCEL', inline: false },
    ];
    expect(attachmentsOf(views, '{{view}} {{date}}', values)).toEqual({
      attached: ['Overview 2027-01-04.pdf', 'Data 2027-01-04.xlsx'],
      inline: ['By Region'],
    });
  });

  it('numbers repeated names and replaces characters file systems refuse', () => {
    const views = [
      { viewName: 'A/B', format: 'CSV', inline: false },
      { viewName: 'A/B', format: 'CSV', inline: false },
      { viewName: 'Map', format: 'PNG', inline: false },
    ];
    expect(attachmentsOf(views, '{{view}}', values).attached).toEqual(['A_B.csv', 'A_B (2).csv', 'Map.png']);
    expect(attachmentsOf(views, '  ', values).attached[0]).toBe('A_B.csv');
  });
});
