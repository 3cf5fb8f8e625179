import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidateKey, furnitureSample, furnitureSampleOf } from '../../indexer/clean/furniture.ts';
import { labelLines } from '../../indexer/clean/index.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { normalizeSpaces, wordCount } from '../../indexer/clean/shape.ts';

/** Invented pages: one plain, one with a tab, a no-break space and double spaces; blank and whitespace-only lines in both. */
const PLAIN = [
  'Harbour Gazette',
  '',
  'Ferry timetable changes from Monday',
  '   ',
  '  Most read  ',
  'The ferry to the island will leave twenty minutes earlier on weekdays, the operator said.',
  'Sign up for our weekly harbour newsletter today',
  'one two three four five six seven eight nine ten eleven twelve',
  'one two three four five six seven eight nine ten eleven twelve thirteen',
].join('\n');
const ODD = PLAIN.replace('Most read', 'Most\tread')
  .replace('weekly harbour', 'weekly\u00a0 harbour')
  .replace('eleven twelve thirteen', 'eleven  twelve\tthirteen')
  .replace('eleven twelve\n', 'eleven\t twelve \n');

/** Two spaces in a row but no other whitespace: on one short line, and past the 120 words a line's count reaches. */
const long = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
const DOUBLE = [
  PLAIN.replace('will leave twenty', 'will  leave twenty'),
  `${long(0, 130)}  ${long(130, 140)}`,
  `${long(0, 60)}  ${long(60, 140)}`,
  long(0, 140),
].join('\n');
const DOUBLE_ONLY_LONG = `${PLAIN}\n${long(0, 125)}  end`;

/** What each reader made of the text on its own before the table: the cleaner's lines and the sample's. */
function cleanerLines(text: string) {
  // The cleaner single-spaced every line of a page where any line needed more than a trim.
  const odd = /[^\S\n ]/.test(text) || text.includes('  ');
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: odd ? normalizeSpaces(raw) : raw.trim() }))
    .filter((l) => l.text !== '')
    .map((l) => ({ ...l, words: countLineWords(l.text) }));
}
const sampleLines = (text: string) =>
  text
    .split('\n')
    .map((raw) => raw.trim())
    .filter((l) => l !== '');

describe('pageLines: one table of a page lines for the cleaner and the furniture sample', () => {
  for (const [name, text] of [
    ['a plain page', PLAIN],
    ['a page with odd spaces', ODD],
    ['a page with two spaces in a row, short and long lines', DOUBLE],
    ["a page whose only two spaces in a row sit past a long line's 120th word", DOUBLE_ONLY_LONG],
  ] as const) {
    it(`gives each reader what it made itself, on ${name}`, () => {
      const table = pageLines(text);
      assert.deepEqual(
        table.map(({ line, text: t, words }) => ({ line, text: t, words })),
        cleanerLines(text),
      );
      assert.deepEqual(
        table.map((l) => l.trimmed),
        sampleLines(text),
      );
      // The sample's word bound (12) read from the table's count, as a fresh count of the trimmed line gives it.
      for (const l of table) assert.equal(Math.min(l.words, 13), wordCount(l.trimmed, 12), l.trimmed);
    });

    it(`makes the same furniture sample and the same labelled lines from the table, on ${name}`, () => {
      const table = pageLines(text);
      const sample = furnitureSampleOf(table, text);
      assert.deepEqual(sample, furnitureSample(text));
      assert.deepEqual(sample.keys, [
        ...new Set(
          sampleLines(text)
            .map(candidateKey)
            .filter((k) => k !== null),
        ),
      ]);
      assert.deepEqual(labelLines(text, { lines: table }), labelLines(text));
    });
  }

  it('single-spaces a line holding any whitespace but the space', () => {
    // JavaScript's \s but the line break and the space, one character at a time.
    const odd =
      '\t\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    for (const ch of odd) {
      const [first] = pageLines(`Ferry${ch}times change\nsecond line`);
      assert.deepEqual([first?.text, first?.words], ['Ferry times change', 3], `U+${ch.charCodeAt(0).toString(16)}`);
    }
  });

  it('single-spaces only the lines that need it', () => {
    assert.ok(pageLines(PLAIN).every((l) => l.text === l.trimmed));
    assert.deepEqual(
      pageLines(DOUBLE).map((l) => l.text !== l.trimmed),
      [false, false, false, true, false, false, false, true, true, false],
    );
    const odd = pageLines(ODD).find((l) => l.trimmed === 'Most\tread');
    assert.equal(odd?.text, 'Most read');
  });
});
