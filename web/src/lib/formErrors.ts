import type { ApiError } from './errors';
import { describe } from './errors';

export interface SplitErrors {
  /** Messages keyed by form path (`views.0.viewLuid`), to show beside fields. */
  fields: Record<string, string>;
  /** Everything that belongs to no field, to show above the form. */
  other: string[];
}

export interface SplitOptions {
  /** The argument the form's values are sent as; stripped from field paths. */
  prefix?: string;
  /** Turns a server path (without prefix) into a form path. */
  rename?: (path: string) => string;
}

const MISSING = Symbol('missing');

function valueAt(values: unknown, path: string): unknown {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) return MISSING;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The form field for a path: an item of a list of plain values (a tag) belongs to the list. */
function fieldFor(values: unknown, path: string): string | null {
  const value = valueAt(values, path);
  if (value === MISSING) return null;
  const parts = path.split('.');
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && /^\d+$/.test(last) && (value === null || typeof value !== 'object')) {
    return parts.slice(0, -1).join('.');
  }
  return path;
}

/**
 * Sorts the API's errors into field errors and form-level messages. A
 * validation error lands on its field, or on the nearest enclosing field the
 * form has (`recipients.2` → `recipients`); the rest are form-level.
 */
export function splitServerErrors(errors: ApiError[], values: unknown, options: SplitOptions = {}): SplitErrors {
  const prefix = options.prefix ?? 'input';
  const out: SplitErrors = { fields: {}, other: [] };
  for (const error of errors) {
    if (error.code !== 'VALIDATION_FAILED') {
      out.other.push(describe(error));
      continue;
    }
    let path = error.field;
    if (path === prefix) path = '';
    else if (path.startsWith(`${prefix}.`)) path = path.slice(prefix.length + 1);
    if (options.rename && path) path = options.rename(path);
    const parts = path ? path.split('.') : [];
    let placed = false;
    while (parts.length > 0) {
      const candidate = fieldFor(values, parts.join('.'));
      if (candidate !== null) {
        out.fields[candidate] = out.fields[candidate] ?? error.reason;
        placed = true;
        break;
      }
      parts.pop();
    }
    if (!placed) out.other.push(describe(error));
  }
  return out;
}
