/**
 * Lines of figures (issue 18): an election or league story ends in its results, one line per
 * town or match, some with a full stop and some without. Laid out one under another they read
 * as headline/teaser pairs or a run of headlines, and the list rules took them for links to other
 * stories. Two measured figures (decimals, percentages) make a line the story's data; a headline
 * of another story with one figure in it still goes with its block. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isFigureLine } from '../../indexer/clean/figure-lines.ts';

const HEADLINE = 'Run-offs in three valley towns after the first round';
const P1 = 'Three of the valley towns will vote again in two weeks, after no candidate won half of the votes on Sunday.';
const P2 = 'In the largest town the mayor lost ground to the challenger, and turnout fell to its lowest level in twenty years.';
const P3 = 'These are the results in the towns with more than ten thousand inhabitants, with almost every polling station counted.';
const RESULTS = [
  'Northbridge (20 stations of 21) Hale 45,10%; Moss 30,25%; Berg 14,40%; Ruiz 10,25%',
  'Eastfield: elected Carter 52,30%; Lind 47,70%.',
  'Old Harbour elected (after a recount) Nora Vale with 50,20% against the challenger Ivo Stern at 49,80%',
  'Westmoor Paul Grant 35,60 %; Lea Moss 22,15%, Tom Hale 12,40%; Jan Ruiz at 11,20% and Ada Berg 9,90%.',
  'Southgate Marr (Greens) leads with 41,20% ahead of Noel at 29,90%',
];

const packed = (...lines: string[]) => lines.join('\n');
const keptText = (text: string) => cleanText(text).kept.map((l) => l.text);

describe('lines of figures at the end of a story', () => {
  it('reads two measured figures as data, one as a possible headline', () => {
    assert.ok(isFigureLine('Hale 45,10%; Moss 30,25%'));
    assert.ok(isFigureLine('Rates held at 3.25 and 3.5 for the year'));
    assert.ok(!isFigureLine('Fares rise 4% from January'));
    assert.ok(!isFigureLine('Harbour United 3 Quay Athletic 1'));
    assert.ok(!isFigureLine('Council votes to close the old swimming pool'));
  });

  it("keeps the story's results laid out like headlines over teasers", () => {
    const kept = keptText(packed(HEADLINE, P1, P2, P3, ...RESULTS));
    assert.deepEqual(kept, [P1, P2, P3, ...RESULTS]);
  });

  it("keeps the story's last result lines without a full stop, which read as a run of headlines", () => {
    const last = [RESULTS[2]!, RESULTS[4]!];
    const kept = keptText(packed(HEADLINE, P1, P2, P3, ...last));
    assert.deepEqual(kept, [P1, P2, P3, ...last]);
  });
});
