/**
 * The teaser rules below a story (`teaser-items.ts`) read a run's items as off the topic of the story
 * above them; a page that is itself a list of stories (headline over teaser, again and again:
 * `isListPage`) has no one story, so its own items stay, as `tail-islands.ts` and `beyond-story.ts`
 * already read such a page. The same cut run under an article still goes. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { droppedReason, HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

/** A section page: a heading, then items of a headline over a teaser cut by the page's template. */
const HEADING = 'Town News';
const ITEMS = [
  'Choir heads to the capital',
  'The primary school choir will sing at the national festival after winning the regional round with a folk song…',
  'Night buses on Saturdays',
  'Two extra buses will run after midnight from next month, the transport office said after asking riders what…',
  'Library opens earlier',
  'Students will be able to study at the town library from seven in the morning on weekdays, starting in…',
  // An item's headline the template cut too: with the teasers around it, three cut lines in a row.
  'Pumpkin record at the market…',
  'Farmers sold more pumpkins than ever at the autumn market, and the organisers are already planning a bigger…',
  'Mill becomes a cycling club',
  'The old mill by the river has a new life as the home of a cycling club that counts forty members and…',
];

describe('a cut run on a page that is a list of stories', () => {
  it('keeps the list’s own items, the run of three cut lines among them', () => {
    const text = page(HEADING, ...ITEMS);
    const kept = keptText(text);
    for (const line of ITEMS.slice(4)) assert.ok(kept.includes(line), line);
  });

  it('still drops the same run below an article', () => {
    const run = ITEMS.slice(5, 8);
    const text = page(HEADLINE, P1, P2, P3, P4, ...run);
    for (const line of run) assert.equal(droppedReason(text, line), 'related-headlines', line);
  });
});
