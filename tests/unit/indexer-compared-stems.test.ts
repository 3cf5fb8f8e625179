import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { agreement, comparedStems, contentStems, sharesContentStem } from '../../indexer/clean/title-agreement.ts';

const WORDS = [
  'Council',
  'council',
  'ferries',
  'FERRY',
  'the',
  'with',
  'والشرطة',
  'والشرقة',
  'الشرطة',
  'بالمدينة',
  'המשטרה',
  'והמשטרה',
  'ΟΔΟΣ',
  'οδός',
  'Δημοτικό',
  '東京都知事',
  '知事',
  'กรุงเทพ',
  'İSTANBUL',
  'istanbul',
  'Straße',
  'STRASSE',
  'École',
  'ecole',
  '2024',
];
const MARKS = [' ', ' ', ' ', '’', '“', '”', ' — ', "'", '. ', ', ', '-'];
const line = (max: number) =>
  fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS)), { minLength: 1, maxLength: max }).map((parts) =>
    parts
      .map(([w, m]) => w + m)
      .join('')
      .trim(),
  );

describe('comparedStems (18perf16): a headline over its own text, read line by line', () => {
  it('a stem of the headline met in one of the lines is what agreement over the lines joined finds', () => {
    fc.assert(
      fc.property(line(6), line(12), line(12), (headline, first, second) => {
        for (const text of [[first], [first, second]]) {
          const joined = agreement(headline, contentStems(text.join(' '))).shared > 0;
          const own = comparedStems(headline);
          assert.equal(own.size > 0 && text.some((t) => sharesContentStem(t, own)), joined, `${headline} | ${text.join(' | ')}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves out the other forms of a word whose first stem an earlier word has, as agreement does', () => {
    // Both open with "والشر"; the second's form without its glued letter ("الشرق") is not compared.
    const own = comparedStems('والشرطة والشرقة');
    assert.deepEqual([...own], ['والشر', 'الشرط']);
    assert.equal(agreement('والشرطة والشرقة', new Set(['الشرق'])).shared, 0);
  });
});
