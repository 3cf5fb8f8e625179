/**
 * Other stories printed below the article as headlines, each alone or over a line of its own,
 * with no heading, label or stamp to mark them (issue 18). Each case that drops has a body layout
 * of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

/** Headlines of other stories, some over a one-sentence summary, some alone: no strict alternation. */
const RUN = [
  'New school opens its doors on the east side of town',
  'Parents had waited eight years for the new building.',
  'Fishing fleet returns early as storm nears the coast',
  'Volunteers plant three hundred trees along the river path',
  'The trees were given by a garden centre in the valley.',
  'Town choir to sing at the national festival this summer',
];

describe('headline runs below the article', () => {
  it('drops a run of headlines, some with a summary sentence, that ends the page', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...RUN)), [P1, P2, P3]);
  });

  it('keeps the same rhythm when only two headlines end the page', () => {
    const kept = keptText(page(HEADLINE, P1, P2, P3, ...RUN.slice(3)));
    assert.ok(kept.includes('Volunteers plant three hundred trees along the river path'));
  });

  it('keeps a table of the story printed as lines with the same separator', () => {
    const winners = [
      'Best rowing crew (Harbour Rowing Club, men)',
      'The crew won by two lengths in the final race.',
      'Best junior crew (Quay Juniors, girls)',
      'Best veteran crew (Old Boathouse, mixed)',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...winners)).slice(3), winners);
  });

  it('keeps a table under its own heading: the rows share a separator and each holds a figure', () => {
    const story = [
      'Mayor keeps her seat in the second round',
      'Mayor Anna Berg kept her seat on Sunday, winning the second round with 44 per cent of the vote, the town hall said.',
      'Her former deputy, Piet Dahl, came second at the head of a dissident list, ahead of the liberal candidate Jan Eck.',
      'Turnout was higher than in the first round, when the three lists had finished in the same order.',
    ];
    const table = [
      'Results of the first round',
      'Berg list (independent) : 44.1%',
      'Dahl list (greens) : 31.8%',
      'Eck list (liberals) : 24.1%',
    ];
    assert.deepEqual(keptText(page(...story, ...table)).slice(3), table);
  });

  it('still drops headlines under a heading when the rows hold no figure', () => {
    const run = [
      'Latest from the valley',
      'Harbour: new school opens its doors',
      'Quayside: fishing fleet returns early',
      'Old Town: choir to sing at the festival',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...run)), [P1, P2, P3]);
  });

  it('keeps results whose lines are numbers by a third', () => {
    const results = ['Harbour 26, Quayside 28', 'The game went to extra time.', 'Northgate 10, Old Town 0', 'Riverside 3, Eastfield 41'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...results)).slice(3), results);
  });

  it('keeps the results of an election under their heading: a line of measured figures stops the run', () => {
    // Packed lines, as a page printed without blank lines gives them; one result line has two figures.
    const results = [
      'The results of the first round',
      'List Jane Berg (IND): 44.1% List Tom Moss (LAB): 31.8%',
      'List Ann Lowe (CON): 24.1%',
    ];
    const text = [HEADLINE, P1, P2, P3, ...results].join('\n');
    assert.deepEqual(keptText(text).slice(3), results);
  });

  it('keeps stamped entries of a live page: a stamp stops the run', () => {
    const entries = RUN.flatMap((line, k) => (k % 2 === 0 ? [`14:${10 + k}`, line] : [line]));
    const kept = keptText(page(HEADLINE, P1, P2, P3, ...entries));
    assert.ok(kept.includes('Fishing fleet returns early as storm nears the coast'));
  });

  it('keeps a page that is itself a list of headlines, with no article above', () => {
    const kept = keptText(page(P1, ...RUN));
    assert.ok(kept.includes('Fishing fleet returns early as storm nears the coast'));
  });
});
