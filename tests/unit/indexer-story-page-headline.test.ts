/**
 * A page that prints several stories one under another, each under its own header (issue 18): the
 * line taken as the page's headline is the first story's, and stays in the text as one of the page's
 * items; it stays the title too. An article with another story's headline and teaser below it keeps
 * its headline out of the text as before. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { HEADLINE, P1, P2, P3, page } from '../helpers/bridge-story.ts';

const H2 = 'Ferry fares to rise in the spring';
const F1 = 'The ferry company will raise its fares by a tenth from April, its director said on Tuesday.';
const F2 = 'Season tickets for island residents will cost the same as last year, the company added.';

const headlineKept = (text: string) => {
  const r = cleanText(text);
  assert.equal(r.headline?.text, HEADLINE);
  return r.kept.some((l) => l.text === HEADLINE);
};

describe('the headline of a page of stories', () => {
  it('stays in the text when the next story carries a date line like its own', () => {
    assert.ok(headlineKept(page('Tuesday, 3 March 2026', HEADLINE, P1, P2, P3, 'Monday, 2 March 2026', H2, F1, F2)));
  });

  it('stays in the text when the next story carries a byline like its own', () => {
    assert.ok(headlineKept(page(HEADLINE, 'By Anna Berg', P1, P2, P3, H2, 'By Tom Hale', F1, F2)));
  });

  it("stays out of the text of an article with another story's headline below it and no header like its own", () => {
    assert.ok(!headlineKept(page('Tuesday, 3 March 2026', HEADLINE, P1, P2, P3, H2, F1, F2)));
  });

  it('stays out of the text when the stories below stand under a label of other stories', () => {
    // "Other news" heads a box of other stories, dated like the headline: the box's items, not the page's.
    assert.ok(!headlineKept(page('Tuesday, 3 March 2026', HEADLINE, P1, P2, P3, 'Other news', 'Monday, 2 March 2026', H2, F1, F2)));
  });

  it('stays out of the text when the line with the date below is not over a story of its own', () => {
    // A subheading of the article with a date under it, over text that shares no word with it.
    const sub = 'What the engineers found';
    assert.ok(!headlineKept(page('Tuesday, 3 March 2026', HEADLINE, P1, P2, 'Monday, 2 March 2026', sub, F1, F2)));
  });
});
