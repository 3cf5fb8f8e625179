/**
 * A social post embedded in a story, printed as text: its words, then the signature with the
 * handle in brackets and the post's date (issue 18: both were kept as body text). A paragraph that
 * names a handle without the embed's signature shape stays. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

const POST = 'Traffic is back on the harbour bridge this morning, thanks to everyone for your patience!';
const SIGNATURE = '— Harbour Port Authority (@harbourport) March 3, 2025';

describe('an embedded social post', () => {
  it('drops the post and its signature between two paragraphs', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, POST, SIGNATURE, P3)), [P1, P2, P3]);
  });

  it('reads a signature whose date is written in another language', () => {
    const signature = '— Autorité portuaire (@harbourport) 3 mars 2025';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, POST, signature, P3)), [P1, P2, P3]);
  });

  it('reads a signature that gives the time after the date', () => {
    const signature = 'A post shared by Harbour Port Authority (@harbour.port) on Mar 3, 2025 at 9:41am PST';
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, POST, signature, P3)), [P1, P2, P3]);
  });

  it("drops a post's text that carries its picture link", () => {
    const post = 'First cars over the bridge after six months pic.twitter.com/a1B2c3D4e5';
    assert.deepEqual(keptText(page(HEADLINE, P1, post, P2, P3)), [P1, P2, P3]);
  });

  it('keeps a paragraph that names a handle without the signature', () => {
    const quoting = 'The port authority (@harbourport) wrote on Monday that the bridge would reopen in March 2025';
    assert.ok(keptText(page(HEADLINE, P1, P2, quoting, P3)).includes(quoting));
  });

  it('keeps the paragraph above a signature that is no embed', () => {
    const longParagraph = `${P1} ${P2} ${P3} ${P1} ${P2}`;
    assert.ok(keptText(page(HEADLINE, longParagraph, SIGNATURE, P3)).includes(longParagraph));
  });
});
