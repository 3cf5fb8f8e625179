/**
 * Source and credit lines closing or opening a story (indexer/clean/source-lines.ts): a wire's
 * slash code, a source label whose name was a link, "From <outlet>", "Read more at <outlet>" in
 * several languages, a wire alone on its line. Invented text; the outlets and addresses are made up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSourceLine } from '../../indexer/clean/source-lines.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { HEADLINE, P1, P2, P3, P4, droppedReason, keptText, page } from '../helpers/bridge-story.ts';

const story = (...tail: string[]) => page(HEADLINE, P1, P2, P3, P4, ...tail);

test('a source or credit line under the story is dropped as a credit', () => {
  for (const line of [
    '/hvb/FINANZ',
    '/NBX',
    'Kaynak:',
    'Źródło :',
    'From The Riverside Chronicle',
    'Via riverside-chronicle.example',
    'Photos and maps, and read more at The Riverside Chronicle.',
    'Läs mer på hamnnytt.example',
    'Lire la suite sur Le Courrier du Port',
    'NTB',
    '(TT)',
    '— BERNAMA',
  ]) {
    const text = story(line);
    assert.ok(!keptText(text).includes(line), `kept: ${line}`);
    assert.equal(droppedReason(text, line), 'credit', line);
  }
});

test('a source label opening the story is dropped too', () => {
  const text = page(HEADLINE, 'Kaynak:', P1, P2, P3);
  assert.ok(!keptText(text).includes('Kaynak:'));
});

test('sentences and labels with the same words stay', () => {
  for (const line of [
    'From Monday the bridge will carry buses again.',
    'From Harbour Street to the station.',
    'Read more at the library, which opens at nine.',
    'Residents can read more at the town hall.',
    'Sources close to the council said the vote was delayed.',
    'The quoted / figures were revised',
    'News',
  ]) {
    assert.equal(isSourceLine(line, countLineWords(line)), false, line);
  }
  // A subheading between paragraphs that opens with "From" and a sentence stays in the text.
  const text = page(HEADLINE, P1, 'From Monday the bridge will carry buses again.', P2, P3, P4);
  assert.ok(keptText(text).includes('From Monday the bridge will carry buses again.'));
});
