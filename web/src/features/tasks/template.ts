/** Client-side rendering of `{{placeholder}}` templates, for previews. */

export interface Rendered {
  text: string;
  /** Placeholders neither known nor `member.*`: the server refuses these. */
  unknown: string[];
  /** A `{{` that is never closed. */
  unclosed: boolean;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Fills `{{name}}` with `values[name]` (spaces inside the braces are
 * ignored). `member.X` without a value shows as `[X]`; unknown names stay
 * as written and are reported. `escape` is applied to values only.
 */
export function renderTemplate(
  template: string,
  values: Record<string, string>,
  escape: (value: string) => string = (v) => v,
): Rendered {
  const out: string[] = [];
  const unknown: string[] = [];
  let rest = template;
  for (;;) {
    const start = rest.indexOf('{{');
    if (start < 0) {
      out.push(rest);
      return { text: out.join(''), unknown, unclosed: false };
    }
    out.push(rest.slice(0, start));
    const end = rest.indexOf('}}', start + 2);
    if (end < 0) {
      out.push(rest.slice(start));
      return { text: out.join(''), unknown, unclosed: true };
    }
    const name = rest.slice(start + 2, end).trim();
    const value = values[name];
    if (value !== undefined) out.push(escape(value));
    else if (name.startsWith('member.') && name.length > 7) out.push(escape(`[${name.slice(7)}]`));
    else {
      if (!unknown.includes(name)) unknown.push(name);
      out.push(rest.slice(start, end + 2));
    }
    rest = rest.slice(end + 2);
  }
}

export interface SampleContext {
  schedule: string;
  task: string;
  site: string;
  views: string[];
  now?: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Plausible values for every known placeholder, for the preview. */
export function sampleValues(ctx: SampleContext): Record<string, string> {
  const now = ctx.now ?? new Date();
  const views = ctx.views.filter((v) => v.trim() !== '');
  return {
    schedule: ctx.schedule || 'Weekly sales',
    task: ctx.task || 'Sales overview',
    site: ctx.site || 'Default',
    views: views.length ? views.join(', ') : 'Overview',
    view: views[0] ?? 'Overview',
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    'recipient.name': 'Alex Example',
    'recipient.email': 'alex@example.com',
  };
}

/**
 * The server's check of a template: every `{{` closed, every placeholder
 * known or `member.X`. Without the known names (not loaded yet) only the
 * braces are checked.
 */
export function templateProblem(template: string, known: string[]): string | null {
  let rest = template;
  let offset = 0;
  for (;;) {
    const start = rest.indexOf('{{');
    if (start < 0) return null;
    const end = rest.indexOf('}}', start + 2);
    if (end < 0) return `'{{' at character ${offset + start + 1} is never closed with '}}'`;
    const name = rest.slice(start + 2, end).trim();
    const member = name.startsWith('member.') && name.length > 7;
    if (known.length > 0 && !member && !known.includes(name)) {
      return `unknown placeholder {{${name}}}; known: ${known.join(', ')}, member.<column>`;
    }
    offset += end + 2;
    rest = rest.slice(end + 2);
  }
}
