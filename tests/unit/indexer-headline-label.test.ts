/**
 * A label right under the headline that shares no word with the story (issue 18, 18rel8): one to three
 * words, no sentence end or colon, no content word of the headline or the first two paragraphs, a line of
 * furniture somewhere on the page, the story's text right below. Read on lines as
 * the earlier rules left them (the headline's reason set by hand). Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { markLabelUnderHeadline } from '../../indexer/clean/headline-label.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { HEADLINE, P1, P2, P3 } from '../helpers/bridge-story.ts';

function lines(...rows: Array<string | [string, JunkReason]>): ContentLine[] {
  return rows.map((row, i) => {
    const [text, reason] = typeof row === 'string' ? [row, null] : row;
    return { line: 2 * i + 1, text, reason, heading: false, words: countLineWords(text) };
  });
}
const headline = { text: HEADLINE };
const under = (label: string) => {
  const ls = lines([HEADLINE, 'headline'], label, P1, P2, P3, ['Share this article', 'promotion']);
  markLabelUnderHeadline(ls, headline);
  return ls[1]!.reason;
};

describe('a label right under the headline', () => {
  it('drops a short line that shares no word with the headline and lead', () => {
    for (const label of ['Share and follow', 'Related story', 'Print edition', 'Press release'])
      assert.equal(under(label), 'off-topic', label);
  });

  it('keeps a deck or kicker in the story’s words, a sentence and a longer deck', () => {
    assert.equal(under('Bridge works end'), null);
    assert.equal(under('Good news.'), null);
    assert.equal(under('Shops hope for better times soon'), null);
  });

  it('keeps a label closing on a colon, the head of a dropped block, and a clean text’s kicker', () => {
    assert.equal(under('MODERATOR:'), null);
    const block = lines([HEADLINE, 'headline'], 'Riverside Ground', ['Saturday 4 May', 'navigation'], P1, P2);
    markLabelUnderHeadline(block, headline);
    assert.equal(block[1]!.reason, null);
    const clean = lines([HEADLINE, 'headline'], 'Local politics', P1, P2, P3);
    markLabelUnderHeadline(clean, headline);
    assert.equal(clean[1]!.reason, null);
  });

  it('keeps a short line lower down, and a label with no story below it', () => {
    const ls = lines([HEADLINE, 'headline'], ['Home > News', 'breadcrumb'], 'Print edition', P1, P2, ['Share', 'promotion']);
    markLabelUnderHeadline(ls, headline);
    assert.equal(ls[2]!.reason, null);
    const bare = lines([HEADLINE, 'headline'], 'Print edition', 'Ferry timetable', 'Weather', ['Share', 'promotion']);
    markLabelUnderHeadline(bare, headline);
    assert.equal(bare[1]!.reason, null);
  });
});
