/**
 * Other stories and furniture below the story that no phrase names, read by structure (issue 18):
 * a teaser kept between two blocks of dropped furniture (tail-islands.ts), a label right above a
 * dropped block (block-labels.ts), and a teaser opening with its own date (dated-teasers.ts). Each
 * drop case has a keep case of the same shape whose lines are the story's own. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

const STORY = [HEADLINE, P1, P2, P3, P4];
/** A site's section menu closing the page: dropped as navigation. */
const MENU = ['News', 'Sport', 'Culture', 'Business', 'Opinion'];
const STAMP = 'Updated 15:53';
const reasonOf = (text: string, line: string) => cleanText(text).dropped.find((d) => d.text === line)?.reason;

describe('a kept line between blocks of dropped furniture below the story', () => {
  const teaser = 'Politics Anna Berg has taken over as the town’s new mayor after twelve years of work at the ministry.';

  it('drops another story’s teaser between a stamp and the menu', () => {
    assert.equal(reasonOf(page(...STORY, STAMP, teaser, ...MENU), teaser), 'off-topic');
  });

  it('keeps a line of the story’s own words there', () => {
    const own = 'The bridge will be inspected again next year, and the council will review the scheme for the shops.';
    assert.deepEqual(keptText(page(...STORY, STAMP, own, ...MENU)).slice(4), [own]);
  });

  it('keeps an off-topic line that ends the page: a paragraph cut off there, or a blog’s next post', () => {
    assert.deepEqual(keptText(page(...STORY, STAMP, teaser)).slice(4), [teaser]);
  });
});

describe('a label right above a block of dropped furniture', () => {
  const list = ['• Mountain goats return to the ski village', '• Jazz trio wins national prize', '• Ferry timetable changes in spring'];

  it('drops the label with its list, even when it shares a word with the story', () => {
    assert.equal(reasonOf(page(...STORY, 'Harbour news', ...list), 'Harbour news'), 'related-headlines');
  });

  it('keeps a subheading over an ad with the story’s next paragraphs under it', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, 'Shops wait for help', 'Advertisement', P3, P4)), [
      P1,
      P2,
      'Shops wait for help',
      P3,
      P4,
    ]);
  });
});

describe('a teaser opening with its own date below the story', () => {
  const dated =
    '07.03.2024 Mountain goats return to the ski village A herd was seen grazing near the lifts on Sunday, to the delight of hikers who';

  it('drops the dated teaser and the label over it', () => {
    const text = page(...STORY, 'From the region', dated);
    assert.deepEqual(keptText(text), [P1, P2, P3, P4]);
    assert.equal(reasonOf(text, dated), 'related-headlines');
  });

  it('keeps the story’s own dated entries: they repeat its words', () => {
    const log = [
      '07.03.2024 The port authority closed the harbour bridge to traffic for repairs to its steel cables and the road.',
      '14.09.2024 The harbour bridge will reopen to traffic on Friday after the repairs, the port authority said.',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, ...log)), [P1, P2, ...log]);
  });

  it('leaves a byline beside a date to the byline rules: the page’s own stamp, whose year is the story’s', () => {
    const byline = '15 March 2024; by Jane Doe';
    assert.notEqual(reasonOf(page(...STORY, byline), byline), 'related-headlines');
  });
});

describe('other stories under labels an earlier rule named (story-end.ts)', () => {
  /** Labels of no language the phrase rules read: the menu rule takes them, not story-end.ts. */
  const LABELS = ['Xyzzy', 'Plugh', 'Frobnic', 'Quux'];
  /** Other stories about the same bridge: they share the story's words, so the topic rules free them. */
  const SAME_TOPIC = ['Harbour bridge cables replaced by port engineers', 'Shops near the harbour bridge ask the council for help'];

  it('drops headlines on the story’s subject under the closing labels', () => {
    assert.deepEqual(keptText(page(...STORY, ...LABELS, ...SAME_TOPIC)), [P1, P2, P3, P4]);
  });

  it('keeps the story’s short closing lines above the labels, and its cut-off last line', () => {
    const closing = ['What comes next', 'The council will meet on Monday to discuss the scheme for the shops, and the port'];
    const kept = keptText(page(...STORY, ...closing, ...LABELS, 'The harbour bridge will reopen to traffic on Friday after six mo'));
    assert.deepEqual(kept.slice(4, 6), closing);
  });
});
