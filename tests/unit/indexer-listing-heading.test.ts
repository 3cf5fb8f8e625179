/**
 * A list of stories' heading ("Latest News", a section's name) right above its first item is the
 * page's title, when a list rule gave the first item's headline back to the text and the first item
 * is made as the next (issue 18, 18tit31). A round-up article under a masthead keeps its headline.
 * The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

const items = [
  'Village hall reopens after two years of repairs',
  'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir and tea for three hundred people.',
  'Ferry timetable changes from next month',
  'The morning crossing will leave half an hour earlier from the first of the month, and the late crossing on Sundays will stop.',
  'Allotment waiting list closed for the year',
  'The allotment society says it has more names on its list than it can offer plots to before the end of next year.',
];

describe("a list of stories' heading", () => {
  it('is the title of a list of stories, and every item stays in the text', () => {
    const result = clean(['Harbour Town News', ...items]);
    assert.equal(result.headline?.text, 'Harbour Town News');
    assert.deepEqual(
      result.kept.map((l) => l.text),
      items,
    );
  });

  it('is no title when it is a menu entry or a labelled date stamp', () => {
    assert.equal(clean(['- Harbour Town News', ...items]).headline?.text, items[0]);
    assert.equal(clean(['Published 4 March 2021', ...items]).headline?.text, items[0]);
  });

  it('is no title over a round-up article whose items are made unlike its headline (a score line, then scorers)', () => {
    const roundup = [
      'Harbour Gazette',
      'Rovers win the derby as the league leaders slip',
      'A night of goals on every ground of the county league, and a new name at the top of the table by the final whistle.',
      'Harbour Rovers 2-1 Quay United',
      'Goals: Smith, Jones for Rovers',
      'Rovers came from behind in front of a full stand, the winner arriving with five minutes left on the clock.',
      'Millford 0-3 Castle Athletic',
      'Goals: Brown (2), Green for Castle',
      'Castle were two up by half time and never looked back on a heavy pitch after a week of rain.',
    ];
    assert.notEqual(clean(roundup).headline?.text, 'Harbour Gazette');
  });
});
