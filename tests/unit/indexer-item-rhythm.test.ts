/**
 * Lists below the article that no heading announces (issue 18): found by the repetition of one
 * item layout (a section label over a headline, a commenter's name over a stamp over the comment),
 * or as links' texts that end the page or sit above its closing chrome. Each case that drops has a
 * body layout of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

describe('lists below the article found by their rhythm', () => {
  it('drops other stories printed as a section label over a headline, with no heading', () => {
    const list = [
      'Politics',
      'Mayor promises a decision on the new ferry terminal',
      'Sport',
      'Harbour rowing club wins its first regional title',
      'Culture',
      'Old cinema on the quay will show films again',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...list)), [P1, P2, P3]);
  });

  it('drops comments printed as a handle, a stamp and the comment, with no opener', () => {
    const comments = [
      'jane_d\n3 hours ago\nI think the bridge was a waste of money and nobody asked the people who live here.',
      'mark77\n2 hours ago\nFinally some good news for the town after all these years of waiting for it.',
      'river_walker\n1 hour ago\nThe ferry was always late anyway, so this is a change for the better.',
    ];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, P4, ...comments)), [P1, P2, P3, P4]);
  });

  it('keeps a live page whose titled entries outnumber the paragraphs above them', () => {
    const entries = [
      '14:05\nDivers reach the second pillar\nThe divers have reached the second pillar and started to check the new cables under the water.',
      '13:40\nTraffic held at both ends\nPolice have stopped the traffic at both ends of the bridge while the divers are at work below it.',
      '13:10\nFirst test load passes\nA lorry loaded with sand crossed the bridge twice this morning and the engineers were satisfied.',
    ];
    const kept = keptText(page(HEADLINE, P1, P2, ...entries));
    assert.ok(kept.includes('The divers have reached the second pillar and started to check the new cables under the water.'));
    assert.ok(kept.includes('A lorry loaded with sand crossed the bridge twice this morning and the engineers were satisfied.'));
  });

  it("keeps the story's own draw: round labels over fixtures", () => {
    const draw = ['First round', 'Harbour United v Riverside Rovers', 'Second round', 'Quay Athletic v Old Town'];
    const kept = keptText(page(HEADLINE, P1, P2, P3, ...draw));
    assert.ok(kept.includes('Harbour United v Riverside Rovers'));
    assert.ok(kept.includes('Quay Athletic v Old Town'));
  });
});

describe('links below the article with nothing announcing them', () => {
  const links = [
    'Mayor promises a decision on the new ferry terminal',
    'Harbour rowing club wins its first regional title',
    'Old cinema on the quay will show films again',
  ];

  it('drops three or more headlines that end the page below the last paragraph', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...links)), [P1, P2, P3]);
  });

  it("keeps the story's own closing list: bulleted, with numbers, bracketed, or introduced by a colon", () => {
    const bulleted = links.map((l) => `- ${l}`);
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...bulleted)), [P1, P2, P3, ...bulleted]);
    const bracketed = ['Harbour Nights (Channel Four)', 'The Quay Show (Radio Two)', 'Bridge Street (Channel Five)'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...bracketed)), [P1, P2, P3, ...bracketed]);
    const introduced = ['The shops that asked for help:', ...links];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...introduced)), [P1, P2, P3, ...introduced]);
  });

  it('drops a headline between the last paragraph and the chrome that closes the page', () => {
    const closing = ['Mayor promises a decision on the new ferry terminal', 'Source: Harbour Desk', 'Subscribe to our newsletter'];
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, ...closing)), [P1, P2, P3]);
  });
});
