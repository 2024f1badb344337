import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { unexplainedAcronym } from './unexplained-acronym';

describe('unexplained-acronym', () => {
  it.each<[string, string, string[]]>([
    ['no acronyms', 'The committee meets today.', []],
    ['unexplained', 'The PAC meets today.', ['PAC']],
    ['explained before', 'The Public Accounts Committee (PAC) meets today. The PAC will report.', []],
    ['explained after', 'PAC (Public Accounts Committee) meets today.', []],
    ['initials right before', 'The Public Accounts Committee, PAC, meets today.', []],
    ['initials skipping small words', 'Questions au Gouvernement, QAG, à 15 h', []],
    ['well-known', 'The UK and EU and NATO and UNESCO', []],
    ['plural', 'Watch PMQs at noon', ['PMQs']],
    ['MPs are known', 'MPs debate the bill', []],
    ['reported once', 'The PAC met. The PAC reported.', ['PAC']],
    ['French parliamentary acronyms', 'Le PLFSS arrive en CMP demain.', ['PLFSS', 'CMP']],
    ['roman numerals', 'Charles III opened Parliament under Title IX', []],
    ['shouting is not an acronym', 'THIS IS NOT OK at all', []],
    ['hashtags and links are left alone', '#PMQS https://example.org/PAC', []],
    ['digits', 'The COP28 and the G20 met', []],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(unexplainedAcronym, text))).toEqual(expected);
  });
});
