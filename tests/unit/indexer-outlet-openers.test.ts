/**
 * A name opening several paragraphs before a dash (issue 18, task 18o9): a newsroom signing each
 * story of its page is the outlet; the same shape once, a headline repeated, a town in capitals or
 * a compound cut short at a hyphen is not. Every name and paragraph here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { HEADLINE, PARAS, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const SECOND = 'The town council voted on Tuesday to keep the old library open for another year while a new site is found for it.';
const signed = (open: (p: string) => string) => `${HEADLINE}\n\n${open(PARAS[0])}\n\n${PARAS[1]}\n\n${open(SECOND)}\n\n${PARAS[2]}\n`;

describe('a name opening several paragraphs', () => {
  it('takes a newsroom that signs two paragraphs, bare or in brackets', () => {
    assert.equal(outletOf(signed((p) => `Harbour Lantern — ${p}`)), 'Harbour Lantern');
    assert.equal(outletOf(signed((p) => `(Quaynews) - ${p}`)), 'Quaynews');
  });

  it('leaves the shape once, or the same words after it each time, Unknown', () => {
    assert.equal(outletOf(`${HEADLINE}\n\nHarbour Lantern — ${PARAS[0]}\n\n${PARAS[1]}\n\n${SECOND}\n`), 'Unknown');
    const match =
      'Portville Rovers – Dock United 2-1 was the score when the ferry left, and the crowd walked home along the quay in the rain.';
    assert.equal(outletOf(`${HEADLINE}\n\n${match}\n\n${PARAS[1]}\n\n${match}\n\n${PARAS[2]}\n`), 'Unknown');
  });

  it('leaves a town in capitals and a compound cut at its hyphen Unknown', () => {
    assert.equal(outletOf(signed((p) => `PORTVILLE — ${p}`)), 'Unknown');
    assert.equal(outletOf(signed((p) => `North- and ${p}`)), 'Unknown');
  });
});
