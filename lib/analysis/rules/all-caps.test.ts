import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { allCaps } from './all-caps';

describe('all-caps', () => {
  it.each<[string, string, string[]]>([
    ['normal case', 'The committee meets today.', []],
    ['a shouted word', 'BREAKING: the bill passed.', ['BREAKING']],
    ['a shouted phrase', 'THIS IS HISTORIC for the chamber', ['THIS IS HISTORIC']],
    ['acronyms are not shouting', 'The PAC and the NHS and NATO', []],
    ['a known long acronym', 'UNESCO heritage day', []],
    ['a short run of acronyms', 'UK EU US trade', []],
    ['caseless scripts', '議会は本日 يناقش', []],
    ['in French too', 'URGENT : séance à 15 h', ['URGENT']],
    ['hashtags are left to the hashtag check', '#BUDGETDAY today', []],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(allCaps, text))).toEqual(expected);
  });
});
