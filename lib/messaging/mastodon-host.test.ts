import { describe, expect, it } from 'vitest';
import { instanceOrigin, normalizeInstanceHost } from './mastodon-host';
import { hashText } from './text-hash';

describe('normalizeInstanceHost', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social  ', 'mastodon.social'],
    ['https://mastodon.social/@parliament', 'mastodon.social'],
    ['@parliament@social.example.org', 'social.example.org'],
    ['parliament@social.example.org', 'social.example.org'],
    ['mastodon.example.', 'mastodon.example'],
    ['bürger.social', 'xn--brger-kva.social'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeInstanceHost(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['localhost', 'no dot'],
    ['http://mastodon.social', 'not https'],
    ['mastodon.social:8443', 'a port'],
    ['user:pw@mastodon.social/x', 'credentials'],
    ['192.168.1.10', 'an IP address'],
    ['[::1]', 'an IPv6 address'],
    ['x.com', 'another platform'],
    ['https://www.facebook.com/', 'another platform'],
    ['mastodon..social', 'an empty label'],
    ['javascript:alert(1)', 'a script URL'],
  ])('refuses %s (%s)', (input) => {
    expect(normalizeInstanceHost(input)).toBeNull();
  });

  it('makes the host permission pattern of an instance', () => {
    expect(instanceOrigin('mastodon.social')).toBe('https://mastodon.social/*');
  });
});

describe('hashText', () => {
  it('is stable for the same text and differs for a one-character change', () => {
    const text = 'Vote today #Budget2027\n'.repeat(100);
    expect(hashText(text)).toBe(hashText(`${text}`));
    expect(hashText(text)).not.toBe(hashText(text.replace('V', 'v')));
    expect(hashText('')).not.toBe(hashText(' '));
    expect(hashText(text).length).toBeLessThanOrEqual(16);
  });
});
