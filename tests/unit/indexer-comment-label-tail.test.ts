/**
 * Below a comment section's label the article is over (issue 18, 18tail7): the readers' lines the
 * comment frame rule does not recognise (a bulleted or numbered author line, the comment under it)
 * go with the label (they are kept on the main before it). Keep cases: the story
 * going on right under a count, a label above the story.
 * The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { droppedReason, HEADLINE, keptText, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

const STORY = [HEADLINE, P1, P2, P3, P4];
/** A blog post's comment section under a one-paragraph post: the frame rule wants two paragraphs above a label. */
const SECTION = [
  '3 Responses to “Harbour bridge to reopen after repairs”',
  '• Pieter says:',
  'Funny… nobody asked the fishermen how long they can wait for the quay to be usable again.',
  '• Anna says:',
  'I am sure the shops will be glad, they have complained about the detour for months now.',
  '• Pieter says:',
  'Or perhaps the council just wants the good news before the election.',
  'Comments are currently closed.',
];

describe('lines below a comment label under the story', () => {
  it('drops every kept line below the label', () => {
    const text = page(HEADLINE, P1, ...SECTION);
    for (const line of SECTION) assert.equal(droppedReason(text, line), 'comments', line);
    assert.deepEqual(keptText(text), [P1]);
  });

  it('drops comments right under a section heading without a number, under a one-paragraph post', () => {
    const comments = [
      'Finally some good news for the shops on the quay, they have waited long enough for this repair.',
      'I hope the night buses will use the bridge again as soon as it opens next Friday morning.',
    ];
    const text = page(HEADLINE, P1, 'Leave a Reply', ...comments);
    for (const line of comments) assert.equal(droppedReason(text, line), 'comments', line);
  });

  it('keeps the story going on right under a comment count below its lead', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, '12 Comments', P2, P3, P4)), [P1, P2, P3, P4]);
  });

  it('keeps the story under a label printed above it', () => {
    const kept = keptText(page('3 Comments', ...STORY));
    for (const p of [P1, P2, P3, P4]) assert.ok(kept.includes(p), p);
  });
});
