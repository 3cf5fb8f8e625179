/**
 * A picture's text printed twice (indexer/clean/caption-twins.ts): a kept line whose copy nearby a
 * rule or the model dropped for what it is, and a line that is one text glued to itself; with the
 * near misses that must stay (a lead printed twice, a paragraph-length line, a copy further away,
 * a copy of the headline, two different halves). The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { isDoubledText, markCaptionTwins } from '../../indexer/clean/caption-twins.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { HEADLINE, P1, P2, reasonOf } from '../helpers/caption-fixture.ts';

const CAPTION = 'Cranes lift the last cable into place on Monday';

/** Non-blank lines as the rules left them: [source line, text, reason]. */
function page(rows: ReadonlyArray<readonly [number, string, JunkReason | null]>): ContentLine[] {
  return rows.map(([line, text, reason]) => ({ line, text, reason, heading: false, words: countLineWords(text) }));
}
const reasons = (lines: readonly ContentLine[]) => lines.map((l) => l.reason);

describe('a caption whose copy was dropped for what it is', () => {
  it('goes with its copy: the same words, a bullet, punctuation or one label word aside, one or two lines away', () => {
    for (const [mine, copy, reason] of [
      [CAPTION, CAPTION, 'classifier'],
      [`• Photo 1: ${CAPTION}`, `Photo 1: ${CAPTION}`, 'credit'],
      [`${CAPTION}.`, CAPTION, 'caption'],
      [`LIFTED: ${CAPTION}.`, CAPTION, 'caption'],
      ['وزير النقل في الميناء', 'وزير النقل في الميناء', 'classifier'],
    ] as const) {
      for (const gap of [1, 2]) {
        const lines = page([
          [1, HEADLINE, 'headline'],
          [3, P1, null],
          [5, mine, null],
          [5 + gap, copy, reason],
          [9, P2, null],
        ]);
        markCaptionTwins(lines);
        assert.deepEqual(reasons(lines), ['headline', null, 'caption', reason, null], `${mine} / ${copy} / ${gap}`);
      }
    }
  });

  it('stays when its copy was dropped only as a repeat, is the headline, or sits three lines away', () => {
    for (const [copy, reason, at] of [
      [CAPTION, 'repeated-line', 6],
      [CAPTION, 'headline', 6],
      [CAPTION, 'repeated-headline', 6],
      [CAPTION, 'classifier', 8],
    ] as const) {
      const lines = page([
        [1, HEADLINE, 'headline'],
        [3, P1, null],
        [5, CAPTION, null],
        [at, copy, reason],
        [9, P2, null],
      ]);
      markCaptionTwins(lines);
      assert.equal(lines[2]!.reason, null, `${reason} at ${at}`);
    }
  });

  it('under the headline: a label or a noun phrase goes with its copy, a sentence (the standfirst reused as the caption) stays', () => {
    for (const [mine, gone] of [
      ['Harbour cranes at dawn', true],
      ['• Photo 1: Harbour cranes at dawn', true],
      [`${CAPTION}.`, false],
    ] as const) {
      const lines = page([
        [1, HEADLINE, 'headline'],
        [3, mine, null],
        [4, mine.replace('• ', ''), 'caption'],
        [6, P1, null],
        [8, P2, null],
      ]);
      markCaptionTwins(lines);
      assert.equal(lines[1]!.reason, gone ? 'caption' : null, mine);
    }
  });

  it('stays when it is longer than a caption, or its copy differs by more than a label word', () => {
    const lead = `${P1} ${P2}`.split(' ').slice(0, 26).join(' ');
    for (const [mine, copy] of [
      [lead, lead],
      [`Pictured at dawn: ${CAPTION}`, CAPTION],
      [CAPTION, `${CAPTION} after the storm`],
    ] as const) {
      const lines = page([
        [3, P1, null],
        [5, mine, null],
        [6, copy, 'caption'],
        [8, P2, null],
      ]);
      markCaptionTwins(lines);
      assert.equal(lines[1]!.reason, null, mine);
    }
  });
});

describe('a line that is one text glued to itself', () => {
  it('goes as a caption, glued or with one space between', () => {
    for (const line of [`${CAPTION}.${CAPTION}.`, `${CAPTION}. ${CAPTION}.`, `${CAPTION}${CAPTION}`]) {
      assert.equal(isDoubledText(line), true, line);
      assert.equal(reasonOf([HEADLINE, '', P1, '', line, '', P2], line), 'caption', line);
    }
  });

  it('leaves a line whose halves differ, and a short repeated phrase', () => {
    for (const line of [
      P1,
      P2,
      `${CAPTION}. ${CAPTION}!`,
      'No, no.No, no.',
      `${CAPTION}  ${CAPTION}`.slice(1),
      'ha '.repeat(40),
      `${P1} ${P1} ${P1} ${P1}`,
      `${P1} ${P1}`.repeat(4),
    ]) {
      assert.equal(isDoubledText(line), false, line);
    }
  });
});
