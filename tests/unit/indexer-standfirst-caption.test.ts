/**
 * A page that reuses its standfirst as the photo's caption prints it twice: the caption copy is
 * page furniture, the standfirst under the headline is the story's first line (issue 18: both
 * copies were dropped as 'caption', losing the lead). The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Harbour wall to be rebuilt after winter storms';
const STANDFIRST = 'Engineers say the old harbour wall can be saved if work starts before the next winter.';
const P1 = 'The wall was badly damaged in January, when waves broke over it on three nights in a row and washed away part of the path.';
const P2 =
  'The harbour trust will ask the council for half of the cost and hopes to raise the rest from local businesses and a public appeal.';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

describe('a standfirst reused as the caption', () => {
  it('keeps the standfirst when the caption copy follows it, next to the credit', () => {
    const result = clean([HEADLINE, STANDFIRST, STANDFIRST, 'Photo: Harbour Trust', P1, P2]);
    assert.deepEqual(
      result.kept.map((l) => l.line),
      [3, 9, 11],
    );
    assert.ok(
      result.dropped.some((d) => d.line === 5),
      'the copy is dropped',
    );
  });

  it('keeps the standfirst when the caption copy carries its credit below', () => {
    const result = clean([HEADLINE, STANDFIRST, `${STANDFIRST} -\nPhoto: Harbour Trust`, P1, P2]);
    assert.deepEqual(
      result.kept.map((l) => l.text),
      [STANDFIRST, P1, P2],
    );
    assert.equal(result.dropped.find((d) => d.line === 5)?.reason, 'caption');
  });
});
