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

/** What the server puts in a file name in place of characters file systems refuse. */
export function fileSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_');
}

const EXTENSIONS: Record<string, string> = { PDF: 'pdf', PNG: 'png', CSV: 'csv', EXCEL: 'xlsx' };

export interface PreviewView {
  viewName: string;
  format: string;
  inline: boolean;
}

/**
 * The files an email will carry, named as the server names them: the file
 * name template per view (with `{{view}}` that view), its extension, and
 * ` (2)` for a repeated name. Inline PNGs are shown in the body instead.
 */
export function attachmentsOf(
  views: PreviewView[],
  template: string,
  values: Record<string, string>,
): { attached: string[]; inline: string[] } {
  const attached: string[] = [];
  const inline: string[] = [];
  const used: string[] = [];
  for (const v of views) {
    const ext = EXTENSIONS[v.format] ?? v.format.toLowerCase();
    const stem = fileSafe(renderTemplate(template, { ...values, view: v.viewName }).text).trim() || fileSafe(v.viewName);
    let name = `${stem}.${ext}`;
    for (let n = 2; used.includes(name); n += 1) name = `${stem} (${n}).${ext}`;
    used.push(name);
    if (v.format === 'PNG' && v.inline) inline.push(v.viewName);
    else attached.push(name);
  }
  return { attached, inline };
}
