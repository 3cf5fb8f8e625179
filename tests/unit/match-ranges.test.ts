/** Match ranges: FTS5's sentinel marks and Meilisearch's byte positions to UTF-16 ranges, and the server's one renderer. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rangesOfBytes, rangesOfMarked, unitedRanges } from '../../engine/contract/match-ranges.ts';
import { matchesOf } from '../../engine/meilisearch/matches.ts';
import { markHtml } from '../../server/marks.ts';
import { matchesPosition } from './meilisearch-replay.ts';

const spans = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));

describe('match ranges', () => {
  it('reads the ranges a sentinel-marked text marks, in offsets of the text without sentinels', () => {
    const text = 'Café 🙂 truce, 東京 truce';
    const marked = 'Café 🙂 \u0001truce\u0002, 東京 \u0001truce\u0002';
    const ranges = rangesOfMarked(marked);
    assert.deepEqual(spans(text, ranges), ['truce', 'truce']);
    assert.deepEqual(ranges, [
      [8, 13],
      [18, 23],
    ]);
    // Unbalanced: a stray close is ignored, an empty pair marks nothing, an open runs to the end.
    assert.deepEqual(rangesOfMarked('a\u0002b\u0001\u0002c\u0001de'), [[3, 5]]);
  });

  it("turns Meilisearch's UTF-8 byte positions into UTF-16 ranges, past accents, emoji and other scripts", () => {
    const text = 'Ünïcödé 🙂🙂 truce — 東京 TRUCE 👩‍👩‍👧 truce';
    const marked = 'Ünïcödé 🙂🙂 \u0001truce\u0002 — \u0001東京\u0002 \u0001TRUCE\u0002 👩‍👩‍👧 \u0001truce\u0002';
    const ranges = matchesOf({ _matchesPosition: matchesPosition(marked) }, text);
    assert.deepEqual(spans(text, ranges), ['truce', '東京', 'TRUCE', 'truce']);
    assert.deepEqual(ranges, rangesOfMarked(marked));
  });

  it('agrees with the byte offsets of random texts, and widens a bound inside a character to the whole of it', () => {
    const alphabet = ['a', 'b', ' ', 'é', 'ß', '東', '🙂', '👩‍👧', '\u0301'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 2_000; round++) {
      const chars = Array.from({ length: 1 + next(12) }, () => alphabet[next(alphabet.length)]!).join('');
      const points = Array.from(chars);
      const from = next(points.length);
      const to = from + 1 + next(points.length - from);
      const start = points.slice(0, from).join('').length;
      const end = points.slice(0, to).join('').length;
      const byteStart = Buffer.byteLength(chars.slice(0, start));
      const byteLength = Buffer.byteLength(chars.slice(start, end));
      assert.deepEqual(rangesOfBytes(chars, [{ start: byteStart, length: byteLength }]), [[start, end]], chars);
    }
    // 🙂 is 4 bytes at byte 1: a position starting at byte 2 and one byte long covers it whole.
    assert.deepEqual(rangesOfBytes('a🙂b', [{ start: 2, length: 1 }]), [[1, 3]]);
    // Past the end, empty or malformed positions are dropped; overlapping ones united.
    assert.deepEqual(
      rangesOfBytes('abc', [
        { start: 5, length: 1 },
        { start: 1, length: 0 },
        { start: -1, length: 2 },
      ]),
      [],
    );
    assert.deepEqual(
      rangesOfBytes('abcdef', [
        { start: 3, length: 2 },
        { start: 0, length: 2 },
        { start: 1, length: 3 },
      ]),
      [[0, 5]],
    );
    assert.deepEqual(matchesOf({ _matchesPosition: { text: 'nonsense' } }, 'abc'), []);
    assert.deepEqual(matchesOf({}, 'abc'), []);
  });

  it('unites overlapping and touching ranges, in order', () => {
    assert.deepEqual(
      unitedRanges([
        [5, 7],
        [0, 2],
        [2, 3],
        [6, 9],
      ]),
      [
        [0, 3],
        [5, 9],
      ],
    );
  });

  it('renders ranges as <mark> over escaped text, and never trusts a range', () => {
    const text = 'Use <b>bold</b> & "quotes" for the truce <script>';
    assert.equal(
      markHtml(text, [[35, 40]]),
      'Use &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot; for the <mark>truce</mark> &lt;script&gt;',
    );
    assert.equal(markHtml('a<b', [[1, 2]]), 'a<mark>&lt;</mark>b');
    // Out of order, overlapping or out of bounds: clipped, the text always whole and escaped.
    assert.equal(
      markHtml('abcdef', [
        [3, 5],
        [1, 4],
        [4, 99],
        [-3, 0],
      ]),
      'abc<mark>de</mark><mark>f</mark>',
    );
    assert.equal(markHtml('x&y', []), 'x&amp;y');
  });
});
