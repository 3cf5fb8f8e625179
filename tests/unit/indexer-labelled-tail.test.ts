/**
 * A short label below the story over lines that share none of its words, to the page's end: a
 * section of other stories, dropped as 'off-topic' with the label, prose teasers included (issue
 * 18). Each drop case has a keep case of the same shape whose lines are the story's own. The text
 * is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { BRIEFS, HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

const LABEL = 'Across the valley';
/** Other stories' teasers written as whole paragraphs: no word of the bridge story. */
const TEASERS = [
  'A mountain goat was spotted grazing near the ski village on Sunday, to the delight of hikers who photographed it.',
  'The jazz trio from the capital won the national prize for young musicians after a final watched by thousands.',
];
/** The story's own closing section: a subheading over paragraphs that repeat its words. */
const OWN_SECTION = [
  'What happens next',
  'The port authority said the bridge would be inspected again next year, and the council will review the shops scheme then.',
];

describe('labelled section of other stories below the story', () => {
  it('drops the label and the prose teasers under it, with the reason', () => {
    const result = cleanText(page(HEADLINE, P1, P2, P3, P4, LABEL, ...TEASERS));
    assert.deepEqual(
      result.kept.map((l) => l.text),
      [P1, P2, P3, P4],
    );
    assert.deepEqual(
      result.dropped.filter((d) => d.reason === 'off-topic').map((d) => d.text),
      [LABEL, ...TEASERS],
    );
  });

  it('keeps a subheading over the story its own closing paragraph', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...OWN_SECTION)).slice(4), OWN_SECTION);
  });

  it('keeps prose teasers with no label over them: a closing aside may share no word either', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...TEASERS)).slice(4), TEASERS);
  });

  it('drops a label that is the last kept line when the page goes on below it (chrome the rules dropped)', () => {
    const chrome = 'Share on Facebook';
    // A label ending in a colon: the rule reading labels above the closing chrome (story-end.ts) leaves it.
    const result = cleanText(page(HEADLINE, P1, P2, P3, P4, 'Reactions:', chrome));
    assert.deepEqual(
      result.dropped.filter((d) => d.reason === 'off-topic').map((d) => d.text),
      ['Reactions:'],
    );
  });

  it('keeps a short last line that ends the page: a subheading or a paragraph cut off there', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, 'Fishermen left waiting')).slice(4), ['Fishermen left waiting']);
  });

  it('keeps a news-in-brief page: two labels or more below, each over its paragraph', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, ...BRIEFS)).slice(2), [...BRIEFS]);
  });

  it('keeps a numbered list under the label: the story own list, whatever its topic', () => {
    const list = [
      '1. A mountain goat was spotted grazing near the ski village on Sunday, to the delight of hikers.',
      '2. The jazz trio from the capital won the national prize for young musicians after the final.',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, LABEL, ...list)).slice(4), [LABEL, ...list]);
  });

  it('reads a script without spaces: a short label over teasers goes, a long unpunctuated line is no label', () => {
    const teaser = 'Mountain goats were seen near the ski village again on Sunday, and hikers took many photographs of them.';
    const dropped = cleanText(page(HEADLINE, P1, P2, P3, P4, '地方版', teaser)).dropped.filter((d) => d.reason === 'off-topic');
    assert.deepEqual(
      dropped.map((d) => d.text),
      ['地方版', teaser],
    );
    const long = '山羊在滑雪村附近被发现游客拍了很多照片';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, long, teaser)).slice(4), [long, teaser]);
  });
});
