const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A wall-clock time with offset (`2026-12-04T08:00:00+01:00`) as
 * "Fri 2026-12-04 08:00 (+01:00)", read as written: not moved to the
 * browser's timezone.
 */
export function formatWallClock(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(local);
  if (!m) return local;
  const [, y, mo, d, h, mi, off] = m;
  const day = DAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
  const offset = !off || off === 'Z' ? '+00:00' : off;
  return `${day} ${y}-${mo}-${d} ${h}:${mi} (${offset})`;
}
