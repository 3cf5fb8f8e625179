/**
 * A trie over the lower-case ASCII letters, digits and the space, as one flat array: the outlet
 * list's quick test of a line (outlet-listed.ts) walks it character by character, with no word
 * sliced or lower-cased, since it runs on every line the indexer reads (issue 18's CPU budget).
 * Keys holding any other character are left out: an ASCII word never equals them.
 */
/** a-z, 0-9 and the space. */
export const TRIE_SYMBOLS = 37;
export const TRIE_SPACE = 36;

export interface WordTrie {
  /** next[node * TRIE_SYMBOLS + symbol], 0 for none (the root is never a child). */
  next: Int32Array;
  /** Per node: bit 1 a word key ends here, bit 2 a pair key ("first second") ends here. */
  ends: Uint8Array;
}

export const WORD_END = 1;
export const PAIR_END = 2;

/** The trie symbol of an ASCII letter or digit's char code, capitals as lower case; -1 otherwise. */
export function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return -1;
}

/** Built from one-word keys and two-word keys ("first second"), both folded. */
export function wordTrie(words: Iterable<string>, pairs: Iterable<string>): WordTrie {
  const keys: [string, number][] = [];
  for (const w of words) keys.push([w, WORD_END]);
  for (const p of pairs) keys.push([p, PAIR_END]);
  // At most one node per character of the keys, and the root: built in place, then trimmed (once per process).
  const nodes = keys.reduce((n, [key]) => n + key.length, 1);
  const next = new Int32Array(nodes * TRIE_SYMBOLS);
  const ends = new Uint8Array(nodes);
  let used = 1;
  for (const [key, flag] of keys) {
    if (!/^[a-z0-9 ]+$/.test(key)) continue;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const at = node * TRIE_SYMBOLS + (c === 32 ? TRIE_SPACE : symbolOf(c));
      if (next[at] === 0) next[at] = used++;
      node = next[at]!;
    }
    ends[node]! |= flag;
  }
  return { next: next.slice(0, used * TRIE_SYMBOLS), ends: ends.slice(0, used) };
}

/** The node after `symbol` (symbolOf, or TRIE_SPACE) from `node`, or -1: for tests and slow paths. */
export function step(trie: WordTrie, node: number, symbol: number): number {
  if (node < 0) return -1;
  const n = trie.next[node * TRIE_SYMBOLS + symbol]!;
  return n === 0 ? -1 : n;
}
