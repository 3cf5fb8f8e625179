/**
 * A subheading over a paragraph cut off at the page's end (issue 18): a scraped excerpt that stops
 * in the middle of a section leaves a short heading and the start of its paragraph as the page's
 * last two lines, which read like two headlines of other stories. The paragraph takes up the
 * heading's subject and is far longer; two links differ in both. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { HEADLINE, P1, P2, P3 } from '../helpers/bridge-story.ts';

const packed = (...lines: string[]) => lines.join('\n');
const keptText = (text: string) => cleanText(text).kept.map((l) => l.text);

describe("a subheading over the page's cut-off last paragraph", () => {
  it('keeps both lines', () => {
    const heading = 'Tolls for lorries';
    const cut = 'Lorries will pay a toll on the bridge from next year, which the council says will cover its upkeep';
    assert.deepEqual(keptText(packed(HEADLINE, P1, P2, P3, heading, cut)), [P1, P2, P3, heading, cut]);
  });

  it('still drops two headlines of other stories that end the page', () => {
    const links = ['Council votes to close the pool', 'Storm warning for the coast tonight as strong winds reach the towns of the south'];
    assert.deepEqual(keptText(packed(HEADLINE, P1, P2, P3, ...links)), [P1, P2, P3]);
  });
});
