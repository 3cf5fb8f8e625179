/**
 * The first-seen figures count, per side, the answers held outside the search: those that took
 * HELD_MS or more beyond the engine's own time (issue 24: a kind's p99 over 40 queries is its
 * slowest one, so one collection landing on it decides the ratio).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answered } from '../../bench/scale/ask-once.ts';
import { firstSeenFigures, HELD_MS, p99Rank, renderFirstSeen } from '../../bench/scale/first-seen-table.ts';
import type { FirstSeenQuery } from '../../bench/scale/first-seen.ts';
import { percentiles } from '../../bench/scale/proc.ts';

const queries: FirstSeenQuery[] = [
  { kind: 'very common', q: 'most' },
  { kind: 'very common', q: 'that' },
  { kind: 'common', q: 'target' },
  { kind: 'rare', q: 'quokka' },
];
const answer = (ms: number, tookMs: number): Answered => ({ ms, total: 1, tookMs });

describe('first-seen figures', () => {
  it('count the answers held HELD_MS or more beyond the engine time, per side, and print them', () => {
    const plain = [answer(2, 0.5), answer(2 + HELD_MS, 1), answer(40, 38), answer(3, 2)];
    const collapsed = [answer(14, 0.5), answer(HELD_MS, 1), answer(0.5 + HELD_MS, 0.5), answer(3, 2.5)];
    // The in-process baseline has no engine time of its own: never counted.
    const baseline = queries.map(() => ({ ms: 100, total: 1 }));
    const figures = firstSeenFigures(1, queries, plain, baseline, collapsed);

    // Plain: only the second (just HELD_MS beyond); the third is slow, but in the search.
    // Collapsed: the first and the third (just HELD_MS beyond), not the second (just under).
    assert.deepEqual(figures.held, { plain: 1, collapsed: 2 });
    assert.deepEqual(
      figures.queries.map((r) => [r.tookMs, r.collapsedTookMs]),
      plain.map((a, i) => [a.tookMs, collapsed[i]!.tookMs]),
    );
    assert.match(renderFirstSeen(figures), new RegExp(`held ${HELD_MS} ms or more beyond the engine's own time.*: 1 plain, 2 collapsed`));
  });

  it("say which slowest query each kind's p99 is", () => {
    // As proc.ts `percentiles` picks it: the slowest of 40 (a kind's p99 until issue 24), the second of 120.
    assert.deepEqual([1, 40, 99, 120].map(p99Rank), [1, 1, 1, 2]);
    for (let n = 1; n <= 500; n++) {
      const times = Array.from({ length: n }, (_, i) => i + 1);
      assert.equal(percentiles(times).p99, n - p99Rank(n) + 1, `n ${n}`);
    }
    const plain = queries.map(() => answer(2, 1));
    const figures = firstSeenFigures(
      1,
      queries,
      plain,
      queries.map(() => ({ ms: 1, total: 1 })),
      plain,
    );
    assert.match(renderFirstSeen(figures), /p99 is a kind's k-th slowest query \(k\/n\): very common 1\/2, common 1\/1, rare 1\/1/);
  });
});
