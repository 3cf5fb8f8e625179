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
  // The trie of the words, then its failure links folded in: `next` is a complete automaton.
  const children: number[][] = [new Array<number>(symbols).fill(-1)];
  const accepts: boolean[] = [false];
  for (const word of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const s = symbol[word.charCodeAt(i)]!;
      if (children[node]![s] === -1) {
        children[node]![s] = children.length;
        children.push(new Array<number>(symbols).fill(-1));
        accepts.push(false);
      }
      node = children[node]![s]!;
    }
    accepts[node] = true;
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
    accepts[node] ||= accepts[fail[node]!]!;
    for (let s = 0; s < symbols; s++) {
      const child = children[node]![s]!;
      if (child === -1) children[node]![s] = children[fail[node]!]![s]!;
      else {
        fail[child] = children[fail[node]!]![s]!;
        queue.push(child);
      }
    }
  }
  const next = new Int32Array(children.length * symbols);
  const accept = new Uint8Array(children.length);
  children.forEach((row, node) => {
    next.set(row, node * symbols);
    accept[node] = accepts[node] ? 1 : 0;
  });
  const width = symbols;
  return (text) => holds(text, next, accept, symbol, width);
}

/** The automaton's walk over `text`, its tables passed in (read as locals, not through a closure's context). */
function holds(text: string, next: Int32Array, accept: Uint8Array, symbol: Uint8Array, width: number): boolean {
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    node = next[node * width + (c < 256 ? symbol[c]! : 0)]!;
    if (accept[node] === 1) return true;
  }
  return false;
}
