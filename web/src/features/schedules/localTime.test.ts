import { describe, expect, it } from 'vitest';

import { formatWallClock } from './localTime';

describe('formatWallClock', () => {
  it('keeps the wall-clock time and names the weekday', () => {
    expect(formatWallClock('2026-12-04T08:00:00+01:00')).toBe('Fri 2026-12-04 08:00 (+01:00)');
    expect(formatWallClock('2024-02-29T23:59:00Z')).toBe('Thu 2024-02-29 23:59 (+00:00)');
  });

  it('leaves what it cannot read alone', () => {
    expect(formatWallClock('tomorrow')).toBe('tomorrow');
  });
});
