import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCutTeaser } from '../../indexer/clean/cut-teasers.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text: columns of other things (teasers cut short by the template, job ads) above the
// story's headline, byline and paragraphs.
const BODY =
  'Work on the eastern bypass of Porthaven starts on Monday, the council said, and the road will be closed to lorries for the first two months.';
const BODY2 = 'The bypass has been planned for twenty years and should take traffic away from the old town centre by the end of next year.';
const BODY3 = 'Residents of the eastern road said they welcomed the works but feared the noise of the lorries during the night shifts.';
const HEADLINE = 'Bypass works start on the eastern road';
const TEASERS = [
  'Seals spotted again on the north beach',
  '',
  'Storm closes the ferry line for a third day while the ...',
  '',
  'Council wants more money for the school roof after the …',
  '',
  'Local choir wins a prize at the national festival in ...',
  '',
];

const TOWNS = ['Porthaven', 'Kelmouth', 'Ashby', 'Dunmore', 'Rilford', 'Eastwick', 'Marlow Bay', 'Tarnside', 'Holloway', 'Brackwater'];

const contentLines = (texts: string[]): ContentLine[] =>
  texts.map((text, i) => ({ line: i + 1, text, reason: null, heading: false, words: text.split(/\s+/).length }));

describe('title: a column of teasers cut short by an ellipsis does not start the text', () => {
  it('takes the story’s headline under the column', () => {
    const page = ['Coast Herald Online', '', ...TEASERS, 'News Porthaven', '', HEADLINE, '', 'By Jane Doe', '', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), HEADLINE);
  });

  it('reads two cut lines within a few lines of each other as a column, one alone or far apart as not', () => {
    const cut = 'Storm closes the ferry line for a third day while the ...';
    assert.equal(isCutTeaser(contentLines([cut, '', 'Another', '', cut]), 0), true);
    assert.equal(isCutTeaser(contentLines([cut, '', HEADLINE, '', BODY]), 0), false);
    assert.equal(isCutTeaser(contentLines([cut, ...Array(9).fill(HEADLINE), cut]), 0), false);
  });
});

describe('title: the headline under a long column of headline-shaped lines', () => {
  it('is found past the twentieth candidate (each job ad a title and a contract line)', () => {
    const ads = TOWNS.flatMap((t) => [`Shop Assistant - ${t} High Street`, `Permanent · ${t.toUpperCase()}`, '']);
    const page = ['Retail Jobs', '', ...ads, HEADLINE, '', 'By Jane Doe', '', BODY, '', BODY2, '', BODY3];
    assert.equal(headlineOf(page), HEADLINE);
  });
});
