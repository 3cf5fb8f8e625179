/**
 * A field's label printed without its value (issue 18, 18junk12): a date cue alone ("Publicerad",
 * "Posted: / Updated:") goes as a dateline, a byline's word alone ("By") as a credit; a line with the
 * value, a sentence or a subheading that merely opens with such a word stays. Invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JunkReason } from '../../engine/contract/types.ts';
import { cleanText } from '../../indexer/clean/index.ts';
import { markBareFieldLabels } from '../../indexer/clean/bare-labels.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';

function lines(...rows: Array<string | [string, JunkReason]>): ContentLine[] {
  return rows.map((row, i) => {
    const [text, reason] = typeof row === 'string' ? [row, null] : row;
    return { line: 2 * i + 1, text, reason, heading: false, words: countLineWords(text) };
  });
}
const reasonOf = (text: string) => {
  const ls = lines(
    ['The harbour bridge reopens', 'headline'],
    text,
    'The bridge over the harbour reopened on Monday after two years of works.',
  );
  markBareFieldLabels(ls, { line: 1 });
  return ls[1]!.reason;
};

describe('a field label without its value', () => {
  it('drops a date cue alone, several joined by a separator, and a byline word alone', () => {
    for (const label of ['Publicerad', 'Uppdaterad', 'Publié', 'Posted: / Updated:', 'Published:'])
      assert.equal(reasonOf(label), 'dateline', label);
    for (const label of ['By', 'Von:']) assert.equal(reasonOf(label), 'credit', label);
  });

  it('keeps a label with its value, and a line that only opens with a cue', () => {
    for (const line of ['Published 3 March 2021', 'By Jane Doe', 'Released on bail, the man went home.', 'Updated plans for the bridge'])
      assert.equal(reasonOf(line), null, line);
  });

  it('takes the label through the whole cleaner', () => {
    const text = [
      'The harbour bridge reopens',
      '',
      'Uppdaterad',
      '',
      'The bridge over the harbour reopened on Monday after two years of works, the council said.',
      '',
      'Drivers crossed it in the first hour, and the ferry that replaced it will stop on Friday.',
    ].join('\n');
    assert.deepEqual(
      cleanText(text)
        .dropped.filter((d) => d.line === 3)
        .map((d) => d.reason),
      ['dateline'],
    );
  });
});
