/**
 * A name beside a date and nothing else (issue 18, 18junk13): an author's, an office's or a site's
 * name printed with the date goes as a dateline; a headline or a sentence with a date in it, which
 * keeps a word in lower case, stays. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { markNamedStamps } from '../../indexer/clean/named-stamps.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { droppedReason, HEADLINE, P1, P2, page } from '../helpers/bridge-story.ts';

const reasonOf = (text: string) => {
  const lines: ContentLine[] = [{ line: 1, text, reason: null, heading: false, words: countLineWords(text) }];
  markNamedStamps(lines);
  return lines[0]!.reason;
};

describe('a name beside a date', () => {
  it('drops a person’s, an office’s or a site’s name with a date, a clock time and a zone', () => {
    for (const line of [
      'Riverside Harbour Council 14 Apr 2020',
      'Jane Doe September 18 2023',
      'harbournews.in Sunday, Oct 22, 2023 - 07:25 PM (IST)',
    ])
      assert.equal(reasonOf(line), 'dateline', line);
  });

  it('keeps a headline or a sentence with a date, a date alone, and a name with a bare year', () => {
    for (const line of [
      'Council meeting of 16 May 2019',
      'The bridge reopened on 14 April 2020.',
      '14 April 2020',
      'Harbour Bridge 2020',
      'Budget Approved For Riverside Harbour Bridge Repairs 14 April 2020',
    ])
      assert.equal(reasonOf(line), null, line);
  });

  it('drops it through the whole cleaner', () => {
    const text = page(HEADLINE, 'Riverside Harbour Council 14 Apr 2020', P1, P2);
    assert.equal(droppedReason(text, 'Riverside Harbour Council 14 Apr 2020'), 'dateline');
  });
});
