/**
 * A news-in-brief page with no headline of its own in the excerpt (issue 18): the headline rule
 * takes the first item's heading, which must stay in the text as the other items' headings do.
 * An article's headline over its running text is still dropped from the text. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { BRIEFS, HEADLINE, P1, P2, P3 } from '../helpers/bridge-story.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe("a news-in-brief page's first item heading", () => {
  it('stays in the text when the headline rule takes it', () => {
    const clean = cleanText(page('By Anna Berg • 3 March 2026 • 09:40', ...BRIEFS));
    assert.equal(clean.headline?.text, 'New benches');
    assert.deepEqual(
      clean.kept.map((l) => l.text),
      BRIEFS,
    );
  });

  it("still takes an article's headline out of its text", () => {
    const clean = cleanText(page(HEADLINE, P1, 'Tolls', P2, 'Shops', P3));
    assert.equal(clean.headline?.text, HEADLINE);
    assert.ok(!clean.kept.some((l) => l.text === HEADLINE));
  });
});
