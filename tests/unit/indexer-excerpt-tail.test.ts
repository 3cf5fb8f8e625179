/**
 * Other stories' teasers under an excerpt with no headline: the story's span (its longest run of
 * paragraphs) stands in for the headline, and the short off-topic lines below it to the page's end
 * are dropped as 'off-topic', prose included (issue 18). Each drop case has a keep case of the same
 * shape whose lines are the story's own or the page's sections. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

/**
 * Other stories' teasers, one short sentence each, sharing no word of the bridge story. (Teasers of
 * paragraph length would extend the story's span: the rule does not reach them.)
 */
const TEASERS = [
  'A mountain goat was spotted near the ski village.',
  'Jazz trio from the capital wins national prize.',
  'Farmers expect an early apple harvest.',
];
/** A headline over its teaser, as a page lists one other story. */
const HEADED_TEASER = ['Jazz trio wins national prize', 'The young musicians from the capital beat forty other bands in the final.'];
/** Sections of the page in long paragraphs on other topics (a magazine's contents), not teasers. */
const LONG_SECTIONS = [
  'The jazz trio from the capital won the national prize for young musicians after a final watched by thousands of listeners, and their first record comes out in the spring with twelve songs.',
  'Farmers in the eastern hills expect an early apple harvest after the warm spring, though the cooperative warns that prices will fall once every orchard in the region starts picking at once.',
];

const offTopic = (text: string) =>
  cleanText(text)
    .dropped.filter((d) => d.reason === 'off-topic')
    .map((d) => d.text);

describe('teasers under an excerpt with no headline', () => {
  it('drops one-sentence teasers below the story, with the reason', () => {
    const text = page(P1, P2, P3, P4, ...TEASERS);
    assert.deepEqual(keptText(text), [P1, P2, P3, P4]);
    assert.deepEqual(offTopic(text), TEASERS);
  });

  it("keeps the lines under a one-paragraph excerpt: a listing page's lead over its items", () => {
    assert.deepEqual(keptText(page(P1, ...HEADED_TEASER)), [P1, ...HEADED_TEASER]);
  });

  it('keeps prose below the story when the page has a headline (topic-tail judges it)', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...TEASERS)).slice(-3), TEASERS);
  });

  it("keeps long paragraphs on other topics under a label: the page's own sections", () => {
    const sections = ['What else you will find in this issue', ...LONG_SECTIONS];
    assert.deepEqual(keptText(page(P1, P2, P3, P4, ...sections)).slice(-3), sections);
  });

  it("keeps a single off-topic last line: it may be the story's aside", () => {
    assert.deepEqual(keptText(page(P1, P2, P3, P4, TEASERS[0]!)).at(-1), TEASERS[0]);
  });

  it("keeps a numbered list below the story: one of the story's own shapes", () => {
    const list = ['1. Goats on the ski slopes', '2. Jazz in the capital', '3. Apples in the hills'];
    assert.deepEqual(keptText(page(P1, P2, P3, P4, ...list)).slice(-3), list);
  });
});
