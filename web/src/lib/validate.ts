/**
 * Client-side copies of the server's input rules that need no guessing, so
 * forms can flag a mistake while it is typed. Each returns the message the
 * server would give, or null. The server stays the judge: whatever it still
 * refuses comes back as a field error on submit.
 */

export type Check<T = string> = (value: T) => string | null;

/** Names and other fields the server trims and refuses when empty. */
export const required: Check = (value) => (value.trim() ? null : 'must not be empty');

/**
 * `local@domain` with a dotted domain (server: recipient/email.rs). Only
 * what the server always refuses is flagged; unusual but valid forms pass.
 */
export const email: Check = (value) => {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  const local = at > 0 ? text.slice(0, at) : '';
  const domain = at >= 0 ? text.slice(at + 1) : '';
  const bad =
    !local ||
    !domain ||
    !domain.includes('.') ||
    domain.startsWith('[') ||
    domain.startsWith('.') ||
    domain.endsWith('.') ||
    /\s|@/.test(domain) ||
    (!local.startsWith('"') && /\s/.test(local));
  return bad ? `'${text}' is not a valid email address` : null;
};

/** The first bad address of a list (a tags input), as the list's error. */
export const emails: Check<string[]> = (values) => {
  for (const value of values) {
    const error = email(value);
    if (error) return error;
  }
  return null;
};

/** The text forms `uuid::Uuid::parse_str` accepts: hyphenated, simple, braced or URN. */
const UUID = /^(?:urn:uuid:)?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[0-9a-f]{32})$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value.trim());
}

/** A Tableau LUID; `what` names it as the server does ("Tableau site LUID"). */
export function luid(what = 'Tableau LUID'): Check {
  return (value) => (isUuid(value) ? null : `'${value.trim()}' is not a ${what} (a UUID)`);
}

/** An allowed email domain such as example.com (server: connection/site.rs). */
export const domain: Check = (value) => {
  const d = value.trim().replace(/^@+/, '').toLowerCase();
  return !d || !d.includes('.') || /[@ /]/.test(d) ? `'${d}' is not an email domain such as example.com` : null;
};

export const domains: Check<string[]> = (values) => {
  for (const value of values) {
    const error = domain(value);
    if (error) return error;
  }
  return null;
};
