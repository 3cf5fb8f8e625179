/**
 * The typo cost skips the Damerau matrix when no transposition can help. That shortcut must never
 * change a cost: compared here, on random words over a small alphabet (so swaps and repeats are
 * frequent), with the plain definition computed by the Damerau library alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import damerau from 'damerau-levenshtein';
import fc from 'fast-check';
import { prefixTypoCost, typoCost } from '../../engine/typos.ts';
import { Vocabulary } from '../../engine/vocabulary.ts';

function referenceCost(query: string, word: string, budget: number): number {
  if (query === word) return 0;
  if (budget <= 0) return Infinity;
  let cost: number;
  if (query[0] === word[0]) cost = damerau(query.slice(1), word.slice(1)).steps;
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
      fc.property(word, word, budget, (q, w, b) => assert.equal(prefixTypoCost(q, w, b), referencePrefixCost(q, w, b), `${q} → ${w}…, budget ${b}`)),
      { numRuns: 20_000, seed: 4 },
    );
  });

  it('finds every vocabulary word within the budget, whole or as a beginning, and nothing else', () => {
    const vocabulary = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 1, max: 2 }), fc.boolean(), (words, q, b, prefix) => {
        const v = new Vocabulary(words, Uint32Array.from(words, (_, i) => i + 1));
        const found = v.corrections(q, b, { prefix }).map((c) => `${c.word}:${c.typos}`).sort();
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
