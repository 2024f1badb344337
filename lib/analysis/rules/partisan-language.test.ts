import { describe, expect, it } from 'vitest';
import type { Account } from '../../playbook/signals';
import { highlighted, runRule } from '../testing';
import { partisanLanguage } from './partisan-language';

describe('partisan-language', () => {
  it.each<[string, string, Account | undefined, string[]]>([
    ['neutral report', 'MPs voted 312 to 250 to approve the Budget Bill.', 'institution', []],
    ['an attack', 'The disgraceful vote last night.', 'institution', ['disgraceful']],
    ['blame of the government', 'The Government failed to answer the committee.', 'institution', ['failed']],
    ['praise of a member', 'A brilliant speech by @JaneSmithMP today.', 'institution', ['brilliant']],
    ['praise of nobody in particular', 'A brilliant turnout at our open day.', 'institution', []],
    [
      'French attack',
      'Le gouvernement passe en force : un déni de démocratie.',
      'institution',
      ['déni de démocratie'],
    ],
    ['French praise', 'Bravo à la majorité pour ce vote.', 'institution', ['Bravo']],
    ['on a member account it is their right', 'The disgraceful Government failed again.', 'member', []],
    ['account unknown', 'The disgraceful Government failed again.', undefined, []],
    ['a verb that only looks like an attack', 'Responsibility lies with the minister.', 'institution', []],
  ])('%s', (_name, text, account, expected) => {
    const found = runRule(partisanLanguage, text, account === undefined ? {} : { account });
    expect(highlighted(text, found)).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });
});
