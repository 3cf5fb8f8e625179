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
  const next: number[] = new Array(TRIE_SYMBOLS).fill(0);
  const ends: number[] = [0];
  const add = (key: string, flag: number) => {
    const symbols = [...key].map((ch) => (ch === ' ' ? TRIE_SPACE : /[a-z0-9]/.test(ch) ? symbolOf(ch.charCodeAt(0)) : -1));
    if (symbols.includes(-1)) return;
    let node = 0;
    for (const s of symbols) {
      if (next[node * TRIE_SYMBOLS + s] === 0) {
        next[node * TRIE_SYMBOLS + s] = ends.length;
        ends.push(0);
        for (let k = 0; k < TRIE_SYMBOLS; k++) next.push(0);
      }
      node = next[node * TRIE_SYMBOLS + s]!;
    }
    ends[node]! |= flag;
  };
  for (const w of words) add(w, WORD_END);
  for (const p of pairs) add(p, PAIR_END);
  return { next: Int32Array.from(next), ends: Uint8Array.from(ends) };
}

/** The node after `symbol` (symbolOf, or TRIE_SPACE) from `node`, or -1: for tests and slow paths. */
export function step(trie: WordTrie, node: number, symbol: number): number {
  if (node < 0) return -1;
  const n = trie.next[node * TRIE_SYMBOLS + symbol]!;
  return n === 0 ? -1 : n;
}
