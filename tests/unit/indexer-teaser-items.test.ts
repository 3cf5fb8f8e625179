/**
 * Other stories' teasers below the story read by their repeating shape (issue 18): a run of teasers
 * each cut by an ellipsis, groups of headline + standfirst + date repeated to the page's end, and a
 * bulleted list of headlines ending in "!" or under a story written in a script whose sentences end
 * in a danda. Each drop case has a keep case of the same shape whose lines are the story's own. The
 * text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { maskOfLanguage } from '../../indexer/clean/stopwords.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { markTeaserItems } from '../../indexer/clean/teaser-items.ts';
import { droppedReason, HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

const STORY = [HEADLINE, P1, P2, P3, P4];

describe('teasers cut by an ellipsis, three or more in a row below the story', () => {
  const cut = [
    'A new cycling club opened in the old mill and already counts forty members who ride…',
    'Farmers at the autumn market sold a record number of pumpkins, the organisers…',
    'The choir of the primary school will sing at the national festival in the capital…',
  ];

  it('drops the run', () => {
    for (const line of cut) assert.equal(droppedReason(page(...STORY, ...cut), line), 'related-headlines');
  });

  it('keeps two cut lines (a story may trail off twice)', () => {
    assert.deepEqual(keptText(page(...STORY, ...cut.slice(0, 2))).slice(-2), cut.slice(0, 2));
  });

  it('keeps cut lines that carry the story’s own words', () => {
    const own = [
      'The bridge cables were replaced by engineers who worked through the night…',
      'Shops near the bridge said customers stayed away during the repairs…',
      'The council will decide on the support scheme for the shops near the bridge…',
    ];
    assert.deepEqual(keptText(page(...STORY, ...own)).slice(-3), own);
  });
});

describe('groups of a headline, a sentence and a date repeated to the page’s end', () => {
  const items = [
    'Mountain goats return to the ski village',
    'Rangers counted more than sixty animals grazing above the lifts this spring, a sight not seen in decades.',
    '14 Mar 2024 5 min',
    'Jazz trio wins national prize',
    'The three musicians from the river district took first place with an album recorded in a garage.',
    '12 Mar 2024 4 min',
    'Ferry timetable changes in spring',
    'Crossings to the island will leave every forty minutes from April, with an extra evening sailing on Fridays.',
    '11 Mar 2024 6 min',
  ];

  it('drops every item', () => {
    const text = page(...STORY, ...items);
    for (const line of items) assert.equal(droppedReason(text, line), 'related-headlines', line);
  });

  it('keeps a live page’s entries, each opening on its stamp, whatever their words', () => {
    const entries = [
      'Update 1',
      'Storm warning for the coast',
      'Forecasters expect gusts of up to ninety kilometres an hour along the northern beaches tonight.',
      'Update 2',
      'Schools close early',
      'Pupils were sent home at noon as a precaution, and evening classes were cancelled.',
      'Update 3',
      'Trains running again',
      'Services between the two cities resumed after engineers cleared fallen trees from the tracks.',
    ];
    const text = page(...STORY, ...entries);
    for (const line of entries) assert.notEqual(droppedReason(text, line), 'related-headlines', line);
  });
});

describe('a bulleted list of headlines ending the page', () => {
  it('drops headlines that end in an exclamation', () => {
    const list = [
      '- Goalkeeper saves three penalties in one night!',
      '- Coach signs for two more seasons',
      '- Derby tickets sold out within an hour!',
    ];
    for (const line of list) assert.equal(droppedReason(page(...STORY, 'Latest', ...list), line), 'related-headlines');
  });

  it('keeps the story’s own points that end in full stops', () => {
    const points = ['- The bridge opens on Friday.', '- Heavy trucks stay banned until May.', '- Shops may apply for support.'];
    assert.deepEqual(keptText(page(...STORY, 'In short', ...points)).slice(-3), points);
  });
});

describe('a ranked list of headlines below the story (the rule alone, on kept lines)', () => {
  const ranked = [
    '1 Exclusive / Village bakery wins the regional bread award',
    '2 Must read / New footpath opens along the old railway line',
    '3 Culture / Museum returns painting to its family after ninety years',
    '4 Nature / Volunteers plant a thousand oaks on the hillside',
  ];
  /** A box's label the rules dropped as navigation. */
  const TAB = 'Popular today';
  /** The lines markTeaserItems drops when every line of the page but the box's label is kept so far. */
  const dropsOf = (...texts: string[]) => {
    const lines: ContentLine[] = texts.map((text, i) => ({
      line: i + 1,
      text,
      reason: text === TAB ? 'navigation' : null,
      heading: false,
      words: countLineWords(text),
    }));
    markTeaserItems(lines, maskOfLanguage('en') ?? 0);
    return lines.filter((l) => l.reason !== null && l.text !== TAB).map((l) => l.text);
  };

  it('drops the ranked items', () => {
    assert.deepEqual(dropsOf(P1, P2, P3, TAB, ...ranked), ranked);
  });

  it('reads the rank in any script’s digits', () => {
    const bengali = ranked.map((l, i) => `- ${'১২৩৪'[i]} ${l.slice(2)}`);
    assert.deepEqual(dropsOf(P1, P2, P3, TAB, ...bengali), bengali);
  });

  it('keeps a ranked list straight under the story’s text or under its colon (a listicle’s picks)', () => {
    assert.deepEqual(dropsOf(P1, P2, P3, ...ranked), []);
    assert.deepEqual(dropsOf(P1, P2, P3, 'The council listed four reasons:', ...ranked), []);
  });

  it('keeps an enumeration whose items close on a comma or a semicolon', () => {
    const items = ['1) Safer crossings near the school;', '2) Longer opening hours for the shops; and', '3) A new bus stop at the harbour'];
    assert.deepEqual(dropsOf(P1, P2, P3, TAB, ...items), []);
  });

  it('keeps the rows of a table', () => {
    const rows = ['1 | Harbour United | 15 | 34', '2 | River Rovers | 16 | 33', '3 | Mill Town | 15 | 31'];
    assert.deepEqual(dropsOf(P1, P2, P3, TAB, ...rows), []);
  });

  it('keeps ranked items in the story’s own words', () => {
    const own = ['1 The bridge cables were replaced', '2 The bridge road was resurfaced', '3 The shops near the bridge get support'];
    assert.deepEqual(dropsOf(P1, P2, P3, TAB, ...own), []);
  });
});

describe('bulleted headlines under a line ending in a colon', () => {
  const list = ['- Goats return to the ski village', '- Jazz trio wins national prize', '- Ferry timetable changes in spring'];

  it('drops off-topic items and their label', () => {
    const text = page(...STORY, 'Also in this section:', ...list);
    for (const line of ['Also in this section:', ...list]) assert.equal(droppedReason(text, line), 'related-headlines', line);
  });

  it('keeps the story’s own points under its colon', () => {
    const own = [
      '- Bridge cables replaced by engineers',
      '- Shops near the bridge ask for support',
      '- Council decides on the scheme this month',
    ];
    assert.deepEqual(keptText(page(...STORY, 'What the council proposes:', ...own)).slice(-4), ['What the council proposes:', ...own]);
  });
});
