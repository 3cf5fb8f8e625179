/**
 * A wire photo's caption told by how it dates the picture: the day in full after a comma, year and
 * all ("…, Friday, Aug. 18, 2023, in …", "… in Washington, March 21, 2022."), which the American
 * wires' caption style writes and a story does not (issue 18: such captions were kept as body
 * text). A story's dated sentence keeps its preposition or its "on Friday". The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { markWirePhotoDates } from '../../indexer/clean/wire-photo-date.ts';
import { HEADLINE, keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

const story = (line: string) => keptText(page(HEADLINE, P1, P2, line, P3));

describe('a wire photo caption told by its date', () => {
  it('drops a caption dated with its weekday inside the sentence', () => {
    const caption = 'A welder repairs a cable on the harbour bridge, Tuesday, Sept. 9, 2025, in Riverside, after the storm.';
    assert.deepEqual(story(caption), [P1, P2, P3]);
  });

  it('drops a caption whose date closes the sentence', () => {
    const caption = 'Workers lift a steel cable into place on the harbour bridge in Riverside, March 4, 2025.';
    assert.deepEqual(story(caption), [P1, P2, P3]);
  });

  it('keeps a sentence dated after "on" and its weekday', () => {
    const prose = 'The bridge first closed on Monday, Jan. 6, 2025, when inspectors found rust in two cables.';
    assert.ok(story(prose).includes(prose));
  });

  it('keeps a sentence with the date after a preposition', () => {
    const prose = 'The port authority said the works, begun in Riverside on March 4, 2025, would end by the summer.';
    assert.ok(story(prose).includes(prose));
  });
});

describe('the wire photo date read only on caption-length lines', () => {
  const DATED = 'Crews clear the harbour bridge, Tuesday, Sept. 9, 2025, in Riverside.';
  /** The dated caption padded in front to exactly `n` words. */
  const padded = (n: number) => {
    const text = `${Array.from({ length: n - countLineWords(DATED) }, () => 'rope').join(' ')} ${DATED}`;
    return { line: 3, text, reason: null, heading: false, words: countLineWords(text) } as ContentLine;
  };

  it('takes the caption at the word limit and not one word past it, as before the count came first', () => {
    const at = padded(60);
    const past = padded(61);
    assert.equal(at.words, 60);
    assert.equal(past.words, 61);
    markWirePhotoDates([at, past]);
    assert.equal(at.reason, 'caption');
    assert.equal(past.reason, null);
  });

  it('leaves a short line without the year after a comma, and a line another rule labelled', () => {
    const plain = { ...padded(20), text: 'Crews clear the harbour bridge on Tuesday in Riverside.' };
    plain.words = countLineWords(plain.text);
    const labelled = { ...padded(20), reason: 'promotion' as const };
    markWirePhotoDates([plain, labelled]);
    assert.equal(plain.reason, null);
    assert.equal(labelled.reason, 'promotion');
  });
});
