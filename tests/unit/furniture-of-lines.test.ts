import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidateKey, furnitureOfLines, hasTails, tailKey } from '../../indexer/clean/furniture.ts';
import { pageLines } from '../../indexer/clean/page-lines.ts';
import { headDatesOf, visitDatesIn, visitKey } from '../../indexer/infer/date-visit.ts';

// The two readings the one-pass reader replaced, each from the text on its own: the oracle it must match.

/** The furniture keys among the text's lines (each line trimmed), and the visit's dates its head prints. */
function furnitureIn(text: string, furniture: ReadonlySet<string>): string[] {
  if (furniture.size === 0) return [];
  const found = new Set<string>();
  const tails = hasTails(furniture);
  for (const raw of text.split('\n')) {
    const key = candidateKey(raw.trim());
    if (key === null) continue;
    if (furniture.has(key)) found.add(key);
    if (tails && furniture.has(tailKey(key))) found.add(tailKey(key));
  }
  const visits = visitDatesIn(furniture);
  for (const iso of headDatesOf(pageLines(text))) if (visits.has(iso)) found.add(visitKey(iso));
  return [...found].sort();
}

/** The lines whose single-spaced text is a learned key or a learned block heading. */
function learnedLines(text: string, furniture: ReadonlySet<string>): number[] {
  if (furniture.size === 0) return [];
  const tails = hasTails(furniture);
  return pageLines(text)
    .filter(({ text: spaced }) => {
      const key = candidateKey(spaced);
      return key !== null && (furniture.has(key) || (tails && furniture.has(tailKey(key))));
    })
    .map(({ line }) => line);
}

const PAGES = [
  [
    '12 March 2024',
    '',
    'Home  |  News   |  Sport',
    'Council delays the ferry slipway repairs again',
    '',
    'Residents gathered on Tuesday evening to hear the council explain why the work had been delayed again.',
    '\tSign up for our newsletter ',
    'More from the council',
    'Tram depot plans published',
    'Rope works to reopen?',
    '',
    '© 2024 The Harbour Gazette',
  ].join('\n'),
  ['Share this article', 'A spokesperson said the contractor had found problems.', 'Share  this  article', '   ', 'Read more'].join('\n'),
  ['Only prose here, a long line that reads as a sentence and ends with a full stop.', 'And another one.'].join('\n'),
  '',
];

/** Every candidate key of the pages' lines, spaced as written and single-spaced, with block headings and visit dates. */
function learnedFrom(pages: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of pages)
    for (const { trimmed, text: spaced } of pageLines(text)) {
      for (const key of [candidateKey(trimmed), candidateKey(spaced)]) if (key !== null) keys.add(key);
    }
  return keys;
}

describe('furnitureOfLines', () => {
  const all = learnedFrom(PAGES);
  const some = new Set([...all].filter((_, i) => i % 2 === 0));
  const tails = new Set([...some, tailKey(candidateKey('More from the council')!), visitKey('2024-03-12')]);
  const cases: Array<[string, ReadonlySet<string>]> = [
    ['nothing learned', new Set()],
    ['every line learned', all],
    ['half the lines learned', some],
    ['a block heading and a visit date learned', tails],
    ['a key no page holds', new Set(['nothing like this'])],
  ];
  for (const [name, furniture] of cases) {
    it(`gives furnitureIn's keys and the learned lines of one page's lines: ${name}`, () => {
      for (const text of PAGES) {
        const found = furnitureOfLines(pageLines(text), furniture);
        assert.deepEqual(found.keys, furnitureIn(text, furniture));
        assert.deepEqual(found.lines, learnedLines(text, furniture));
      }
    });
  }

  it('finds a learned line written with double spaces, and a learned visit date in the head', () => {
    const furniture = new Set([candidateKey('Share this article')!, visitKey('2024-03-12')]);
    assert.deepEqual(furnitureOfLines(pageLines(PAGES[1]!), furniture).lines, [1, 3]);
    assert.ok(furnitureOfLines(pageLines(PAGES[0]!), furniture).keys.includes(visitKey('2024-03-12')));
  });
});
