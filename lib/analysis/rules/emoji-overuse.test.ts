import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { emojiOveruse } from './emoji-overuse';

describe('emoji-overuse', () => {
  it.each<[string, string, string[], string[]]>([
    ['none', 'Committee meets today.', [], []],
    ['one at the end', 'Committee meets today 🏛️', [], []],
    ['three spread out', 'Vote 🗳️ today, debate 🎙️ tomorrow, results 📊', [], []],
    ['a string of three', 'We did it 🎉🎉🎉', ['run'], ['🎉🎉🎉']],
    ['a string with spaces', 'Results 🎉 🎉 🎉 👏', ['run'], ['🎉 🎉 🎉 👏']],
    ['ZWJ sequences and flags count as one each', 'Families 👩‍👩‍👧 and 🇫🇷', [], []],
    ['a string of ZWJ sequences', 'Families 👩‍👩‍👧👨‍👩‍👦👨‍👨‍👧', ['run'], ['👩‍👩‍👧👨‍👩‍👦👨‍👨‍👧']],
    ['emoji bullets', 'Today:\n✅ Questions\n✅ Statements\n✅ Votes', ['bullets'], ['✅']],
    ['many', '🏛️ Vote 🗳️ today, debate 🎙️ then results 📊 and more 🎉', ['many'], ['📊']],
    ['text symbols are not emoji', '© Parliament 2025 ™', [], []],
  ])('%s', (_name, text, variants, spans) => {
    const found = runRule(emojiOveruse, text);
    expect(found.map((f) => f.params?.variant)).toEqual(variants);
    expect(highlighted(text, found)).toEqual(spans);
  });
});
