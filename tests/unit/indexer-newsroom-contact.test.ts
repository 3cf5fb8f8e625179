/**
 * The newsroom's invitations to write to it (indexer/clean/newsroom-contact.ts): contact labels,
 * corrections prompts and, below the story, calls for witnesses. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADLINE, P1, P2, P3, P4, droppedReason, keptText, page } from '../helpers/bridge-story.ts';

test('contact labels and corrections prompts under the story are dropped', () => {
  for (const line of [
    'Write to the editors',
    'Connect with the Harbour Weekly newsroom:',
    'Kontakt z redakcją',
    'Napište redakci',
    'Spotted a mistake? Tell us and we will put it right.',
    'For corrections to this story, or to send a letter to the editor, click here.',
    'Hai notato un errore? Segnalacelo.',
    'Нашли ошибку?',
  ]) {
    const text = page(HEADLINE, P1, P2, P3, P4, line);
    assert.equal(droppedReason(text, line), 'promotion', line);
  }
});

test('a call for witnesses is dropped below the story and kept inside it', () => {
  const call = 'Were you a witness to something unusual in your street today?';
  assert.equal(droppedReason(page(HEADLINE, P1, P2, P3, P4, call), call), 'promotion');
  const appeal = 'Were you a witness to the crash on the bridge? Police said they would like to hear from drivers.';
  assert.ok(keptText(page(HEADLINE, P1, P2, appeal, P3, P4)).includes(appeal));
});

test('sentences about the newsroom and its corrections stay', () => {
  for (const line of [
    'The editors of the paper said the correction would be printed on Monday.',
    'Staff at the newsroom voted to strike over the new contracts, the union said.',
    'Readers contacted the newsroom after the bridge was closed without warning.',
  ]) {
    const text = page(HEADLINE, P1, P2, P3, line, P4);
    assert.ok(keptText(text).includes(line), line);
  }
});
