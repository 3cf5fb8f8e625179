/**
 * Which groups of literal strings a text holds, in one pass (indexer/infer/word-set.ts
 * `literalGroups`): bit k answers as the group's pattern without flags, on random texts built from
 * the strings' own pieces, and for the newsroom self-references' four cue lists, whose patterns
 * selfReferences ran one after another on the lower-cased line before (18perf18).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SELF_PATTERNS, selfWords } from '../../indexer/infer/outlet-mentions.ts';
import { literalGroups } from '../../indexer/infer/word-set.ts';
import { prng } from '../../bench/scale/seeded.ts';

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Texts of pieces of the strings (whole, cut, in another case), noise and spaces. */
function texts(strings: readonly string[], n: number, seed: number): string[] {
  const r = prng(seed);
  const noise = ['x', ' ', 'é', 'İ', 'ß', '’', "'", 'Σ', '\u{1f600}', 'a', 'e', 'r', '  ', '\n'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = '';
    const parts = Math.floor(r() * 8);
    for (let p = 0; p < parts; p++) {
      const w = strings[Math.floor(r() * strings.length)]!;
      const k = r();
      const piece =
        k < 0.3 ? w : k < 0.6 ? w.slice(0, Math.floor(r() * w.length)) : k < 0.8 ? w.slice(Math.floor(r() * w.length)) : w.toUpperCase();
      t += piece + noise[Math.floor(r() * noise.length)]!;
    }
    out.push(t);
  }
  return out;
}

function assertSame(groups: string[][], samples: readonly string[]): void {
  const held = literalGroups(groups);
  const patterns = groups.map((g) => new RegExp(g.map(escaped).join('|')));
  for (const text of samples) {
    const want = patterns.reduce((mask, p, k) => (p.test(text) ? mask | (1 << k) : mask), 0);
    assert.equal(held(text), want, JSON.stringify(text));
  }
}

describe('groups of literal strings held by a text', () => {
  it('answers as each group pattern, for strings that overlap, nest and share prefixes', () => {
    const groups = [
      ['abcd', 'bc'],
      ['cde', 'xyzzy', 'b'],
      ['has seen', 'has', 'seen by'],
      ['’s', "s'e"],
      ['ß', 'İ'],
    ];
    const all = groups.flat();
    assertSame(groups, texts(all, 5000, 1));
    assertSame(groups, ['', 'abcd', 'xyzzxyzzy', 'ABCD', 'bc', 'has seen by', 'cd e', 'İß']);
  });

  it("gives selfReferences' bits as its four cue patterns on lower-cased lines", () => {
    for (const { words } of SELF_PATTERNS)
      for (const w of words.source.split('|')) assert.equal(escaped(w), w, 'a cue list is literal strings');
    const all = SELF_PATTERNS.flatMap(({ words }) => words.source.split('|'));
    let hits = 0;
    for (const text of texts(all, 20000, 7)) {
      const lower = text.toLowerCase();
      const want = SELF_PATTERNS.reduce((mask, { words }, k) => (words.test(lower) ? mask | (1 << k) : mask), 0);
      assert.equal(selfWords(lower), want, JSON.stringify(lower));
      if (want !== 0) hits++;
    }
    assert.ok(hits > 5000, `${hits} texts hold a cue`);
  });

  it('refuses an empty string and more than 31 groups', () => {
    assert.throws(() => literalGroups([['a', '']]));
    assert.throws(() => literalGroups(Array.from({ length: 32 }, () => ['a'])));
  });
});
