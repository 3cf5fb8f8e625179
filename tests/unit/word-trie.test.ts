/**
 * The word trie behind the outlet list's quick line test (issue 18): one-word and two-word keys,
 * walked a character at a time with capitals as lower case; keys it cannot hold are left out.
 * The keys here are made up.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokensOf } from '../../indexer/infer/outlet-listed-index.ts';
import { PAIR_END, step, symbolOf, TRIE_SPACE, WORD_END, type WordTrie, wordTrie } from '../../indexer/infer/word-trie.ts';

/** The node after walking `text` from the root (a space as TRIE_SPACE), or -1. */
function walk(trie: WordTrie, text: string): number {
  let node = 0;
  for (const ch of text) node = step(trie, node, ch === ' ' ? TRIE_SPACE : symbolOf(ch.charCodeAt(0)));
  return node;
}

function ends(trie: WordTrie, text: string): number {
  const node = walk(trie, text);
  return node === -1 ? 0 : trie.ends[node]!;
}

describe('word trie', () => {
  const trie = wordTrie(['zorblat', 'zorb', 'kx9'], ['zorblat daily', 'quen post']);

  it('marks where a word key and a pair key end, and nothing on the way', () => {
    assert.equal(ends(trie, 'zorblat'), WORD_END);
    assert.equal(ends(trie, 'zorb'), WORD_END);
    assert.equal(ends(trie, 'kx9'), WORD_END);
    assert.equal(ends(trie, 'zorbla'), 0);
    assert.equal(ends(trie, 'zorblat daily'), PAIR_END);
    assert.equal(ends(trie, 'quen post'), PAIR_END);
    assert.equal(ends(trie, 'quen'), 0, 'the first word of a pair is no word key');
    assert.equal(ends(trie, 'quen pos'), 0);
  });

  it('reads capitals as lower case and ends the walk on an unknown path', () => {
    assert.equal(ends(trie, 'ZorBlat'), WORD_END);
    assert.equal(walk(trie, 'zorx'), -1);
    assert.equal(step(trie, -1, symbolOf(97)), -1);
  });

  it('gives no symbol to anything but ASCII letters and digits', () => {
    for (const ch of [' ', '-', '.', 'é', '’', '£']) assert.equal(symbolOf(ch.charCodeAt(0)), -1, ch);
    assert.deepEqual(
      ['a', 'z', 'A', 'Z', '0', '9'].map((ch) => symbolOf(ch.charCodeAt(0))),
      [0, 25, 0, 25, 26, 35],
    );
  });

  it('leaves out keys an ASCII word cannot spell', () => {
    const other = wordTrie(['søren', 'plain'], ['élan post']);
    assert.equal(walk(other, 's'), -1, 'no node was made for the key with ø');
    assert.equal(walk(other, 'lan'), -1);
    assert.equal(ends(other, 'plain'), WORD_END);
  });
});

describe('tokensOf', () => {
  it('reads an ASCII line as the Unicode pattern does', () => {
    const texts = ['The Zorblat Daily, 12 May: x-ray 3.5% (AB2)', '  --  ', 'a', 'Quen Post’s £5 café', 'ends9'];
    for (const text of texts) {
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
        raw: m[0],
        folded: m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
        start: m.index,
        end: m.index + m[0].length,
      }));
      assert.deepEqual(tokensOf(text), expected, text);
    }
  });
});
