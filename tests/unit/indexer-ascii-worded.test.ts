import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { asciiLettered } from '../../indexer/infer/capital-spelling.ts';
import { maskOfLanguage, stopWordCount } from '../../indexer/clean/stopwords.ts';
import { agreement, contentStems, foldedStem, sharesContentStem } from '../../indexer/clean/title-agreement.ts';
import { contentWords } from '../../indexer/clean/topic-tail.ts';

/** The Unicode paths as they read every line beyond ASCII before 18perf16 (no unspaced script, no glued proclitic here). */
function unicodeStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 4 || /^\d+$/.test(w) || stopWordCount(w, 0, 1) > 0) continue;
    out.push(foldedStem(w));
  }
  return out;
}
function unicodeContentWords(text: string, mask: number): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    const c = word.charCodeAt(0) | 0x20;
    if (!(c >= 0x61 && c <= 0x7a) && /^\p{N}+$/u.test(word)) out.push(word);
    else if (word.length >= 3 && stopWordCount(word, mask, 1) === 0) out.push(word.slice(0, 5));
  }
  return out;
}

const WORDS = [
  'The',
  'the',
  'with',
  'that',
  'Council',
  'ferries',
  'FERRY',
  'said',
  'and',
  'of',
  'BBC',
  'Wren',
  'crossings',
  '2024',
  '3',
  '2020s',
  'x1',
  'it',
  'Tuesday',
];
const MARKS = [
  ' ',
  ' ',
  ' ',
  '’',
  '‘',
  '“',
  '”',
  ' — ',
  '–',
  '…',
  '£',
  '€',
  ', ',
  '. ',
  "'",
  '-',
  '«',
  '»',
  '°',
  '·',
  '©',
  '\u00a0',
  '\u2009',
];

describe('asciiLettered, the ASCII word path test (18perf16): a line whose only characters beyond ASCII are punctuation, spaces or signs', () => {
  it('is read as ASCII text; a letter, mark or digit beyond ASCII is not', () => {
    for (const line of ['Plain ASCII, 2024.', 'The ferry’s “new” route — £3m…', '«Oui» · 20 °C · €5 ©'])
      assert.equal(asciiLettered(line), true, line);
    for (const line of ['Café', 'm²', 'µg', 'nª', '½ price', 'e\u0301', 'Привет', '東京', 'İstanbul', 'Ⅻ'])
      assert.equal(asciiLettered(line), false, line);
  });

  it('gives the stems and content words the Unicode path gave', () => {
    const line = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS)), { minLength: 1, maxLength: 30 }).map((parts) =>
      parts
        .map(([w, m]) => w + m)
        .join('')
        .trim(),
    );
    const en = maskOfLanguage('en')!;
    fc.assert(
      fc.property(line, (text) => {
        assert.equal(asciiLettered(text), true);
        const stems = unicodeStems(text);
        assert.deepEqual([...contentStems(text)], [...new Set(stems)]);
        assert.equal(sharesContentStem(text, new Set(['ferri'])), stems.includes('ferri'));
        const lead = new Set(['counc', 'cross']);
        const words = new Map(stems.map((s) => [s, s]));
        assert.deepEqual(agreement(text, lead), { words: words.size, shared: [...words.keys()].filter((s) => lead.has(s)).length });
        assert.deepEqual(contentWords(text, en), unicodeContentWords(text, en));
        assert.deepEqual(contentWords(text, 0), unicodeContentWords(text, 0));
      }),
      { numRuns: 2000 },
    );
  });
});
