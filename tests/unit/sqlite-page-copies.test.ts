/**
 * A collapsed page's copies lines counted over typed arrays (engine/sqlite/page-copies.ts) say
 * exactly what the contract's `hitCopies` says of the same copies: paragraphs, distinct other
 * articles, outlets by frequency then name; and they leave the group marks zeroed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitCopies } from '../../engine/contract/hit-copies.ts';
import { pageCopies, type CopySource } from '../../engine/sqlite/page-copies.ts';
import { Draw } from '../../bench/scale/seeded.ts';

/** The reference: every member of the row's group among the matches but the row itself, through hitCopies. */
function expected(snap: CopySource, matches: Uint32Array, row: number) {
  const others = Array.from(matches).filter((r) => r !== row && snap.copyGroupOf[r] === snap.copyGroupOf[row]);
  return hitCopies(
    others.map((r) => ({ article: snap.articleOf[r]!, outlet: snap.outlets[snap.outletCode[r]!]! })),
    snap.articleOf[row]!,
  );
}

/** `rows` paragraphs in `groups` copy groups (led by their first member), articles of a few paragraphs, a few outlets. */
function corpus(draw: Draw, rows: number, groups: number): CopySource {
  const outlets = ['Wire B', 'wire a', 'Wire A', 'Daily', 'Post', 'Zeta'];
  const copyGroupOf = new Uint32Array(rows);
  const leaders: number[] = [];
  for (let r = 1; r < rows; r++) {
    if (leaders.length < groups && (leaders.length === 0 || draw.below(3) === 0)) leaders.push(r);
    copyGroupOf[r] = leaders[draw.below(leaders.length)]!;
    if (copyGroupOf[r]! > r) copyGroupOf[r] = r;
  }
  for (const g of leaders) copyGroupOf[g] = g;
  // Several paragraphs per article, so a group can repeat inside one article (and inside the row's own).
  const articleOf = Uint32Array.from({ length: rows }, (_, r) => 1 + Math.floor(r / 3) + (draw.below(4) === 0 ? 1 : 0));
  const outletCode = Uint32Array.from({ length: rows }, () => draw.below(outlets.length));
  return { copyGroupOf, articleOf, outletCode, outlets };
}

describe('collapsed page copies (typed arrays)', () => {
  it('match hitCopies on every page row, across many drawn corpora and pages', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const draw = new Draw(seed);
      const rows = 20 + draw.below(200);
      const snap = corpus(draw, rows, 1 + draw.below(12));
      const matches = Uint32Array.from({ length: rows - 1 }, (_, i) => i + 1).filter(() => draw.below(5) !== 0);
      if (matches.length === 0) continue;
      // One row per group among the matches, as a collapsed page is; some groups left off the page.
      const page: number[] = [];
      const onPage = new Set<number>();
      for (const r of matches) {
        if (onPage.has(snap.copyGroupOf[r]!) || draw.below(4) === 0) continue;
        onPage.add(snap.copyGroupOf[r]!);
        page.push(r);
      }
      const slots = new Uint32Array(rows);
      const copies = pageCopies(snap, slots, matches, page);
      for (const row of page) assert.deepEqual(copies(row), expected(snap, matches, row), `seed ${seed}, row ${row}`);
      assert.ok(
        slots.every((v) => v === 0),
        'the group marks are left zeroed for the next use',
      );
    }
  });

  it('orders outlets by copies, then by name as strings compare, and counts the own article out', () => {
    // Group 1: rows 1-7. Row 1 (article 10) is shown; row 2 is in its article too.
    const snap: CopySource = {
      copyGroupOf: Uint32Array.of(0, 1, 1, 1, 1, 1, 1, 1),
      articleOf: Uint32Array.of(0, 10, 10, 11, 11, 12, 13, 13),
      outletCode: Uint32Array.of(0, 0, 2, 1, 1, 2, 0, 3),
      outlets: ['b', 'a', 'B', 'c'],
    };
    const copies = pageCopies(snap, new Uint32Array(8), Uint32Array.of(1, 2, 3, 4, 5, 6, 7), [1]);
    assert.deepEqual(copies(1), { count: 6, articles: 3, outlets: ['B', 'a', 'b', 'c'] });
    assert.deepEqual(copies(1), expected(snap, Uint32Array.of(1, 2, 3, 4, 5, 6, 7), 1));
    assert.deepEqual(copies(4), { count: 0, articles: 0, outlets: [] }, 'a row not on the page');
  });
});
