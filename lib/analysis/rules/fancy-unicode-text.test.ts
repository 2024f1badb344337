import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { fancyUnicodeText } from './fancy-unicode-text';

describe('fancy-unicode-text', () => {
  it.each<[string, string, string[]]>([
    ['plain text', 'Breaking news from the chamber', []],
    ['mathematical bold', '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 news', ['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠']],
    ['bold words joined by spaces', '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 𝐧𝐞𝐰𝐬 today', ['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 𝐧𝐞𝐰𝐬']],
    ['italic', 'a 𝘷𝘦𝘳𝘺 important vote', ['𝘷𝘦𝘳𝘺']],
    ['circled letters', 'ⓋⓄⓉⒺ today', ['ⓋⓄⓉⒺ']],
    ['small capitals', 'ᴠᴏᴛᴇ today', ['ᴠᴏᴛᴇ']],
    ['full-width Latin', 'ＶＯＴＥ today', ['ＶＯＴＥ']],
    ['a single maths letter', 'the 𝑥 axis', []],
    ['CJK full-width punctuation', '議会は本日、審議しました。', []],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(fancyUnicodeText, text))).toEqual(expected);
  });
});
