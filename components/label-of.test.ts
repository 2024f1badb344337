import { describe, expect, it } from 'vitest';
import { labelOf } from './label-of';

describe('labelOf', () => {
  const labels = { x: 'X', bluesky: 'Bluesky' };

  it('gives the label of a known id', () => {
    expect(labelOf(labels, 'bluesky')).toBe('Bluesky');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'myspace'])(
    'gives an unknown id %j back as it is, never a property of Object',
    (id) => {
      expect(labelOf(labels, id)).toBe(id);
    },
  );

  it('reads a table built from data without a prototype the same way', () => {
    const table = Object.fromEntries([['__proto__', 'Proto label']]) as Record<string, string>;
    expect(labelOf(table, '__proto__')).toBe('Proto label');
    expect(labelOf(undefined, 'x')).toBe('x');
  });
});
