import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { emojiReplacesWords } from './emoji-replaces-words';

describe('emoji-replaces-words', () => {
  it.each<[string, string, string[]]>([
    ['at the end', 'The committee meets today 🏛️', []],
    ['in place of a word', 'Join us at the 🏛️ on Monday', ['🏛️']],
    ['without spaces', 'We ❤️democracy', ['❤️']],
    ['between words without spaces', 'I❤️you', ['❤️']],
    ['before a new sentence', 'Great debate today 👏 Thanks to all who watched', []],
    ['before a number', 'Doors open at 🕙 10:00', []],
    ['word, emoji, number', 'Votes 🗳️ 312 for', []],
    ['in French', 'Rendez-vous au 🏛️ lundi', ['🏛️']],
    ['at the start', '📢 The committee meets today', []],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(emojiReplacesWords, text))).toEqual(expected);
  });
});
