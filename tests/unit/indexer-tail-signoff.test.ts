/**
 * A sign-off alone under the story's last paragraph (issue 18, 18tail9): the page's last kept line, short, unended,
 * in brackets or emphasis, joined by a slash or a double dash, or carrying an e-mail address, goes as a credit; a
 * paragraph the scraper cut short, a line above other kept lines and a line under no paragraph stay. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { isSignoffShape, markTailSignoff } from '../../indexer/clean/tail-signoff.ts';
import { HEADLINE, P1, P2, P3, P4, droppedReason, page } from '../helpers/bridge-story.ts';

function lines(...rows: Array<string | [string, JunkReason]>): ContentLine[] {
  return rows.map((row, i) => {
    const [text, reason] = typeof row === 'string' ? [row, null] : row;
    return { line: 2 * i + 1, text, reason, heading: false, words: countLineWords(text) };
  });
}
const last = (ls: ContentLine[]) => ls[ls.length - 1]!.reason;

describe('a sign-off under the story’s last paragraph', () => {
  it('reads the sign-off shapes in any script', () => {
    for (const t of [
      '(Jana Novak)',
      '(©HPA)',
      '[Harbour Press]',
      '（港湾通信）',
      '_Ann Berg_',
      '(HPA) abc de',
      'hpa/jn',
      'JN/HPA/Foto:harbour.example',
      'J.Novak--HPA',
      'Jana Novak jnovak@harbour.example',
    ])
      assert.ok(isSignoffShape(t), t);
    for (const t of ['The guar', 'Cllr Coun', 'Jana Novak', '“It', 'Od 1. červ', '1/2', 'More from the region'])
      assert.ok(!isSignoffShape(t), t);
  });

  it('drops the page’s last kept line under a paragraph, with furniture dropped below it', () => {
    const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, '(Jana Novak)');
    markTailSignoff(ls);
    assert.equal(last(ls), 'credit');
    const below = lines([HEADLINE, 'headline'], P1, P2, P3, P4, 'hpa/jn', ['Share', 'promotion']);
    markTailSignoff(below);
    assert.equal(below[5]!.reason, 'credit');
    assert.equal(droppedReason(page(HEADLINE, P1, P2, P3, P4, 'J.Novak--HPA'), 'J.Novak--HPA'), 'credit');
  });

  it('keeps a cut paragraph, a sentence, a longer line, and a line under no paragraph', () => {
    for (const t of ['The guar', '(The bridge reopens on Friday.)', '(Updated on Friday with the council’s reply)']) {
      const ls = lines([HEADLINE, 'headline'], P1, P2, P3, P4, t);
      markTailSignoff(ls);
      assert.equal(last(ls), null, t);
    }
    const underList = lines([HEADLINE, 'headline'], P1, P2, P3, P4, 'Opening times', '(Jana Novak)');
    markTailSignoff(underList);
    assert.equal(last(underList), null);
  });
});
