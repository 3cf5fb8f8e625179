/**
 * Listed outlets (outlet-list.ts) named on the page, as candidates for the scored inference
 * (outlet.ts), scored by WHERE the page names them: its head and foot furniture, the title line's
 * segments, a copyright line, a credit line and an address or e-mail domain are the page speaking
 * of itself; inside the story a name is weak unless the sentence has the outlet speaking of itself
 * ("told X", "X understands"), and a cited one ("according to X") is a rival, never a candidate.
 * Short or ordinary-word names ("EX", "Express") count only where the place itself is strong.
 */
import type { CleanResult } from '../types.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { cueAround } from './outlet-cues.ts';
import type { ListedOutlet } from './outlet-list.ts';
import {
  type Form,
  isAsciiWordCode,
  listedOutletsVersion,
  matchedAsPhrase,
  type OutletIndex,
  outletIndex,
  significant,
  type Strength,
  type Token,
  tokensOf,
} from './outlet-listed-index.ts';
import { LineMemo, SHORT_LINE_CHARS } from '../clean/line-memo.ts';
import { quote } from './quote.ts';
import { CaselessPattern } from './caseless-pattern.ts';
import { sectionPhrase } from './outlet-words.ts';
import { PAIR_END, symbolOf, TRIE_SPACE, TRIE_SYMBOLS, WORD_END, type WordTrie, wordTrie } from './word-trie.ts';

/** One listed outlet named on one line. */
interface Mention {
  outlet: ListedOutlet;
  strength: Strength;
  start: number;
  end: number;
  /** Named by its domain: "example.com", "desk@example.com". */
  domain: 'host' | 'email' | null;
}

export interface ListedFinding {
  candidates: OutletCandidate[];
  /** Every listed outlet the page names, cited ones included. */
  named: Set<ListedOutlet>;
  /** Listed outlets the story cites ("according to X"). */
  cited: Set<ListedOutlet>;
}

/** The kinds a listed name yields; outlet.ts reads the site's own among them. */
export const LISTED_SITE_KINDS = new Set(['listed-title-site', 'listed-address']);

/** Where a name, however short or ordinary, is the page's own: the place says so. */
const STRONG_PLACES = new Set(['listed-title-site', 'listed-copyright', 'listed-credit']);

/** Lines of furniture up to this many words may hold a name alone or with a label. */
const FURNITURE_WORDS = 8;
const CREDIT_WORDS = 12;

/** Tested without its u flag where that changes nothing (caseless-pattern.ts): several times cheaper on a line of prose, where most mentions are. */
const COPYRIGHT = new CaselessPattern(/©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/iu);
/** A credit line's opening: "By", "Source:", "Von", "Par", "Por", "Fonte", "Via". */
const CREDIT_OPEN =
  /^[\s•·*|>–—-]*(?:by|from|source|sources|credit|via|von|quelle|par|por|fuente|fonte|di|da|door|bron|av|af|kilde|källa|źródło|kaynak|autor|text)\b/iu;
const STAFF_CLOSE = /\b(?:staff|reporters?|desk|newsroom|redaktion|rédaction|redacción|redação|redazione|redactie|redaksjonen)\W*$/iu;
const PICTURE = /\b(?:photo|photos|foto|fotos|bild|image|images|picture|getty|illustration|video|graphic|grafik)\b/iu;
const TITLE_SEPARATORS = /\s+[|–—:·•»/-]\s+|\s*[|·•»]\s*/u;
/**
 * A capitalised word right before a listed name in a copyright line, neither the notice's own word
 * nor an article: the holder is a longer name ("© Northtown Example Broadcasting"), a regional
 * station or a sister title, not the listed outlet.
 */
const LONGER_HOLDER =
  /(?:^|\s)(?!(?:Copyright|COPYRIGHT|The|THE|El|EL|La|LA|Le|LE|Les|LES|Der|Die|Das|DER|DIE|DAS|De|DE|Het|HET|Il|IL)\s+$)\p{Lu}[\p{L}\p{N}'’-]*\s+$/u;
/** Dropped as other stories: a name in a teaser or a caption is theirs, not the page's. */
const OTHER_STORIES = new Set(['related-headlines', 'off-topic', 'caption']);

export function listedCandidates(clean: CleanResult, lines: readonly PageLine[]): ListedFinding {
  const finding: ListedFinding = { candidates: [], named: new Set(), cited: new Set() };
  const body = clean.kept.filter((l) => l.kind === 'body');
  const span = { first: body[0]?.line ?? 0, last: body.at(-1)?.line ?? 0, title: clean.headline?.line ?? -1 };
  const selfSeen = new Set<ListedOutlet>();
  for (const line of lines) {
    for (const m of knownMentionsIn(line.text)) {
      const cue = cueAround(line.text, m.start, m.end);
      // A rival cited in the story, a name in a caption or a teaser, a short name in prose: not candidates.
      const place = cue === 'cites' ? { kind: 'listed-prose', score: 0 } : placeOf(line, m, cue, span);
      if (place === null || !trusted(m, place.kind)) continue;
      finding.named.add(m.outlet);
      if (cue === 'cites') {
        finding.cited.add(m.outlet);
        continue;
      }
      // Each kind counts once per outlet (outlet-groups.ts): a second sentence of it speaking of itself is another.
      const kind = place.kind === 'listed-self' && selfSeen.has(m.outlet) ? 'listed-self-again' : place.kind;
      if (kind === 'listed-self') selfSeen.add(m.outlet);
      finding.candidates.push({
        value: spelling(m, line.text),
        score: place.score,
        kind,
        evidence: `listed outlet '${m.outlet.display}' (${place.kind.slice(7)}) line ${line.line} '${quote(line.text)}'`,
        line: line.line,
      });
    }
  }
  return finding;
}

/** What the place makes of the mention: its kind and score, or null when it says nothing. */
function placeOf(
  line: PageLine,
  m: Mention,
  cue: 'self' | null,
  span: { first: number; last: number; title: number },
): { kind: string; score: number } | null {
  const outside = line.reason !== null || line.line < span.first || line.line > span.last;
  // A wire's or a colleague's address is on many sites' pages: an e-mail needs another place to agree.
  if (m.domain === 'email') return { kind: 'listed-email', score: 1.5 };
  if (m.domain === 'host') {
    if (outside && addressAlone(line.text, m)) return { kind: 'listed-address', score: 3 };
    return { kind: 'listed-link', score: outside ? 1 : 0.5 };
  }
  if (line.line === span.title || line.reason === 'headline' || line.reason === 'title-decoration')
    return isSegment(line.text, m) ? { kind: 'listed-title-site', score: 3 } : { kind: 'listed-prose', score: 0.5 };
  if (line.reason !== null && OTHER_STORIES.has(line.reason)) return null;
  if (line.words <= 25 && (line.reason === 'copyright' || COPYRIGHT.test(line.text)))
    return LONGER_HOLDER.test(line.text.slice(0, m.start)) ? null : { kind: 'listed-copyright', score: 2.5 };
  if (line.words <= CREDIT_WORDS && (line.reason === 'credit' || CREDIT_OPEN.test(line.text) || STAFF_CLOSE.test(line.text)))
    return PICTURE.test(line.text) ? null : { kind: 'listed-credit', score: 1.5 };
  if (outside && line.words <= FURNITURE_WORDS) {
    if (!alone(line.text, m)) return { kind: 'listed-furniture', score: 1 };
    // The list's name written as a section's heading ("National News" for "The National News").
    if (sectionPhrase(line.text)) return null;
    return { kind: 'listed-alone', score: 2 };
  }
  // Two sentences of the outlet speaking of itself agree; a bare mention barely adds.
  return cue === 'self' ? { kind: 'listed-self', score: 1.5 } : { kind: 'listed-prose', score: 0.25 };
}

/**
 * The list's name for the outlet, unless the page writes it in another script than the list's
 * name ("Example TV" listed, "Пример ТВ" written): then as the page writes it.
 */
function spelling(m: Mention, text: string): string {
  const written = text.slice(m.start, m.end);
  if (m.domain !== null || latin(written) === latin(m.outlet.display)) return m.outlet.display;
  return written;
}

function latin(text: string): boolean {
  return /\p{Script=Latin}/u.test(text);
}

/** Short and ordinary-word names count only in a strong place. */
function trusted(m: Mention, kind: string): boolean {
  if (m.domain !== null || m.strength === 'phrase' || m.strength === 'acronym') return true;
  if (STRONG_PLACES.has(kind)) return true;
  // One word in the story ("told the Today programme") is a programme, a section or a rival as often.
  return false;
}

/** The name is one whole segment of a title line split at its separators ("Headline | Example News"). */
function isSegment(text: string, m: Mention): boolean {
  const segments = text.split(TITLE_SEPARATORS);
  if (segments.length < 2) return false;
  const name = sigFolded(text.slice(m.start, m.end));
  return segments.some((s) => sigFolded(s) === name);
}

/** The address is all the line says, a scheme or "www" aside ("Source: example.com" is a credit). */
function addressAlone(text: string, m: Mention): boolean {
  return !/\p{L}/u.test((text.slice(0, m.start) + text.slice(m.end)).replace(/https?|www\d?/giu, ''));
}

/** The name is all the letters of the line, an article or punctuation aside. */
function alone(text: string, m: Mention): boolean {
  return sigFolded(text) === sigFolded(text.slice(m.start, m.end));
}

function sigFolded(text: string): string {
  return significant(tokensOf(text), (t) => t.folded)
    .map((t) => t.folded)
    .join(' ');
}

/**
 * The mentions of the short lines read so far (clean/line-memo.ts): a site's furniture names it on
 * every page. Emptied when the list changes.
 */
const MENTIONS = new LineMemo<readonly Mention[]>(SHORT_LINE_CHARS, 20_000, listedOutletsVersion);

/** `mentionsIn`, remembered for a short line (the mentions are read, never changed). */
function knownMentionsIn(text: string): readonly Mention[] {
  return MENTIONS.remembered(text, mentionsIn);
}

/** Every listed name and domain of one line. */
function mentionsIn(text: string): Mention[] {
  const index = outletIndex();
  const out: Mention[] = [];
  const ascii = !NON_ASCII.test(text);
  let tokens: readonly Token[] = [];
  if (!ascii) tokens = tokensOf(text);
  else if (mayName(text, index)) {
    // A line of ASCII alone is read word by word in place (`asciiMentions`); ASCII with punctuation beyond it as before.
    if (BEYOND_ASCII.test(text)) tokens = tokensOf(text);
    else asciiMentions(text, index, out);
  }
  for (let i = 0; i < tokens.length; ) i += takeFormAt(index.byFirst.get(tokens[i]!.folded), tokens, i, out) || 1;
  if (!ascii && index.unspaced.length > 0 && matchedAsPhrase(text)) {
    for (const form of index.unspaced) {
      const name = form.spelled.join('');
      const at = text.indexOf(name);
      if (at !== -1) out.push({ outlet: form.outlet, strength: 'phrase', start: at, end: at + name.length, domain: null });
    }
  }
  if (hasHostDot(text)) out.push(...domainsIn(text));
  return out;
}

/**
 * The loop of `mentionsIn` over a line of ASCII alone, with the same outcome: a word is made a
 * token (sliced, lower-cased) only where a form may start, that is where it is the first word of
 * a listed form (the words' starts and ends are read first, and each word is walked in a trie of
 * those first words without being sliced), and then with the words around it that `fits` reads.
 * Most words of a line the gate lets through open no form (issue 18's CPU budget: 31 % of prose
 * lines pass the gate, and slicing every word of them was most of the reader's cost).
 */
function asciiMentions(text: string, index: OutletIndex, out: Mention[]): void {
  let count = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const inWord = isAsciiWordCode(c);
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      if (count === WORD_STARTS.length) growWords();
      WORD_STARTS[count] = start;
      WORD_ENDS[count++] = i;
      start = -1;
    }
  }
  if (count === 0) return;
  const { next, ends } = firstWords(index);
  // `fits` reads tokens i-1 to i+n (n the longest form's length): only those are made, once each,
  // in an array kept from line to line (`TOKENS`, the line's `count` its length for `fits`): an
  // array of a slot per word, made for each line where a word opens a form ("The"), was the
  // reader's biggest allocation (18perf13). The slots filled are emptied again before it returns.
  if (TOKENS.length < count + 1) TOKENS = new Array(2 * count + 1);
  const tokens = TOKENS;
  let filledTo = 0;
  const made = (from: number, to: number): Token[] => {
    const end = Math.min(count, to);
    for (let k = Math.max(0, from); k < end; k++) {
      if (tokens[k] !== undefined) continue;
      const raw = text.slice(WORD_STARTS[k], WORD_ENDS[k]);
      tokens[k] = { raw, folded: raw.toLowerCase(), start: WORD_STARTS[k]!, end: WORD_ENDS[k]! };
    }
    filledTo = Math.max(filledTo, end);
    return tokens as Token[];
  };
  try {
    for (let i = 0; i < count; ) {
      // The word walked from the root (words are never empty; the root is no node's child).
      let node = 0;
      for (let at = WORD_STARTS[i]!, end = WORD_ENDS[i]!; at < end; at++) {
        node = next[node * TRIE_SYMBOLS + symbolOf(text.charCodeAt(at))]!;
        if (node === 0) break;
      }
      if (node === 0 || (ends[node]! & WORD_END) === 0) {
        i++;
        continue;
      }
      const raw = text.slice(WORD_STARTS[i], WORD_ENDS[i]);
      const forms = index.byFirst.get(raw.toLowerCase())!;
      i += takeFormAt(forms, made(i - 1, i + 1 + forms[0]!.tokens.length), i, out, count) || 1;
    }
  } finally {
    tokens.fill(undefined, 0, filledTo);
  }
}

/**
 * The first of `forms` that fits the tokens at `i`, added to `out`; how many tokens it spans (0 when none fits).
 * @param length the line's tokens (`tokens` may be longer: `asciiMentions`' array, empty past them)
 */
function takeFormAt(
  forms: readonly Form[] | undefined,
  tokens: readonly Token[],
  i: number,
  out: Mention[],
  length = tokens.length,
): number {
  const form = forms?.find((f) => fits(f, tokens, i, length));
  if (!form) return 0;
  const last = tokens[i + form.tokens.length - 1]!;
  out.push({ outlet: form.outlet, strength: form.strength, start: tokens[i]!.start, end: last.end, domain: null });
  return form.tokens.length;
}

/** The tokens `asciiMentions` made of a line's words, by word (empty between lines). */
let TOKENS: (Token | undefined)[] = new Array(257);
/** Word bounds of the line `asciiMentions` reads, reused from line to line. */
let WORD_STARTS = new Int32Array(256);
let WORD_ENDS = new Int32Array(256);
function growWords(): void {
  const starts = new Int32Array(WORD_STARTS.length * 2);
  const ends = new Int32Array(WORD_ENDS.length * 2);
  starts.set(WORD_STARTS);
  ends.set(WORD_ENDS);
  WORD_STARTS = starts;
  WORD_ENDS = ends;
}

/** The first words of the index's forms as a trie (built once per index). */
const FIRST_WORDS = new WeakMap<OutletIndex, WordTrie>();
function firstWords(index: OutletIndex): WordTrie {
  let trie = FIRST_WORDS.get(index);
  if (trie === undefined) FIRST_WORDS.set(index, (trie = wordTrie(index.byFirst.keys(), [])));
  return trie;
}

/**
 * Whether an ASCII line may hold a listed name: one pass over its characters, looking up only the
 * words that open with a capital or a digit (a listed name wants one, outlet-listed-index.ts),
 * each as a one-word name or as the first of a pair opening a longer one. Most lines name no
 * outlet, and the list's cost must stay small (issue 18): the words are walked in the index's
 * trie as they are read, none sliced or lower-cased. A name the list writes in lower case
 * ("exmag") is found on lines that pass for another reason.
 */
function mayName(text: string, index: OutletIndex): boolean {
  const { next, ends } = index.gate;
  // The node after the last word's space when it may open a pair ("new york"), else 0 (the root).
  let pair = 0;
  for (let i = 0; i < text.length; ) {
    if (pair === 0) {
      // No pair is open: only a word opening with a capital or a digit can start a name; jump to the next.
      i = wordOpening(text, i);
      if (i === -1) return false;
    }
    let symbol = symbolOf(text.charCodeAt(i));
    if (symbol === -1) {
      i++;
      continue;
    }
    // The walk of this word from the root (a capitalised word only), and as the second of a pair.
    let single = text.charCodeAt(i) <= 90 ? 0 : -1;
    let second = pair;
    for (; symbol !== -1; symbol = ++i < text.length ? symbolOf(text.charCodeAt(i)) : -1) {
      if (single > -1) single = next[single * TRIE_SYMBOLS + symbol]! || -1;
      if (second > 0) second = next[second * TRIE_SYMBOLS + symbol]! || -1;
    }
    if (single > -1 && (ends[single]! & WORD_END) !== 0) return true;
    if (second > 0 && (ends[second]! & PAIR_END) !== 0) return true;
    pair = single > -1 ? next[single * TRIE_SYMBOLS + TRIE_SPACE]! : 0;
  }
  return false;
}

/**
 * The next capital or digit from `from` on that opens a word (no ASCII letter or digit before it), or
 * -1: the pattern finds each capital or digit, the character before is looked at here (a look-behind
 * in the pattern made it test every position; issue 18's CPU budget).
 */
function wordOpening(text: string, from: number): number {
  for (let i = from; ; i++) {
    CAPITAL_OR_DIGIT.lastIndex = i;
    if (!CAPITAL_OR_DIGIT.test(text)) return -1;
    i = CAPITAL_OR_DIGIT.lastIndex - 1;
    if (i === 0 || !asciiAlnum(text.charCodeAt(i - 1))) return i;
  }
}
const CAPITAL_OR_DIGIT = /[A-Z0-9]/g;

function asciiAlnum(c: number): boolean {
  return asciiLetter(c) || (c >= 48 && c <= 57);
}

/** A capitalised word one space away from the token. */
function capitalNeighbour(n: Token | undefined, t: Token): boolean {
  if (!n || Math.abs(n.start < t.start ? t.start - n.end : n.start - t.end) !== 1) return false;
  return n.raw[0] !== n.raw[0]!.toLowerCase();
}

/** The form's tokens are the page's from token i on, with capitals where the list has them. */
function fits(form: Form, tokens: readonly Token[], i: number, length = tokens.length): boolean {
  const n = form.tokens.length;
  if (i + n > length) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k]!.folded !== form.tokens[k]) return false;
  // One word inside a longer capitalised name ("Example News" for a listed "News") is that name's.
  if (form.strength !== 'phrase' && (capitalNeighbour(tokens[i - 1], tokens[i]!) || capitalNeighbour(tokens[i + 1], tokens[i]!)))
    return false;
  // A lower-case spelling in the list ("exmag") is the outlet's own; so is an acronym's or a short name's.
  if (form.strength === 'acronym' || form.strength === 'short' || form.spelled.every((s) => s === s.toLowerCase()))
    return spelledAsListed(form, tokens, i);
  // Anything else wants a capital (or a caseless letter or digit) after any leading article.
  return significant(tokens.slice(i, i + n), (t) => t.folded).some((t) => {
    const c = t.raw[0]!;
    return c !== c.toLowerCase() || c === c.toUpperCase();
  });
}

/** The page writes the form's tokens exactly as the list spells them; read in place, as most tokens tried are ordinary words ("as", "now"). */
function spelledAsListed(form: Form, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < form.spelled.length; k++) if (tokens[i + k]!.raw !== form.spelled[k]) return false;
  return true;
}

/** A character beyond ASCII that is no punctuation, space or currency sign ("’", "“", "£" are common in English): a letter, maybe. */
const NON_ASCII = /[^\x00-\x7f\u00a0-\u00bf\u2000-\u206f\u20a0-\u20cf]/;
/** Any character beyond ASCII: a line without one has the ASCII tokens of `tokensOf`. */
const BEYOND_ASCII = /[^\x00-\x7f]/;

/**
 * A dot a host may hold: a letter, digit or hyphen before it and a letter after, as HOSTISH needs
 * of its last dot ("example.com"). Most dotted lines hold numbers ("3.5%", "£1.2bn") and a sentence's
 * full stop is followed by a space: neither runs the costly Unicode pattern (issue 18's CPU budget).
 * Any character beyond ASCII may be a letter or digit, so it passes.
 */
function hasHostDot(text: string): boolean {
  for (let i = text.indexOf('.', 1); i !== -1 && i < text.length - 1; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((asciiLetter(before) || (before >= 48 && before <= 57) || before === 45 || before > 127) && (asciiLetter(after) || after > 127))
      return true;
  }
  return false;
}

function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const HOSTISH = /([\p{L}\p{N}._%+-]+@)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,24})/gu;

/** Hosts of the line under a listed domain: "www.example.com", "news.example.co.uk", "desk@example.com". */
function domainsIn(text: string): Mention[] {
  const { domains } = outletIndex();
  const out: Mention[] = [];
  for (const m of text.matchAll(HOSTISH)) {
    const labels = m[2]!.toLowerCase().split('.');
    for (let k = 0; k <= labels.length - 2; k++) {
      const outlet = domains.get(labels.slice(k).join('.'));
      if (!outlet) continue;
      const start = m.index + (m[1]?.length ?? 0);
      out.push({ outlet, strength: 'phrase', start, end: start + m[2]!.length, domain: m[1] ? 'email' : 'host' });
      break;
    }
  }
  return out;
}
