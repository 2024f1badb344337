import { describe, expect, it } from 'vitest';
import { runRule } from '../testing';
import { postingTime } from './posting-time';

// Local time: 2025-01-06 was a Monday, 2025-01-04 a Saturday.
describe('posting-time', () => {
  it.each<[string, Date | undefined, string | null]>([
    ['no time given', undefined, null],
    ['Monday morning', new Date(2025, 0, 6, 9, 30), null],
    ['Monday 21:59', new Date(2025, 0, 6, 21, 59), null],
    ['Monday 22:00', new Date(2025, 0, 6, 22, 0), 'night'],
    ['Tuesday 06:30', new Date(2025, 0, 7, 6, 30), 'night'],
    ['Tuesday 07:00', new Date(2025, 0, 7, 7, 0), null],
    ['Saturday noon', new Date(2025, 0, 4, 12, 0), 'weekend'],
    ['Sunday 23:30', new Date(2025, 0, 5, 23, 30), 'weekend-night'],
    ['invalid date', new Date(Number.NaN), null],
  ])('%s', (_name, now, variant) => {
    const found = runRule(postingTime, 'The committee meets today.', now === undefined ? {} : { now });
    expect(found.map((f) => f.params?.variant)).toEqual(variant === null ? [] : [variant]);
    for (const f of found) expect(f.severity).toBe('info');
  });
});
