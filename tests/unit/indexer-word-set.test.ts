/**
 * The one-pass test for a set of literal words (indexer/infer/word-set.ts) answers as the pattern
 * of the words with the i flag: for every UTF-16 code unit in place of each character the words use, on lines
 * built around the words, and with the self-reference hint's own words (issue 18, indexing CPU).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SELF_HINT_WORDS } from '../../indexer/infer/outlet-mentions.ts';
import { caselessWordSet } from '../../indexer/infer/word-set.ts';

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function assertSame(words: string[], texts: readonly string[]): void {
  const test = caselessWordSet(words);
  const pattern = new RegExp(words.map(escaped).join('|'), 'i');
  for (const text of texts) assert.equal(test(text), pattern.test(text), `${JSON.stringify(text)} with ${words.length} words`);
}

describe('a set of literal words, case aside', () => {
  it('answers as the i-flag pattern for every code unit in place of each character the words use', () => {
    const words = SELF_HINT_WORDS.split('|');
    const seen = new Set<string>();
    for (const word of words)
      for (let i = 0; i < word.length; i++) {
        if (seen.has(word[i]!.toLowerCase())) continue;
        seen.add(word[i]!.toLowerCase());
        const texts: string[] = [];
        for (let c = 0; c <= 0xffff; c++) texts.push(`x ${word.slice(0, i)}${String.fromCharCode(c)}${word.slice(i + 1)} y`);
        assertSame(words, texts);
      }
    assert.ok(seen.size >= 30);
  });

  it('finds words that overlap, nest and end the text, in any case', () => {
    assertSame(['abcd', 'bc', 'cde', 'xyzzy'], ['ABCD', 'aBc', 'zcDe', 'xyzzxyzzy', 'xyzz', 'cd', '', 'b c']);
    assertSame(
      ['fortæl', 'lädt sie', ' har ', 'Interrogé'],
      ['FORTÆL', 'LÄDT SIE', 'x HAR y', 'xhar y', 'INTERROGÉ', 'interrogE', 'lÄdt sie'],
    );
  });

  it('refuses a letter whose other case lies beyond Latin-1, and an empty word', () => {
    for (const w of ['straße', 'ÿes', 'µs', '']) assert.throws(() => caselessWordSet([w]), String(w));
  });
});
