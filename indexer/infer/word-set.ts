/**
 * Whether a text holds any of a set of literal strings, case aside, in one pass over its
 * characters: the answer of `new RegExp(words.join('|'), 'i').test(text)` (an i flag without u:
 * an ASCII letter in its two cases, a Latin-1 letter with its Latin-1 capital, nothing else folded),
 * as an Aho–Corasick automaton over the characters the strings use. A line's cheap first test with
 * tens of alternatives ran the pattern's alternation at every position of every line (issue 18's
 * CPU budget); the automaton reads each character once, with one table look-up.
 */

/** Latin-1 letters whose capital is also in Latin-1 (and the reverse): à-þ but ÷, À-Þ but ×. */
function latin1Partner(c: number): number {
  if (c >= 0xe0 && c <= 0xfe && c !== 0xf7) return c - 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return -1;
}

/**
 * The test for `words`: each must be non-empty and written in ASCII or in Latin-1 letters that have
 * a Latin-1 partner of the other case (no "ÿ", "µ", "ß", whose case partner lies beyond Latin-1).
 */
export function caselessWordSet(words: readonly string[]): (text: string) => boolean {
  // Symbols: 0 for any character no word holds; one per character of the words, shared by its two cases.
  const symbol = new Uint8Array(256);
  let symbols = 1;
  for (const word of words) {
    if (word === '') throw new Error('caselessWordSet: an empty word');
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const partner = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : latin1Partner(c);
      if (c >= 0x80 && partner === -1) throw new Error(`caselessWordSet: '${word[i]}' folds beyond Latin-1`);
      if (symbol[c] !== 0) continue;
      symbol[c] = symbols;
      if (partner !== -1) symbol[partner] = symbols;
      symbols++;
    }
  }
  if (symbols > 255) throw new Error('caselessWordSet: too many characters');
  const { children, ends } = completeTrie(
    words.map((word) => [word, 1]),
    symbols,
    (c) => symbol[c]!,
  );
  // The walk reads one entry a character: an entry is the next node's row (its number times the
  // symbols), or -1 where that node accepts (the walk stops there); every code unit has its symbol.
  const next = new Int32Array(children.length * symbols);
  children.forEach((row, node) => {
    for (let s = 0; s < symbols; s++) next[node * symbols + s] = ends[row[s]!] !== 0 ? -1 : row[s]! * symbols;
  });
  const symbolOf = new Uint8Array(0x10000);
  symbolOf.set(symbol);
  return (text) => holds(text, next, symbolOf);
}

/**
 * The automaton's walk over `text`, its tables passed in (read as locals, not through a closure's
 * context): one table read a character and no multiplication (the rows are offsets), a third
 * less CPU than a table of node numbers and a separate table of accepting nodes (18perf18).
 */
function holds(text: string, next: Int32Array, symbolOf: Uint8Array): boolean {
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    row = next[row + symbolOf[text.charCodeAt(i)]!]!;
    if (row < 0) return true;
  }
  return false;
}

/**
 * Which groups of literal strings a text holds, in one pass over its characters: bit k of the answer
 * is `new RegExp(groups[k].join('|')).test(text)` (no flags: each code unit as it is, so a lower-cased
 * line is read for lower-case words). An Aho–Corasick automaton whose nodes carry the groups of the
 * strings ending there; the walk stops when every group is found. For a line read for several cue
 * lists, one pass instead of one pattern's scan per list (18perf18). At most 31 groups, each of
 * non-empty strings; any code unit may stand in them.
 */
export function literalGroups(groups: readonly (readonly string[])[]): (text: string) => number {
  if (groups.length > 31) throw new Error('literalGroups: too many groups');
  const symbolOf = new Uint16Array(0x10000);
  let symbols = 1;
  for (const group of groups)
    for (const word of group) {
      if (word === '') throw new Error('literalGroups: an empty string');
      for (let i = 0; i < word.length; i++) if (symbolOf[word.charCodeAt(i)] === 0) symbolOf[word.charCodeAt(i)] = symbols++;
    }
  const { children, ends } = completeTrie(
    groups.flatMap((group, k) => group.map((word): [string, number] => [word, 1 << k])),
    symbols,
    (c) => symbolOf[c]!,
  );
  // Rows as offsets, as `holds` reads them; a node's groups beside.
  const next = new Int32Array(children.length * symbols);
  const found = new Int32Array(children.length * symbols);
  children.forEach((row, node) => {
    for (let s = 0; s < symbols; s++) {
      next[node * symbols + s] = row[s]! * symbols;
      found[node * symbols + s] = ends[row[s]!]!;
    }
  });
  const all = groups.length === 0 ? 0 : 2 ** groups.length - 1;
  return (text) => groupsIn(text, next, found, symbolOf, all);
}

function groupsIn(text: string, next: Int32Array, found: Int32Array, symbolOf: Uint16Array, all: number): number {
  let row = 0;
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const at = row + symbolOf[text.charCodeAt(i)]!;
    row = next[at]!;
    const f = found[at]!;
    if (f !== 0) {
      mask |= f;
      if (mask === all) return mask;
    }
  }
  return mask;
}

/**
 * The trie of `entries` (each string with the bits it carries) with its failure links folded in:
 * every node's row is complete (a missing child is where the automaton goes instead), and a node's
 * bits are those of every string ending there or at one of its suffixes. Both automata above are
 * built by it; `symbolAt` gives a code unit's symbol (0 for one no string holds).
 */
function completeTrie(
  entries: readonly (readonly [string, number])[],
  symbols: number,
  symbolAt: (code: number) => number,
): { children: number[][]; ends: number[] } {
  const children: number[][] = [new Array<number>(symbols).fill(-1)];
  const ends: number[] = [0];
  for (const [word, bits] of entries) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const s = symbolAt(word.charCodeAt(i));
      if (children[node]![s] === -1) {
        children[node]![s] = children.length;
        children.push(new Array<number>(symbols).fill(-1));
        ends.push(0);
      }
      node = children[node]![s]!;
    }
    ends[node] = ends[node]! | bits;
  }
  const fail = new Array<number>(children.length).fill(0);
  const queue: number[] = [];
  for (let s = 0; s < symbols; s++) {
    const child = children[0]![s]!;
    if (child === -1) children[0]![s] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    ends[node] = ends[node]! | ends[fail[node]!]!;
    for (let s = 0; s < symbols; s++) {
      const child = children[node]![s]!;
      if (child === -1) children[node]![s] = children[fail[node]!]![s]!;
      else {
        fail[child] = children[fail[node]!]![s]!;
        queue.push(child);
      }
    }
  }
  return { children, ends };
}
