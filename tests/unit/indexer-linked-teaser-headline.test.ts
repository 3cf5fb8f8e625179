/**
 * A page of teasers, each cut short with the link to its story ("… Read More", "(more…)"), has no
 * headline of its own: the line taken as its headline is its first item's, and stays in the text
 * however few items the excerpt holds (issue 18, 18body12: tag, archive and section pages of n3,
 * n6 and n7 lost their first item's headline). An article's lead ends in its own sentence, and its
 * headline stays out of the text. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const clean = (blocks: string[]) => cleanText(blocks.join('\n\n'));
const HEADLINE = 'Village hall reopens after two years of repairs';
const LEAD =
  'The hall on Church Lane opened its doors again on Saturday, with a concert by the school choir, tea for three hundred people and a speech by the oldest member of the committee, who had sung in the same hall at its first concert more than sixty years ago';

describe("a page of linked teasers keeps its first item's headline", () => {
  it('keeps it over a teaser ending in an ellipsis and a link label', () => {
    const result = clean([HEADLINE, `${LEAD}, who said the… Read More`]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.ok(result.kept.some((l) => l.text === HEADLINE));
  });

  it('keeps it over a teaser ending in a link label of another language', () => {
    const result = clean([HEADLINE, `${LEAD}, che ha detto… Continua a leggere`]);
    assert.ok(result.kept.some((l) => l.text === HEADLINE));
  });

  it("keeps it over a blog excerpt ending in its bracketed link ('(more…)', '[…]')", () => {
    for (const end of [' (more…)', ' […]', ' [...]']) {
      const result = clean([HEADLINE, `${LEAD}.${end}`]);
      assert.ok(
        result.kept.some((l) => l.text === HEADLINE),
        end,
      );
    }
  });

  it('keeps it with the item’s date between the headline and its teaser', () => {
    const result = clean([HEADLINE, 'April 30, 2024, 5:59 pm', `${LEAD}, who said the… Read More`]);
    assert.ok(result.kept.some((l) => l.text === HEADLINE));
  });

  it("keeps an article's headline out of its text when a linked teaser comes only after its header and lead were dropped", () => {
    const chrome = ['Share this', 'Facebook', 'Twitter', 'Email', 'Print'];
    const result = clean([HEADLINE, ...chrome, `${LEAD}, who said the… Read More`]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.ok(!result.kept.some((l) => l.text === HEADLINE));
  });

  it("keeps an article's headline out of its text when its lead ends in its own sentence", () => {
    for (const end of ['.', ', who said the hall would never close again…', ' and the… rest of the village.']) {
      const result = clean([
        HEADLINE,
        `${LEAD}${end}`,
        'The repairs to the roof and the kitchen cost more than the village had raised, and the council paid the rest last spring.',
      ]);
      assert.equal(result.headline?.text, HEADLINE, end);
      assert.ok(!result.kept.some((l) => l.text === HEADLINE), end);
    }
  });
});
