/**
 * A page that is a list of stories has no headline of its own: the line taken as its headline is
 * the first item's, and stays in the text (issue 18: the first story of archive and tag pages was
 * lost as 'headline'). An article keeps its headline out of the text. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferDate } from '../../indexer/infer/date.ts';
import { TODAY } from '../helpers/harbour-board-story.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));

/** Three stories of a list, each a headline over its teaser (also under a list's own heading, below). */
const LIST_ITEMS = [
  'Village hall reopens after two years of repairs',
  'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir and tea for three hundred people.',
  'Ferry timetable changes from next month',
  'The morning crossing will leave half an hour earlier from the first of the month, and the late crossing on Sundays will stop.',
  'Allotment waiting list closed for the year',
  'The allotment society says it has more names on its list than it can offer plots to before the end of next year.',
];

/** An article's first block is its headline, and not also a line of its text. */
function assertHeadlineOutOfText(blocks: string[]): void {
  const result = clean(blocks);
  assert.equal(result.headline?.text, blocks[0]);
  assert.ok(!result.kept.some((l) => l.text === blocks[0]));
}

describe('the headline of a page that is a list of stories', () => {
  it("keeps the first item's headline in the text of a list of stories", () => {
    const result = clean(LIST_ITEMS);
    assert.equal(result.headline?.text, LIST_ITEMS[0]);
    assert.deepEqual(
      result.kept.map((l) => l.text),
      LIST_ITEMS,
    );
  });

  it('still keeps the headline of an article out of its text', () => {
    const blocks = [
      'Village hall reopens after two years of repairs',
      'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir and tea for three hundred people.',
      'The repairs to the roof and the kitchen cost more than the village had raised, and the council paid the rest last spring.',
      'What happens next for the hall committee',
      'The committee hopes to run a film night every month and is looking for volunteers to help with the chairs.',
      'More events for the summer are planned',
      'A summer fair on the green is planned for July, with stalls from the school and the church.',
    ];
    assertHeadlineOutOfText(blocks);
  });

  it('keeps the headline out of an article with a subheading over every paragraph (one story, not a list)', () => {
    const blocks = [
      'Questions over the harbour wall plan',
      'Residents near the harbour wall met on Tuesday evening to hear the council explain why the work had been delayed again.',
      'Walks of the month',
      'A spokesperson said the contractor had found cracks in the harbour wall that nobody had expected when the survey was done.',
      'What happens next for the harbour wall',
      'A revised plan for the harbour wall will be published before the end of the month, after a second round of consultation.',
    ];
    assertHeadlineOutOfText(blocks);
  });

  it('keeps the last items of a list of stories below the pictures between them', () => {
    const result = clean([
      'Roads',
      'Lorry sheds its load of apples on the ring road',
      'The ring road was closed for two hours on Monday after a lorry lost part of its load on the roundabout by the station.\nA tractor pulls a trailer along a wet road. Photo: Jane Field',
      'Cyclists ask for a safer crossing',
      'Parents from the primary school have asked the council for a crossing on the hill, where cars often drive too fast.\nA bicycle leans against a fence by the school gate. Photo: Jane Field',
      'Bridge repairs finish early',
      'The bridge over the canal reopened on Friday, a week earlier than planned, after the repairs went better than expected.\nCars queue at traffic lights in the rain. Photo: Tom Reed',
      'Speed cameras on the coast road',
      'Two new cameras were switched on along the coast road this week, where there were four crashes last year',
    ]);
    const texts = result.kept.map((l) => l.text);
    assert.ok(texts.includes('Speed cameras on the coast road'));
    assert.ok(texts.includes('Two new cameras were switched on along the coast road this week, where there were four crashes last year'));
    assert.ok(!texts.some((t) => t.includes('Photo:')), 'the captions stay out');
  });
});

// A list of stories' heading ("Latest News", a section's name) right above its first item is the page's title, when a
// list rule gave the first item's headline back to the text and the first item is made as the next (issue 18,
// 18tit31: listing-heading.ts). A round-up article under a masthead keeps its headline.
describe("a list of stories' heading", () => {
  it('is the title of a list of stories, and every item stays in the text', () => {
    const result = clean(['Harbour Town News', ...LIST_ITEMS]);
    assert.equal(result.headline?.text, 'Harbour Town News');
    assert.deepEqual(
      result.kept.map((l) => l.text),
      LIST_ITEMS,
    );
  });

  it('is no title when it is a menu entry or a labelled date stamp', () => {
    assert.equal(clean(['- Harbour Town News', ...LIST_ITEMS]).headline?.text, LIST_ITEMS[0]);
    assert.equal(clean(['Published 4 March 2021', ...LIST_ITEMS]).headline?.text, LIST_ITEMS[0]);
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

describe("a list of stories under its own heading asserts no year (a listing's dates are its items')", () => {
  const dated = [
    'Village hall reopens after two years of repairs',
    'Published 4 March 2021',
    'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir and tea for three hundred people.',
    'Ferry timetable changes from next month',
    'Published 2 March 2021',
    'The morning crossing will leave half an hour earlier from the first of the month, and the late crossing on Sundays will stop.',
    'Allotment waiting list closed for the year',
    'Published 27 February 2021',
    'The allotment society says it has more names on its list than it can offer plots to before the end of next year.',
  ];

  it('takes the heading as the title and no item stamp as the page year', () => {
    const result = clean(['Harbour Town News', ...dated]);
    assert.equal(result.headline?.text, 'Harbour Town News');
    assert.equal(inferDate(result, TODAY), undefined);
  });

  it("still dates the list's first story when no heading stands over the list", () => {
    assert.equal(inferDate(clean(dated), TODAY)?.value.slice(0, 4), '2021');
  });
});
