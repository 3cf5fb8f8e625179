/**
 * An invented article for the caption rules' tests (caption-shapes, picture-lines, wire-signoff):
 * a headline and three paragraphs, and the two questions those tests ask of a line: does it go as a
 * caption below the headline and between paragraphs, and does it stay as text between paragraphs.
 */
import assert from 'node:assert/strict';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

export const HEADLINE = 'Harbour bridge to reopen after repairs';
export const P1 = 'The harbour bridge will reopen to traffic on Friday after six months of repairs, the port authority said on Monday.';
export const P2 = 'Engineers replaced the old steel cables and resurfaced the road, which carries about twenty thousand cars a day.';
export const P3 = 'Local shops near the bridge said they had lost customers during the works and asked the council for help.';

export const kept = (lines: string[]) => cleanText(lines.join('\n')).kept.map((l) => l.text);
export const reasonOf = (lines: string[], line: string) => cleanText(lines.join('\n')).dropped.find((d) => d.text === line)?.reason ?? null;

/** Each caption is no recognised phrase alone, and goes as a caption below the headline and between paragraphs. */
export function assertCaptions(captions: readonly string[]): void {
  for (const caption of captions) {
    assert.equal(phraseReason(caption), null, caption);
    assert.equal(reasonOf([HEADLINE, '', caption, '', P1, '', P2], caption), 'caption', caption);
    assert.equal(reasonOf([HEADLINE, '', P1, '', caption, '', P2, '', P3], caption), 'caption', caption);
  }
}

/** Each line stays as text between two paragraphs. */
export function assertKept(body: readonly string[]): void {
  for (const line of body) assert.deepEqual(kept([HEADLINE, '', P1, '', line, '', P2]), [P1, line, P2], line);
}
