/**
 * A big record file is built in parts (build-pool.ts), and a JSONL file's part reads only its own
 * lines (records.ts `readJsonLines`): its parts, one after another, must give what the whole file
 * gives — the same documents with the same ids, hashes and "record n (line m)" names, the same
 * problems in the same order, and each document's place in the file (`firstIndex`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentsFromFile } from '../../indexer/pipeline.ts';

/** A JSONL file with blank lines, malformed lines, records without text, ids met again (in another case too), no ids. */
function messyFile(seed: number): string {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) {
    const r = next();
    if (r < 0.08) lines.push(r < 0.04 ? '' : '   ');
    else if (r < 0.14) lines.push('{"title": "broken", ');
    else if (r < 0.18) lines.push(JSON.stringify({ title: 'No text here', id: `n${i}` }));
    else if (r < 0.22) lines.push('[1, 2]');
    else {
      const id =
        r < 0.45
          ? `story-${Math.floor(next() * 6)}`
          : r < 0.55
            ? `STORY-${Math.floor(next() * 6)}`
            : r < 0.65
              ? String(Math.floor(next() * 40))
              : undefined;
      lines.push(
        JSON.stringify({ ...(id === undefined ? {} : { id }), title: `Title ${i}`, text: `Paragraph one of ${i}.\n\nParagraph two.` }),
      );
    }
  }
  return lines.join(next() < 0.5 ? '\n' : '\r\n');
}

function summary(found: ReturnType<typeof documentsFromFile>) {
  assert.ok(found.ok);
  return {
    documents: found.documents.map((d, i) => ({ index: found.firstIndex + i, id: d.id, hash: d.contentHash, record: d.record })),
    problems: found.problems,
  };
}

describe('a record file read in parts', () => {
  for (const source of ['feed.jsonl', 'feed.json']) {
    it(`gives, part after part, what the whole file gives (${source})`, () => {
      for (let seed = 1; seed <= 25; seed++) {
        const text = messyFile(seed);
        const json = source.endsWith('.json')
          ? `[${text
              .split(/\r?\n/)
              .filter((l) => l.trim() !== '' && !l.startsWith('{"title": "broken"'))
              .join(',')}]`
          : text;
        const bytes = Buffer.from(json);
        const whole = summary(documentsFromFile({ bytes, source, id: 'feed' }));
        for (const of of [2, 3, 5]) {
          const parts = Array.from({ length: of }, (_, index) =>
            summary(documentsFromFile({ bytes, source, id: 'feed', part: { index, of } })),
          );
          assert.deepEqual(
            { documents: parts.flatMap((p) => p.documents), problems: parts.flatMap((p) => p.problems) },
            whole,
            `seed ${seed}, ${of} parts`,
          );
        }
      }
    });
  }

  it('renames an id met again in an earlier part as the whole file does', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'One.' }),
      JSON.stringify({ id: 'A', text: 'Two.' }),
      JSON.stringify({ id: 'a_2', text: 'Three.' }),
      JSON.stringify({ id: 'a', text: 'Four.' }),
    ];
    const bytes = Buffer.from(lines.join('\n'));
    const ids = (part?: { index: number; of: number }) => {
      const found = documentsFromFile({ bytes, source: 'f.jsonl', id: 'f', ...(part ? { part } : {}) });
      assert.ok(found.ok);
      return found.documents.map((d) => d.id);
    };
    assert.deepEqual(ids(), ['f-a', 'f-A_2', 'f-a_2_3', 'f-a_4']);
    assert.deepEqual([...ids({ index: 0, of: 2 }), ...ids({ index: 1, of: 2 })], ids());
    assert.deepEqual(ids({ index: 3, of: 4 }), ['f-a_4']);
  });
});
