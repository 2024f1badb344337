import { describe, expect, it } from 'vitest';
import { MAX_INDEXED_WORDS, queryWords, searchWords } from './search-words';

describe('searchWords', () => {
  it('folds case, accents and styled letters, drops # and @, keeps each word once', () => {
    expect(searchWords('Le DÉBAT sur le #Budget2025 avec @Présidente, le débat!')).toEqual([
      'le',
      'debat',
      'sur',
      'budget2025',
      'avec',
      'presidente',
    ]);
    expect(searchWords('𝐁𝐮𝐝𝐠𝐞𝐭 vote')).toEqual(['budget', 'vote']);
  });

  it('handles scripts without spaces between letters and digits', () => {
    expect(searchWords('Заседание 12 мая — مجلس')).toEqual(['заседание', '12', 'мая', 'مجلس']);
  });

  it('caps the number of words indexed per entry', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    expect(searchWords(text)).toHaveLength(MAX_INDEXED_WORDS);
  });

  it('turns a query into prefixes the same way', () => {
    expect(queryWords('  Débat,  BUDG ')).toEqual(['debat', 'budg']);
    expect(queryWords(' ,, ')).toEqual([]);
  });
});
