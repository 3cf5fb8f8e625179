import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidateKey, furnitureSample, furnitureSampleOf } from '../../indexer/clean/furniture.ts';
import { labelLines } from '../../indexer/clean/index.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { hasOddSpaces, normalizeSpaces, wordCount } from '../../indexer/clean/shape.ts';

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

/** What each reader made of the text on its own before the table: the cleaner's lines and the sample's. */
function cleanerLines(text: string) {
  const odd = hasOddSpaces(text);
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

  it('single-spaces only on a page that needs it', () => {
    assert.ok(pageLines(PLAIN).every((l) => l.text === l.trimmed));
    const odd = pageLines(ODD).find((l) => l.trimmed === 'Most\tread');
    assert.equal(odd?.text, 'Most read');
  });
});
