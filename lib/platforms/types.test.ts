import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, withPlatform } from './types';

describe('withPlatform', () => {
  it('puts a platform in or out of a list, each once, in the panel order', () => {
    expect(withPlatform(['bluesky', 'x'], 'facebook', true)).toEqual(['x', 'facebook', 'bluesky']);
    expect(withPlatform(['x', 'facebook', 'bluesky'], 'facebook', false)).toEqual(['x', 'bluesky']);
    expect(withPlatform(['x', 'x'], 'x', true)).toEqual(['x']);
    expect(withPlatform([], 'youtube', false)).toEqual([]);
  });

  it('changes only the platform named', () => {
    const id = fc.constantFrom(...PLATFORM_IDS);
    fc.assert(
      fc.property(fc.array(id), id, fc.boolean(), (list, platform, included) => {
        const next = withPlatform(list, platform, included);
        expect(next.includes(platform)).toBe(included);
        for (const other of PLATFORM_IDS) {
          if (other !== platform) expect(next.includes(other)).toBe(list.includes(other));
        }
        expect(next).toEqual(PLATFORM_IDS.filter((p) => next.includes(p)));
      }),
    );
  });
});
