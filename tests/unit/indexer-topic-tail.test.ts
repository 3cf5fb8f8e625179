/**
 * Lines below the story that share none of its words: other stories' teasers and the page's
 * tail, dropped as 'off-topic' (issue 18). Each drop case has a keep case of the same shape whose
 * lines are the story's own. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { contentWords, markOffTopicTail } from '../../indexer/clean/topic-tail.ts';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

/** Two short lines about other things: no word of the bridge story. */
const OTHER = ['Mountain goats spotted near ski village', 'Jazz trio wins prize in capital'];
/** Two short lines of the same shape, about the story. */
const OWN = ['Bridge cables cost more than planned', 'Harbour shops wait for council help'];

describe('off-topic tail below the story', () => {
  it('drops two short lines below the story that share none of its words, with its reason', () => {
    const result = cleanText(page(HEADLINE, P1, P2, P3, P4, ...OTHER));
    assert.deepEqual(
      result.kept.map((l) => l.text),
      [P1, P2, P3, P4],
    );
    assert.deepEqual(
      result.dropped.filter((d) => d.reason === 'off-topic').map((d) => d.text),
      OTHER,
    );
  });

  it('keeps short lines of the same shape that share the story words', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...OWN)).slice(4), OWN);
  });

  it('keeps a single off-topic last line: it may be the story aside', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, OTHER[0]!)).slice(4), [OTHER[0]]);
  });

  it('keeps lines below a last sentence of prose, and the sentence', () => {
    const aside = 'Goats grazed on those slopes long ago, neighbours recall.';
    const kept = keptText(page(HEADLINE, P1, P2, P3, P4, OTHER[0]!, aside));
    assert.deepEqual(kept.slice(4), [OTHER[0], aside]);
  });

  it('keeps a new section the scraper cut off after a whole word: a subheading and running text longer than a headline', () => {
    // The page ends mid-paragraph, after a whole word and with no full stop: both lines are new
    // words (a person the story has not named yet), but the long line is the story's running text.
    const section = [
      'Critics in the valley',
      'That is exactly what the deputy mayor for trade, Maria Oakfield, criticised when she wrote that nobody had consulted the fishermen who moor their',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...section)).slice(4), section);
  });

  it('keeps a new section cut off after a whole word when its short last line reads as text', () => {
    // Under twenty words, so not running text by length: its stop words and its clause commas say
    // it is the story's prose, which no other story's headline reads like.
    const section = [
      'Critics in the valley',
      'That is what the deputy mayor, Maria Oakfield, said of the plan when she wrote to the fishermen',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...section)).slice(4), section);
  });

  it('still drops a last headline that has stop words but no clause: another story, not cut prose', () => {
    const teaser = 'Mayor promises a decision on the new ski lift in the spring';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, OTHER[0]!, teaser)), [P1, P2, P3, P4]);
  });

  it('still drops a short last line ending in a colon below off-topic lines: a prompt, not cut prose', () => {
    const prompt = 'Tell us what you think of the new ski lift in the comments:';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...OTHER, prompt)), [P1, P2, P3, P4]);
  });

  it('leaves the tail alone when a dated line sits below the story (an archive next post)', () => {
    // Read by the rule alone: on a whole page the story-end rule already takes lines under a date.
    const lines = (dated: boolean): ContentLine[] =>
      [P1, P2, P3, P4, ...(dated ? ['12 March 2021'] : []), ...OTHER].map((text, i) => ({
        line: i + 1,
        text,
        reason: null,
        heading: false,
        words: countLineWords(text),
      }));
    const undated = lines(false);
    markOffTopicTail(undated, 0);
    assert.deepEqual(
      undated.slice(4).map((l) => l.reason),
      ['off-topic', 'off-topic'],
    );
    const dated = lines(true);
    markOffTopicTail(dated, 0);
    assert.deepEqual(
      dated.slice(4).map((l) => l.reason),
      [null, null, null],
    );
  });

  it('stops at a line ending in a comma: a letter sign-off', () => {
    const signOff = ['With warm regards from the valley,', 'Jane Goatherd'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...signOff)).slice(4), signOff);
  });

  it('stops at a line opening with a figure: a ranked list or an attendance of the story', () => {
    const ranks = ['18 Jan Novak (Lakeside)', '19 Piet Smit (Hilltop)', '20 Ola Berg (Fjordside)'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...ranks)).slice(4), ranks);
  });

  it('reads content words: stop words out, stems cut, unspaced scripts segmented', () => {
    assert.deepEqual(contentWords('The ministers and the minister met', 1), ['minis', 'minis', 'met']);
    assert.ok(contentWords('港口大桥周五重新开放', 0).length >= 2);
  });
});
