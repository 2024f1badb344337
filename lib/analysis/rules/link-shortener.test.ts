import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { linkShortener } from './link-shortener';

describe('link-shortener', () => {
  it.each<[string, string, string[]]>([
    ['full link to own site', 'Report: https://committees.parliament.uk/report', []],
    ['bit.ly with a scheme', 'Report: https://bit.ly/3abcDEF.', ['https://bit.ly/3abcDEF']],
    ['bit.ly without a scheme', 'Report: bit.ly/3abcDEF', ['bit.ly/3abcDEF']],
    ['www.tinyurl.com', 'See http://www.tinyurl.com/xyz', ['http://www.tinyurl.com/xyz']],
    ['ow.ly and buff.ly', 'ow.ly/a and buff.ly/b', ['ow.ly/a', 'buff.ly/b']],
    ["the platform's own short link", 'Watch https://youtu.be/abc', []],
    ['a host that merely contains a shortener name', 'https://notbit.ly.example.org/x', []],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(linkShortener, text))).toEqual(expected);
  });
});
