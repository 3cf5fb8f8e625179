/**
 * The typo cost stops comparing as soon as a word is over budget, and the prefix cost filters words
 * with one bounded comparison. Those shortcuts must never change a cost: compared here, on random
 * words over a small alphabet (so swaps and repeats are frequent), with the textbook definition
 * (the full optimal-string-alignment matrix, written out below as the oracle).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { osaDistance } from '../../engine/query/edit-distance.ts';
import { prefixTypoCost, typoCost } from '../../engine/query/typos.ts';
import { Vocabulary } from '../../engine/query/vocabulary.ts';

/** Damerau distance, optimal string alignment, full matrix: the definition, not the engine's code. */
function textbookOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + sub);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function referenceCost(query: string, word: string, budget: number): number {
  if (query === word) return 0;
  if (budget <= 0) return Infinity;
  let cost: number;
  if (query[0] === word[0]) cost = textbookOsa(query.slice(1), word.slice(1));
  else cost = budget >= 2 && (query.slice(1) === word.slice(1) || query === word.slice(1) || query.slice(1) === word) ? 2 : Infinity;
  return cost <= budget ? cost : Infinity;
}

function referencePrefixCost(query: string, word: string, budget: number): number {
  if (word.startsWith(query)) return 0;
  let best = Infinity;
  for (let len = 1; len <= word.length; len++) best = Math.min(best, referenceCost(query, word.slice(0, len), budget));
  return best;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 10 });
const budget = fc.integer({ min: 0, max: 2 });

describe('typo cost', () => {
  it('equals the Damerau definition, first-letter rule included', () => {
    fc.assert(
      fc.property(word, word, budget, (q, w, b) => assert.equal(typoCost(q, w, b), referenceCost(q, w, b), `${q} → ${w}, budget ${b}`)),
      { numRuns: 20_000, seed: 4 },
    );
  });

  it('of a prefix equals the best over every beginning of the word', () => {
    fc.assert(
      fc.property(word, word, budget, (q, w, b) =>
        assert.equal(prefixTypoCost(q, w, b), referencePrefixCost(q, w, b), `${q} → ${w}…, budget ${b}`),
      ),
      { numRuns: 20_000, seed: 4 },
    );
  });

  it('finds every vocabulary word within the budget, whole or as a beginning, and nothing else', () => {
    const vocabulary = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 8 }), {
      minLength: 1,
      maxLength: 120,
    });
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 1, max: 2 }), fc.boolean(), (words, q, b, prefix) => {
        const v = new Vocabulary(
          words,
          Uint32Array.from(words, (_, i) => i + 1),
        );
        const found = v
          .corrections(q, b, { prefix })
          .map((c) => `${c.word}:${c.typos}`)
          .sort();
        const expected = words
          .filter((w) => w !== q && !(prefix && w.startsWith(q)))
          .map((w) => `${w}:${prefix ? prefixTypoCost(q, w, b) : typoCost(q, w, b)}`)
          .filter((entry) => !entry.endsWith(':Infinity'))
          .sort();
        assert.deepEqual(found, expected, `${q}${prefix ? '…' : ''}, budget ${b}`);
      }),
      { numRuns: 3_000, seed: 4 },
    );
  });

  it('counts a swap of neighbours as one typo', () => {
    assert.equal(typoCost('goverment', 'govermnet', 2), 1);
    assert.equal(typoCost('electoin', 'election', 1), 1);
    assert.equal(typoCost('minster', 'minister', 1), 1);
    assert.equal(typoCost('abcde', 'badce', 2), Infinity, 'a swapped first letter costs two, leaving nothing for the second swap');
  });
});

describe('osaDistance', () => {
  it('equals the textbook distance when within the bound, and says "over" (max + 1) otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const truth = textbookOsa(a, b);
        assert.equal(osaDistance(a, b, max), truth <= max ? truth : max + 1, `${a} ↔ ${b}, max ${max}`);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
});
