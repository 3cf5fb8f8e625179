/**
 * A player's or a gallery's label alone on its line (indexer/clean/media-labels.ts), in languages
 * the phrase rules lacked. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMediaLabel } from '../../indexer/clean/media-labels.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { HEADLINE, P1, P2, P3, P4, keptText, page } from '../helpers/bridge-story.ts';

test('a media label between or under the paragraphs is dropped', () => {
  for (const label of ['Wideo', 'Видео', 'Βίντεο', 'Zobacz zdjęcia', 'देखें वीडियो', 'Katso kuvat', '▶ Відео']) {
    assert.ok(!keptText(page(HEADLINE, P1, P2, label, P3, P4)).includes(label), label);
    assert.ok(!keptText(page(HEADLINE, P1, P2, P3, P4, label)).includes(label), label);
  }
});

test('lines that only use the words stay', () => {
  for (const line of [
    'Video of the crash was shared widely online, the police said.',
    'Audio engineers',
    'Wideo z wypadku',
    'Ver fotos antiguas del puerto',
  ]) {
    assert.equal(isMediaLabel(line, countLineWords(line)), false, line);
  }
  const story = 'Wideo z wypadku obejrzało już tysiące osób w całym kraju.';
  assert.ok(keptText(page(HEADLINE, P1, story, P2, P3)).includes(story));
});
