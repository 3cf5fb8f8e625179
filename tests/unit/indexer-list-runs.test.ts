/**
 * The article's own lists (indexer/clean/list-runs.ts): a stats box, a tour's dates, results are
 * found by their rhythm and kept from the junk model, while a menu or a list of headlines (no number
 * in the same place of every item) is not. Fixtures are invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelLines } from '../../indexer/clean/index.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { markByModel, type JunkModel } from '../../indexer/clean/junk-model.ts';
import { FEATURE_NAMES } from '../../indexer/clean/line-features.ts';
import { listRunLines } from '../../indexer/clean/list-runs.ts';

const LEAD = [
  'Library loans rise for the third year running',
  '',
  'The county library lent more books last year than in any year since the service was founded, its annual report says.',
  '',
  'Audiobooks and books for children grew fastest, and the mobile library added four villages to its route in the spring.',
  '',
];

const STATS_BOX = ['412,300', 'Books lent', '18', 'Branches open', '6,950', 'New members', '3', 'Mobile routes'];
/** The box as pages print it: each figure over its label, a blank line between pairs. */
const BOX_PAGE = ['The year in figures', '', ...STATS_BOX.flatMap((l, i) => (i % 2 === 1 ? [l, ''] : [l]))];
const TOUR = [
  '3rd Ashford, KT Riverside Hall',
  '5th Brookvale, NH Corn Exchange',
  '7th Castleton, VT Union Theatre',
  '10th Dunmore, PA Old Mill Stage',
];
const MENU = ['Home', 'Local', 'Politics', 'Sport', 'Weather'];
const HEADLINES = [
  'Council approves the new cycle lanes on the ring road',
  'Harbour festival returns after a two-year pause',
  'School meals to cost more from the autumn term',
];

/** The lines of a page that the gate marks, by their text: the page as the rules left it, or every line unlabelled. */
function listed(page: readonly string[], unlabelled = false): string[] {
  const lines = unlabelled
    ? page.map((text, i) => ({ line: i + 1, text, reason: null, heading: false, words: countLineWords(text) }))
    : labelLines(page.join('\n')).lines;
  const inList = listRunLines(lines);
  return lines.filter((_, i) => inList[i] === 1).map((l) => l.text);
}

/** A model that scores every judged line as junk: what survives it was never judged. */
const DROP_ALL: JunkModel = {
  features: FEATURE_NAMES,
  mean: FEATURE_NAMES.map(() => 0),
  scale: FEATURE_NAMES.map(() => 1),
  weights: FEATURE_NAMES.map(() => 0),
  bias: 10,
  threshold: 0.5,
};

describe('list-shaped runs of the article', () => {
  it('finds a figure over its label, repeated', () => {
    assert.deepEqual(listed([...LEAD, ...BOX_PAGE]), ['The year in figures', ...STATS_BOX]);
  });

  it('finds items of one shape with a number in the same place', () => {
    assert.deepEqual(listed([...LEAD, 'On tour this autumn:', ...TOUR]), ['On tour this autumn:', ...TOUR]);
  });

  it('passes over a menu and a list of headlines: no number in their items', () => {
    // Read with no rule's label, as the gate would meet them on a site the rules do not know.
    assert.deepEqual(listed([...MENU, ...LEAD.filter((l) => l !== ''), ...HEADLINES], true), []);
  });

  it('passes over a run that a rule labelled', () => {
    const { lines } = labelLines([...LEAD, ...BOX_PAGE].join('\n'));
    for (const l of lines) if (STATS_BOX.includes(l.text)) l.reason = 'navigation';
    assert.equal(listRunLines(lines).indexOf(1), -1);
  });

  it('takes in the headings of a list cut into sections, the first one above it', () => {
    const sections = ['OCTOBER', '30th Eastwick, MA Town Hall', 'NOVEMBER', ...TOUR];
    assert.deepEqual(listed([...LEAD.filter((l) => l !== ''), ...sections], true), sections);
  });

  it('needs three items: two lines alike are a coincidence', () => {
    assert.deepEqual(listed([...LEAD, ...TOUR.slice(0, 2)]), []);
  });

  it('keeps the model from dropping the list, not the lines around it', () => {
    const { lines, language } = labelLines([...LEAD, ...BOX_PAGE, ...LEAD.slice(2), 'Mobile library timetable'].join('\n'));
    markByModel(lines, language, DROP_ALL);
    const dropped = lines.filter((l) => l.reason === 'classifier').map((l) => l.text);
    assert.deepEqual(
      STATS_BOX.filter((item) => dropped.includes(item)),
      [],
    );
    assert.ok(dropped.includes('Mobile library timetable'), 'a line outside the list is still judged');
  });
});
