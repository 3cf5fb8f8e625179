/**
 * A cheap first look for the phrase rules' cue patterns (phrases.ts). Most short lines a page holds
 * meet a few dozen rules whose first step is a case-blind search for one of many words of the trade
 * in many languages ("unlimited access", "abonnez-vous", "newsletter"…); on a line that holds none of
 * them each search still reads the whole line, ~2–3 ns a character for a long alternation.
 *
 * Instead, each line is read once: which runs of three ASCII letters it holds (case folded), and
 * whether it holds a letter beyond ASCII. A cue pattern is read once, at load, for what every match
 * of it must contain: for each of its alternatives, three letters in a row that the alternative
 * spells out whatever the match (or, for a word in another script, some letter beyond ASCII). A
 * line holding none of them cannot match the pattern, and the rule is not tried on it. The answer is
 * the pattern's own: a pattern this reading does not understand gets no gate, and is always tried.
 */

/** Key of "some letter beyond ASCII" (the trigram codes take 15 bits). */
const BEYOND_ASCII = 1 << 15;

/** The line each key was last seen in; a key is in the current line when it holds `current`. */
const SEEN = new Int32Array(BEYOND_ASCII + 1);
let current = 0;

/** ASCII letters folded to 1–26, 0 for any other ASCII character. */
const ASCII_FOLD = new Uint8Array(0x80);
for (let c = 0x41; c <= 0x5a; c++) ASCII_FOLD[c] = ASCII_FOLD[c + 0x20] = c - 0x40;

/** An ASCII letter folded to 1–26, 0 for anything else; `ſ` (U+017F) and the Kelvin sign fold to `s` and `k` under /iu. */
function foldedLetter(c: number): number {
  if (c < 0x80) return ASCII_FOLD[c]!;
  return c === 0x17f ? 19 : c === 0x212a ? 11 : 0;
}

/**
 * A code unit that may be (or case-fold to) a letter beyond ASCII: everything from U+00C0 but × ÷
 * and the general punctuation block (’ “ — …), and µ (which folds to Greek mu). Erring towards yes
 * only costs a rule tried for nothing.
 */
function mayBeLetterBeyondAscii(c: number): boolean {
  if (c < 0xc0) return c === 0xb5;
  return c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f);
}

/**
 * Reads a line's keys; `passes` then answers for this line until the next `readLine`. One walk
 * over its characters, ASCII through a table (~3 regex searches' time on this machine).
 */
export function readLine(text: string): void {
  if (++current === 0x7fffffff) {
    SEEN.fill(0);
    current = 1;
  }
  const seen = current;
  let code = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < 0x80) f = ASCII_FOLD[c]!;
    else {
      f = foldedLetter(c);
      if (f === 0 && mayBeLetterBeyondAscii(c)) SEEN[BEYOND_ASCII] = seen;
    }
    if (f === 0) {
      run = 0;
      continue;
    }
    code = ((code << 5) | f) & 0x7fff;
    if (++run >= 3) SEEN[code] = seen;
  }
}

/** Whether the line last read holds one of the keys (`gateOf`). */
export function passes(keys: Int32Array): boolean {
  for (let i = 0; i < keys.length; i++) if (SEEN[keys[i]!] === current) return true;
  return false;
}

/** English letters from most to least frequent: a rarer trigram turns away more lines. */
const LETTER_ORDER = 'etaoinshrdlcumwfgypbvkjxqz';
/** Trigrams found in most lines of running text in the languages met most, chosen last. */
const COMMON_TRIGRAMS = new Set(
  'the and ing ion tio ent ati for her ter hat tha ere ate his con res ver all ons nce men ith ted ers pro thi wit are ess not ive was ect rea com eve per int est sta you our out der die und ein sch ich den che ung les que des ent par ell del ade ost con est'.split(
    ' ',
  ),
);

interface Requirement {
  keys: number[];
  /** A rough share of lines holding one of the keys: the smaller, the better the gate. */
  share: number;
}

function trigramShare(a: number, b: number, c: number): number {
  const letter = (f: number) => String.fromCharCode(0x60 + f);
  if (COMMON_TRIGRAMS.has(letter(a) + letter(b) + letter(c))) return 1;
  const rank = (f: number) => LETTER_ORDER.indexOf(letter(f));
  return 0.9 ** (rank(a) + rank(b) + rank(c));
}

/** Answers of `needsBeyondAscii`, by character: the cue patterns share most of their letters. */
const BEYOND_ASCII_LETTERS = new Map<string, boolean>();

/** A pattern character beyond ASCII that no ASCII letter matches case-blind: a letter is then needed beyond ASCII. */
function needsBeyondAscii(ch: string): boolean {
  let needs = BEYOND_ASCII_LETTERS.get(ch);
  if (needs === undefined) {
    needs = /\p{L}/u.test(ch);
    if (needs) {
      const re = new RegExp(ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'iu');
      for (let c = 0x41; c <= 0x7a && needs; c++) if (re.test(String.fromCharCode(c))) needs = false;
    }
    BEYOND_ASCII_LETTERS.set(ch, needs);
  }
  return needs;
}

/**
 * The keys one of which every match of `pattern` holds, or null when the pattern is not read (a
 * construct this reader does not know, an alternative with nothing required, a stateful flag).
 */
export function gateOf(pattern: RegExp): Int32Array | null {
  if (pattern.global || pattern.sticky) return null;
  const unicode = pattern.unicode;
  const source = pattern.source;
  let at = 0;

  function disjunction(): Requirement | null {
    const alternatives: Array<Requirement | null> = [alternative()];
    while (source[at] === '|') {
      at++;
      alternatives.push(alternative());
    }
    const keys = new Set<number>();
    let share = 0;
    for (const a of alternatives) {
      if (a === null) return null;
      for (const k of a.keys) keys.add(k);
      share += a.share;
    }
    return { keys: [...keys], share: Math.min(1, share) };
  }

  /** The best single requirement of a sequence; null when it requires nothing readable. */
  function alternative(): Requirement | null {
    let best: Requirement | null = null;
    /** Folded letters (1–26), 0 for another character, -1 for a letter beyond ASCII. */
    let run: number[] = [];
    const offer = (r: Requirement | null) => {
      if (r !== null && (best === null || r.share < best.share)) best = r;
    };
    const endRun = () => {
      let top: Requirement | null = null;
      for (let i = 0; i + 2 < run.length; i++) {
        const [a, b, c] = [run[i]!, run[i + 1]!, run[i + 2]!];
        if (a <= 0 || b <= 0 || c <= 0) continue;
        const share = trigramShare(a, b, c);
        if (top === null || share < top.share) top = { keys: [(a << 10) | (b << 5) | c], share };
      }
      if (top === null && run.includes(-1)) top = { keys: [BEYOND_ASCII], share: 0.5 };
      offer(top);
      run = [];
    };

    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const ch = source[at]!;
      let atom: { kind: 'char'; code: number } | { kind: 'group'; req: Requirement | null } | { kind: 'other' } | { kind: 'none' };
      if (ch === '(') {
        if (
          source.startsWith('(?=', at) ||
          source.startsWith('(?!', at) ||
          source.startsWith('(?<=', at) ||
          source.startsWith('(?<!', at)
        ) {
          at += source[at + 2] === '<' ? 4 : 3;
          disjunction();
          if (source[at] !== ')') throw new Error('unread');
          at++;
          atom = { kind: 'none' };
        } else {
          if (source.startsWith('(?:', at)) at += 3;
          else if (source.startsWith('(?<', at)) at = source.indexOf('>', at) + 1;
          else if (source.startsWith('(?', at)) throw new Error('unread');
          else at++;
          const req = disjunction();
          if (source[at] !== ')') throw new Error('unread');
          at++;
          atom = { kind: 'group', req };
        }
      } else if (ch === '[') {
        at++;
        if (source[at] === '^') at++;
        if (source[at] === ']') at++;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        if (source[at] !== ']') throw new Error('unread');
        at++;
        atom = { kind: 'other' };
      } else if (ch === '\\') {
        const next = source[at + 1];
        if (next === undefined) throw new Error('unread');
        if (/[A-Za-z0-9]/.test(next)) {
          // Classes, boundaries, escapes by number or name: no literal character to rely on.
          if ((next === 'p' || next === 'P' || next === 'k') && (source[at + 2] === '{' || source[at + 2] === '<')) {
            at = source.indexOf(next === 'k' ? '>' : '}', at) + 1;
            if (at === 0) throw new Error('unread');
          } else if (next === 'u' && source[at + 2] === '{') {
            at = source.indexOf('}', at) + 1;
          } else if (next === 'u') at += 6;
          else if (next === 'x') at += 4;
          else if (next === 'c') at += 3;
          else at += 2;
          atom = next === 'b' || next === 'B' ? { kind: 'none' } : { kind: 'other' };
        } else {
          at += 2;
          atom = { kind: 'char', code: next.charCodeAt(0) };
        }
      } else if (ch === '^' || ch === '$') {
        at++;
        atom = { kind: 'none' };
      } else if (ch === '.' || ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '}' || ch === ']') {
        // A quantifier with nothing before it, or a brace read literally: not this reader's.
        if (ch !== '.') throw new Error('unread');
        at++;
        atom = { kind: 'other' };
      } else {
        const cp = unicode ? source.codePointAt(at)! : source.charCodeAt(at);
        at += cp > 0xffff ? 2 : 1;
        atom = { kind: 'char', code: cp };
      }

      // The atom's quantifier: its least count, and whether it may repeat.
      let min = 1;
      let repeats = false;
      const q = source[at];
      if (q === '?' || q === '*') {
        min = 0;
        at++;
      } else if (q === '+') {
        repeats = true;
        at++;
      } else if (q === '{') {
        const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(at));
        if (!m) throw new Error('unread');
        min = Number(m[1]);
        repeats = m[2] !== undefined || min > 1;
        at += m[0].length;
      }
      // A lazy quantifier ("+?") matches the same texts.
      if (q !== undefined && '?*+{'.includes(q) && source[at] === '?') at++;

      if (atom.kind === 'char') {
        if (min === 0) {
          endRun();
          continue;
        }
        const f = atom.code < 0x80 ? foldedLetter(atom.code) : 0;
        run.push(f > 0 ? f : atom.code >= 0x80 && needsBeyondAscii(String.fromCodePoint(atom.code)) ? -1 : 0);
        if (repeats) endRun();
      } else if (atom.kind === 'group') {
        endRun();
        if (min > 0) offer(atom.req);
      } else {
        endRun();
      }
    }
    endRun();
    return best;
  }

  try {
    const req = disjunction();
    if (at !== source.length || req === null) return null;
    return Int32Array.from(req.keys);
  } catch {
    return null;
  }
}
