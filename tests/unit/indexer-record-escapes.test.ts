import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFromFile } from '../../indexer/pipeline.ts';

/**
 * A .jsonl record whose text carries one escape in raw JSON, among the escapes every record has
 * (line breaks, quotes, an escaped backslash): its article's paragraphs. The escape sits inside a
 * word: a control left there would part it (\f and U+FEFF are whitespace to the cleaner).
 */
function paragraphsWith(controlEscape: string): string[] {
  const line = `{"id":"e","title":"Harbour works end","language":"en","text":"The \\"new\\" quay opened on Monday, C:\\\\docs said.\\n\\nCranes moved in on Tues${controlEscape}day morning after the long delay."}`;
  const r = articleFromFile({ bytes: Buffer.from(line), source: 'escapes.jsonl' });
  assert.ok(r.ok, controlEscape);
  return r.article.paragraphs.map((p) => p.text);
}

describe('a record file: control characters that arrive as escapes', () => {
  it('removes each one found alone in a record, whatever the case of its hex digits', () => {
    for (const controlEscape of ['\\b', '\\f', '\\u0001', '\\u001F', '\\u001f', '\\u007F', '\\uFEFF', '\\ufeff', '\\u0000', '\\u000B']) {
      assert.deepEqual(
        paragraphsWith(controlEscape),
        ['The "new" quay opened on Monday, C:\\docs said.', 'Cranes moved in on Tuesday morning after the long delay.'],
        controlEscape,
      );
    }
  });

  it('makes a carriage return a line break', () => {
    assert.deepEqual(paragraphsWith('\\r\\r'), [
      'The "new" quay opened on Monday, C:\\docs said.',
      'Cranes moved in on Tues',
      'day morning after the long delay.',
    ]);
  });

  it('keeps an escaped backslash before letters that would otherwise make an escape', () => {
    assert.deepEqual(paragraphsWith(' \\\\u0001 \\\\b'), [
      'The "new" quay opened on Monday, C:\\docs said.',
      'Cranes moved in on Tues \\u0001 \\bday morning after the long delay.',
    ]);
  });
});
