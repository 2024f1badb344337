import { describe, expect, it } from 'vitest';
import { builtInPlaybook } from './builtin';
import { POST_TYPES, type PostType } from './signals';

/**
 * Issue 12, item 3: every kind of post gets at least MIN_TIPS tips and MIN_EXAMPLES examples that
 * serve it, where a source exists. STILL_SHORT names the kinds below that floor today; it may only
 * shrink: a kind that reaches the floor fails here until it is taken off, and no covered kind can hide
 * in it.
 */
const MIN_TIPS = 3;
const MIN_EXAMPLES = 2;

const STILL_SHORT: ReadonlySet<PostType> = new Set<PostType>(['thread-opener']);

const book = builtInPlaybook('en');

function coverage(type: PostType): { tips: number; examples: number } {
  return {
    tips: book.tips.filter((t) => t.serves.postTypes.includes(type)).length,
    examples: book.examples.filter((e) => e.serves.postTypes.includes(type)).length,
  };
}

const meetsFloor = (type: PostType): boolean => {
  const { tips, examples } = coverage(type);
  return tips >= MIN_TIPS && examples >= MIN_EXAMPLES;
};

describe('coverage of the kinds of post', () => {
  it('gives every kind not listed as short enough tips and examples', () => {
    const short = POST_TYPES.filter((t) => !STILL_SHORT.has(t) && !meetsFloor(t));
    expect(
      short.map((t) => ({ type: t, ...coverage(t) })),
      `each kind needs ${MIN_TIPS} tips and ${MIN_EXAMPLES} examples`,
    ).toEqual([]);
  });

  it('lists as short only kinds that really are short', () => {
    const covered = [...STILL_SHORT].filter(meetsFloor);
    expect(covered, 'now covered: take these off STILL_SHORT').toEqual([]);
  });

  it('gives every kind at least one tip or example', () => {
    const empty = POST_TYPES.filter((t) => {
      const { tips, examples } = coverage(t);
      return tips + examples === 0;
    });
    expect(empty).toEqual([]);
  });
});
