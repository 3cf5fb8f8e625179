/**
 * The site's name under each item of a list of its stories (issue 18, task 18out): the logo's text
 * repeated after every teaser names the outlet; the same word repeated as a label, a menu or a
 * word of the story does not. Every name and line here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const TEASERS = [
  'Lighthouse keeper retires after forty winters on the rock',
  'New bus route links the two villages across the estuary',
  'Fishing boats return early as the storm moves up the coast',
];

/** A page with a "Read more" block: each teaser followed by `credit`. */
const withList = (credit: string, body = BODY) =>
  `${HEADLINE}\n\n${body}\n\nRead more\n\n${TEASERS.map((t) => `${t}\n\n${credit}`).join('\n\n')}\n`;

describe('a name credited under each teaser', () => {
  it('names the outlet', () => {
    assert.equal(outletOf(withList('Kvarnlist')), 'Kvarnlist');
  });

  it('leaves two items, a name the story writes and a label over a menu alone', () => {
    const two = `${HEADLINE}\n\n${BODY}\n\nRead more\n\n${TEASERS.slice(0, 2)
      .map((t) => `${t}\n\nKvarnlist`)
      .join('\n\n')}\n`;
    assert.equal(outletOf(two), 'Unknown');
    const story = `${BODY}\n\nThe harbour board thanked Kvarnlist, the volunteers who painted the piers, for their work over the winter months.`;
    assert.equal(outletOf(withList('Kvarnlist', story)), 'Unknown');
    // A label printed again and again over the same menu line is the page's navigation, not a credit.
    const menu = `${HEADLINE}\n\n${BODY}\n\n${Array.from({ length: 3 }, () => 'Latest news from around the harbour area today\n\nOverview').join('\n\n')}\n`;
    assert.equal(outletOf(menu), 'Unknown');
  });

  it('leaves a name signed under each of several paragraphs alone', () => {
    // Each post of a live blog signed by its contributor: more words than a teaser holds.
    const posts = TEASERS.map(
      (t) =>
        `${t}, the harbour master said on Tuesday, adding that the works would go on through the spring and that the ferry would keep to its winter timetable.`,
    );
    const blog = `${HEADLINE}\n\n${BODY}\n\nLatest\n\n${posts.map((p) => `${p}\n\nKvarnlist`).join('\n\n')}\n`;
    assert.equal(outletOf(blog), 'Unknown');
  });
});
