import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../platforms/types';
import { runRule } from '../testing';
import { tooManyLinks } from './too-many-links';

const links = (n: number): string =>
  Array.from({ length: n }, (_, i) => `https://example.org/p${i}`).join(' and ');

describe('too-many-links', () => {
  it.each<[string, PlatformId, string, string | null]>([
    ['one link', 'x', `Read: ${links(1)}`, null],
    ['two links', 'x', `Read: ${links(2)}`, null],
    ['three links is a lot', 'x', `Read: ${links(3)}`, 'warning:many'],
    ['five links on Threads is the cap', 'threads', `Read: ${links(5)}`, 'warning:many'],
    ['six links on Threads is refused', 'threads', `Read: ${links(6)}`, 'error:hard'],
    [
      'the same link twice counts once on Threads',
      'threads',
      'https://a.org/x https://a.org/x/ http://www.a.org/x',
      null,
    ],
    ['any link on Instagram is not clickable', 'instagram', `Read: ${links(1)}`, 'warning:not-clickable'],
    ['bare domains are links', 'facebook', 'parliament.uk, senat.fr and example.org', 'warning:many'],
  ])('%s', (_name, platform, text, expected) => {
    const found = runRule(tooManyLinks, text, { platform });
    expect(found.map((f) => `${f.severity}:${String(f.params?.variant)}`)).toEqual(
      expected === null ? [] : [expected],
    );
  });
});
