/**
 * Blocks, not lines (issue 18): the list of other stories after an article, each a headline and its
 * one-sentence teaser, read as a block, not line by line (each teaser reads as a real paragraph).
 * Each case has a body layout of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Harbour bridge to reopen after repairs';
const P1 = 'The harbour bridge will reopen to traffic on Friday after six months of repairs, the port authority said on Monday.';
const P2 = 'Engineers replaced the old steel cables and resurfaced the road, which carries about twenty thousand cars a day.';
const P3 = 'Local shops near the bridge said they had lost customers during the works and asked the council for help.';

/** Three other stories, headline then teaser, the teasers cut to fit their box. */
const TEASERS = [
  'Council votes to close the old swimming pool',
  'The future of the swimming pool and the gym next to it is under pressure after the council...',
  'Weather man expects a cold and quiet weekend',
  'Every Friday the weather man gives his forecast for the region and this week he sees frost...',
  'Car catches fire opposite the town hall',
  'A car caught fire on Thursday afternoon in the car park opposite the town hall of the...',
];

const page = (...blocks: string[][]) => blocks.flat().join('\n\n');
const keptText = (text: string) => cleanText(text).kept.map((l) => l.text);

describe('other stories listed after the article', () => {
  it('drops three headline/teaser pairs that end the page below the article', () => {
    const kept = keptText(page([HEADLINE, P1, P2, P3], TEASERS));
    assert.deepEqual(kept, [P1, P2, P3]);
  });

  it('drops them under a heading of other stories below a one-paragraph article', () => {
    const kept = keptText(page([HEADLINE, P1, 'Related stories'], TEASERS));
    assert.deepEqual(kept, [P1]);
  });

  it('drops numbered items under a heading below the story, headlines cut with an ellipsis included', () => {
    // Other stories about the same bridge: their words are the story's, so only the heading says what they are.
    const items = [
      '1. Harbour shops ask the council for help after the bridge works…',
      '2. Port authority names the engineers who will replace the cables…',
      '3. Bridge tolls to rise by a fifth from the spring',
    ];
    assert.deepEqual(keptText(page([HEADLINE, P1, P2, P3, 'Related stories'], items)), [P1, P2, P3]);
  });

  it('keeps a page that is itself a list of stories', () => {
    const kept = keptText(page(['Town news today', 'Latest news'], TEASERS, ['Bridge works end early', P1]));
    // The teasers, and the headlines below the first (which the labelled-list rule takes).
    for (const line of [...TEASERS.slice(1), P1]) assert.ok(kept.includes(line), line);
  });

  it('keeps an article whose sections have several paragraphs each', () => {
    const sections = [
      HEADLINE,
      P1,
      P2,
      'What the works cost',
      P3,
      'The bill of twelve million was shared between the port and the city, the authority said.',
      'What comes next',
      'The authority will inspect the bridge again next spring and publish its report online.',
      'Traffic will be limited to two lanes for the first week while the markings are painted.',
    ];
    const kept = keptText(page(sections));
    assert.deepEqual(kept, sections.slice(1));
  });

  it('keeps an article ending in sections of one paragraph under short subheadings', () => {
    const sections = [
      HEADLINE,
      P1,
      P2,
      'The cost',
      'The bill of twelve million was shared between the port and the city, the authority said.',
      'What comes next',
      'The authority will inspect the bridge again next spring and publish its report online.',
      'Longer works',
      'Traffic will be limited to two lanes for the first week while the markings are painted.',
    ];
    assert.deepEqual(keptText(page(sections)), sections.slice(1));
  });

  it("keeps a log's entries under date headers", () => {
    const log = [
      'Sheriff log',
      P1,
      P2,
      'Sept. 22',
      '• At 8:51 a.m. a caller stated someone was burning garbage near the river.',
      'Sept. 23',
      '• At 8:18 a.m. someone reported a heron in distress at the fairgrounds.',
      'Sept. 26',
      '• At 10:59 a.m. a man reported a trespasser on his land east of town.',
    ];
    const kept = keptText(page(log));
    for (const line of log.slice(1)) assert.ok(kept.includes(line), line);
  });
});

describe('short labels printed three times or more', () => {
  it('drops every copy of a label that marks slots of the layout', () => {
    const kept = keptText(page([HEADLINE, P1, 'PARTNER SLOT', P2, 'PARTNER SLOT', P3, 'Partner slot']));
    assert.deepEqual(kept, [P1, P2, P3]);
  });

  it("keeps a transcript's speaker names and a subheading printed twice", () => {
    const lines = [HEADLINE, 'MODERATOR:', P1, 'MODERATOR:', P2, 'MODERATOR:', P3, 'The vote', P1.replace('Friday', 'Monday'), 'The vote'];
    assert.deepEqual(keptText(page(lines)), lines.slice(1));
  });
});
