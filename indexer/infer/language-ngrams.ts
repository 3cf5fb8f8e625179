/**
 * Nito-ELD's verdict (`eld` 2.1, its "extrasmall" database), computed again without its per-call
 * garbage: eld builds every word as a string of byte-characters, every n-gram as a string and key
 * of an object, and walks each n-gram's scores with `for…in` over an object; at one detection per
 * article that was a quarter of the indexer's main thread on the 1M bench corpus. Here the same
 * steps run on numbers: a word's bytes go to a reused buffer, an n-gram of up to six bytes is one
 * integer (its bytes in base 256 and its length), looked up in a flat open-addressed table built
 * once from eld's own n-gram data, and the distinct n-grams of a text are counted in a reused set.
 *
 * The verdict is eld's, bit for bit: the same text normalisation (eld's separator pattern, trim,
 * lower case), the same 1,000-character and 350/380-byte cuts, the same n-grams (four bytes, stride
 * three, the word's last four bytes; a word longer than 70 bytes ends on everything after its 66th),
 * integer scores summed per language (exact in any order), the first best language on ties, and
 * `isReliable()`'s default test as eld writes it (its second value is the runner-up's *index*, read
 * here the same way). `tests/unit/language-ngrams.test.ts` compares the two on texts in many scripts
 * and on random code points. If eld's files do not have the shape read here (another version), the
 * caller keeps eld's own `detect`.
 */

/** What detection answers: eld's `language` ('' for none) and its `isReliable()`. */
export interface NgramVerdict {
  language: string;
  reliable: boolean;
}

interface EldData {
  ngrams: Record<string, Record<string, number>>;
  languages: Record<string, string>;
}

/** eld's constants (languageDetector.js, LanguageResult.js). */
const TEXT_CHARS = 1000;
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
const WORD_BYTES = 70;
const BASE_NGRAM_SCORE = 53;
const SCALE = 25;
const THRESHOLD_RATIO = 0.75;
/** The longest n-gram the table holds: ' ' + four bytes + ' '. Longer ones (a long word's tail) count, never score. */
const KEY_BYTES = 6;
const TWO_32 = 4294967296;
const TWO_48 = 281474976710656;

/** A word's bytes at most: the cut stops at 380 bytes and a character adds at most four. */
const WORD_BUFFER = 512;
/** Slots of the per-text n-gram set: a text has at most ~200 distinct n-grams after the byte cut. */
const SEEN_SLOTS = 2048;

function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = (key / TWO_32) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  return h;
}

const SPECIAL = 0xffff;

/** Digits only, no leading zero. */
function isIndexKey(key: string): boolean {
  if (key.length === 0 || (key.length > 1 && key.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x60 || c === 0x2019;
}

/**
 * The letters of eld's separator pattern, `[^LETTERS]+(?<![\x27\x60\u2019])` with flags `gu`, read
 * off the pattern itself (a code unit is a letter when the pattern leaves it alone and it is no
 * apostrophe), with each letter's lower case; null when the pattern is not of that shape or its
 * letters name anything beyond the BMP (then a surrogate could be a letter).
 */
function letterTable(separators: RegExp): Uint16Array | null {
  const shape = /^\[\^([^\]\\]*)\]\+\(\?<!\[\\x27\\x60\\u2019\]\)$/.exec(separators.source);
  if (!shape || separators.flags !== 'gu' || /[\ud800-\udfff]/.test(shape[1]!)) return null;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isApostrophe(c) || (c >= 0xd800 && c <= 0xdfff)) continue;
    const ch = String.fromCharCode(c);
    separators.lastIndex = 0;
    if (separators.test(ch)) continue;
    const lower = ch.toLowerCase();
    // Σ lowers to ς at a word's end: its lower case needs its neighbours.
    table[c] =
      lower.length !== 1 || c === 0x3a3 || lower.charCodeAt(0) === 0 || lower.charCodeAt(0) === SPECIAL ? SPECIAL : lower.charCodeAt(0);
  }
  separators.lastIndex = 0;
  return table;
}

export class NgramDetector {
  private readonly separators: RegExp;
  /**
   * Per BMP code unit, for the one-pass normalisation: 0 not a letter of eld's separator pattern,
   * else the letter's lower case, or SPECIAL when that is not one code unit of its own (İ, final Σ).
   * Null when the pattern is not of the shape that pass reads.
   */
  private readonly letters: Uint16Array | null;
  /** The text after eld's normalisation, one UTF-16 code unit a slot (it never grows). */
  private readonly normal = new Uint16Array(TEXT_CHARS);
  /** eld's byte → character dictionary, as char codes (every one below 256). */
  private readonly dict: Uint8Array;
  private readonly codes: string[];
  /** Per language index: eld's average score, NaN where it has none (as `undefined * 0.75` is). */
  private readonly avg: Float64Array;
  private readonly raw: EldData['ngrams'];
  // The n-gram table: key (bytes in base 256 + length × 2^48), and its postings [start, end).
  private readonly mask: number;
  private readonly slotKey: Float64Array;
  private readonly slotStart: Int32Array;
  private readonly slotEnd: Int32Array;
  /** The text (`stamp`) that last met each slot's key. */
  private readonly slotStamp: Int32Array;
  private readonly postLang: Uint8Array;
  private readonly postScore: Int32Array;
  // Per call, reused.
  private readonly scores: Int32Array;
  private readonly word = new Uint8Array(WORD_BUFFER);
  private readonly seenKey = new Float64Array(SEEN_SLOTS);
  private readonly seenStamp = new Int32Array(SEEN_SLOTS);
  private stamp = 0;
  private longSeen = new Set<string>();
  private distinct = 0;

  private constructor(
    table: { keys: number[]; starts: number[]; langs: number[]; scores: number[] },
    data: EldData,
    dictionary: readonly string[],
    separators: RegExp,
    avgScore: Record<string, number>,
  ) {
    this.separators = separators;
    this.letters = letterTable(separators);
    this.raw = data.ngrams;
    this.dict = Uint8Array.from(dictionary, (c) => c.charCodeAt(0));
    const count = Object.keys(data.languages).length;
    this.codes = Array.from({ length: count }, (_, i) => data.languages[i]!);
    this.avg = Float64Array.from(this.codes, (code) => avgScore[code] ?? Number.NaN);
    this.scores = new Int32Array(count);
    this.postLang = Uint8Array.from(table.langs);
    this.postScore = Int32Array.from(table.scores);
    let slots = 1;
    while (slots < table.keys.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotKey = new Float64Array(slots);
    this.slotStart = new Int32Array(slots).fill(-1);
    this.slotEnd = new Int32Array(slots);
    this.slotStamp = new Int32Array(slots);
    for (let i = 0; i < table.keys.length; i++) {
      const k = table.keys[i]!;
      let slot = hashKey(k) & this.mask;
      while (this.slotStart[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slotKey[slot] = k;
      this.slotStart[slot] = table.starts[i]!;
      this.slotEnd[slot] = table.starts[i + 1]!;
    }
  }

  /**
   * From eld's modules, or null when they do not have the shape this port reads (every key at most
   * six characters below U+0100, integer scores, language indexes below 256, a one-character
   * dictionary of 256 entries below U+0100 and not NUL).
   */
  static from(data: unknown, dictionary: unknown, separators: unknown, avgScore: unknown): NgramDetector | null {
    if (!(separators instanceof RegExp) || !separators.global) return null;
    if (!Array.isArray(dictionary) || dictionary.length !== 256) return null;
    for (const c of dictionary) if (typeof c !== 'string' || c.length !== 1 || c.charCodeAt(0) === 0 || c.charCodeAt(0) > 255) return null;
    if (typeof avgScore !== 'object' || avgScore === null) return null;
    const d = data as Partial<EldData> | null;
    if (typeof d?.ngrams !== 'object' || typeof d.languages !== 'object' || d.ngrams === null || d.languages === null) return null;
    const count = Object.keys(d.languages).length;
    if (count === 0 || count > 256) return null;
    for (let i = 0; i < count; i++) if (typeof d.languages[i] !== 'string') return null;
    // One pass over the n-grams: checked and flattened (key as a number, postings [start, next start)).
    const table = { keys: [] as number[], starts: [] as number[], langs: [] as number[], scores: [] as number[] };
    for (const key in d.ngrams) {
      if (key.length > KEY_BYTES) return null;
      let k = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        if (c > 255) return null;
        k = k * 256 + c;
      }
      table.keys.push(k + key.length * TWO_48);
      table.starts.push(table.langs.length);
      const byLang = d.ngrams[key];
      if (typeof byLang !== 'object' || byLang === null) return null;
      for (const lang in byLang) {
        // eld adds into `langScore[lang]`: a key must be an array index as written ("7", not "07" or "7e0").
        if (!isIndexKey(lang)) return null;
        const index = Number(lang);
        const score = byLang[lang];
        if (index >= count || !Number.isInteger(score) || Math.abs(score!) > 1e6) return null;
        table.langs.push(index);
        table.scores.push(score! + BASE_NGRAM_SCORE);
      }
    }
    table.starts.push(table.langs.length);
    return new NgramDetector(table, d as EldData, dictionary as string[], separators, avgScore as Record<string, number>);
  }

  /** eld's `detect(text)`: its `language` and `isReliable()`. */
  detect(text: string): NgramVerdict {
    const head = text.substring(0, TEXT_CHARS);
    const length = this.letters ? this.normalise(head, this.letters) : -1;
    this.startText();
    if (length >= 0) this.walkUnits(this.normal, length);
    else this.walk(head.replace(this.separators, ' ').trim().toLowerCase());
    return this.verdict();
  }

  /** eld's `getScores()` for the text, in its order: for tests, which compare every language's score with eld's. */
  scoresOf(text: string): Record<string, number> {
    this.detect(text);
    const ranked: [number, number][] = [];
    for (let i = 0; i < this.scores.length; i++) {
      const v = this.scores[i]!;
      if (!(v > 0)) continue;
      const ngramScore = v / this.distinct;
      ranked.push([i, ngramScore / (ngramScore + SCALE)]);
    }
    ranked.sort((a, b) => b[1] - a[1]);
    return Object.fromEntries(ranked.map(([i, score]) => [this.codes[i]!, score]));
  }

  /**
   * eld's `text.replace(separators, ' ').trim().toLowerCase()` into `this.normal`, in one pass with
   * no string made: in each run of non-letters, everything up to its last character that is not an
   * apostrophe (' ` ’) becomes one space, the apostrophes after it stay (the pattern's lookbehind),
   * and a run of apostrophes alone stays; a code point beyond the BMP is never a letter of the
   * pattern. Returns the length, or -1 for a text holding a letter whose lower case needs its
   * neighbours or more than one code unit (Σ, İ), left to `toLowerCase` itself.
   */
  private normalise(text: string, letters: Uint16Array): number {
    const out = this.normal;
    let n = 0;
    let runStart = -1;
    let runCut = -1;
    const length = text.length;
    for (let i = 0; i < length; ) {
      const c = text.charCodeAt(i);
      const lower = letters[c]!;
      if (lower !== 0 && lower !== SPECIAL) {
        if (runStart !== -1) {
          n = this.closeRun(text, runStart, runCut, i, n);
          runStart = -1;
        }
        out[n++] = lower;
        i++;
        continue;
      }
      if (lower === SPECIAL) return -1;
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      if (runStart === -1) {
        runStart = i;
        runCut = -1;
      }
      i += width;
      if (width === 2 || !isApostrophe(c)) runCut = i;
    }
    if (runStart !== -1) n = this.closeRun(text, runStart, runCut, length, n);
    // trim(): only a run's space can stand at either end.
    if (n > 0 && out[n - 1] === 32) n--;
    if (n > 0 && out[0] === 32) {
      out.copyWithin(0, 1, n);
      n--;
    }
    return n;
  }

  /** A run of non-letters [start, end): one space for all up to `cut`, the apostrophes after it as they are. */
  private closeRun(text: string, start: number, cut: number, end: number, n: number): number {
    const out = this.normal;
    let from = start;
    if (cut !== -1) {
      out[n++] = 32;
      from = cut;
    }
    for (let i = from; i < end; i++) out[n++] = text.charCodeAt(i);
    return n;
  }

  /** eld's `strToUtf8Bytes` over the normalised text, each word's n-grams counted as it ends. */
  private walk(str: string): void {
    const dict = this.dict;
    const w = this.word;
    let wl = 0;
    let countBytes = 0;
    for (let ii = 0; ii < str.length; ii++) {
      let c = str.charCodeAt(ii);
      if (c < 0x80) {
        if (c === 32) {
          if (wl !== 0) {
            this.wordNgrams(wl);
            wl = 0;
          }
          if (countBytes > CUT_AFTER) break;
        } else {
          w[wl++] = c;
        }
        countBytes++;
      } else if (c < 0x800) {
        w[wl++] = dict[0xc0 | (c >> 6)]!;
        w[wl++] = dict[0x80 | (c & 0x3f)]!;
        countBytes += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        w[wl++] = dict[0xe0 | (c >> 12)]!;
        w[wl++] = dict[0x80 | ((c >> 6) & 0x3f)]!;
        w[wl++] = dict[0x80 | (c & 0x3f)]!;
        countBytes += 3;
      } else {
        // As eld: the next code unit is taken as the low surrogate, whatever it is (NaN & 0x3ff is 0 past the end).
        ii++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
        w[wl++] = dict[0xf0 | (c >> 18)]!;
        w[wl++] = dict[0x80 | ((c >> 12) & 0x3f)]!;
        w[wl++] = dict[0x80 | ((c >> 6) & 0x3f)]!;
        w[wl++] = dict[0x80 | (c & 0x3f)]!;
        countBytes += 4;
      }
      if (countBytes > ENFORCE_CUT_AFTER) break;
    }
    if (wl !== 0) this.wordNgrams(wl);
  }

  /**
   * `walk` over `this.normal`. The one-pass normalisation leaves no surrogate (a code point beyond
   * the BMP is a separator), so the four-byte branch is not needed here.
   */
  private walkUnits(str: Uint16Array, length: number): void {
    const dict = this.dict;
    const w = this.word;
    let wl = 0;
    let countBytes = 0;
    for (let ii = 0; ii < length; ii++) {
      const c = str[ii]!;
      if (c < 0x80) {
        if (c === 32) {
          if (wl !== 0) {
            this.wordNgrams(wl);
            wl = 0;
          }
          if (countBytes > CUT_AFTER) break;
        } else {
          w[wl++] = c;
        }
        countBytes++;
      } else if (c < 0x800) {
        w[wl++] = dict[0xc0 | (c >> 6)]!;
        w[wl++] = dict[0x80 | (c & 0x3f)]!;
        countBytes += 2;
      } else {
        w[wl++] = dict[0xe0 | (c >> 12)]!;
        w[wl++] = dict[0x80 | ((c >> 6) & 0x3f)]!;
        w[wl++] = dict[0x80 | (c & 0x3f)]!;
        countBytes += 3;
      }
      if (countBytes > ENFORCE_CUT_AFTER) break;
    }
    if (wl !== 0) this.wordNgrams(wl);
  }

  private startText(): void {
    this.scores.fill(0);
    this.distinct = 0;
    if (this.longSeen.size > 0) this.longSeen = new Set();
    if (++this.stamp === 0x7fffffff) {
      this.seenStamp.fill(0);
      this.slotStamp.fill(0);
      this.stamp = 1;
    }
  }

  /** eld's `getByteNgrams` for one word of `length` bytes in `this.word`. */
  private wordNgrams(length: number): void {
    const len = Math.min(length, WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) this.ngram(j === 0, j, j + 4, false);
    // `word.substring(len !== 3 ? len - 4 : 0)`: a negative start is 0, and it runs to the word's end, not to `len`.
    const start = len !== 3 && len > 4 ? len - 4 : 0;
    this.ngram(j === 0, start, length, true);
  }

  /** One n-gram: [' '] + bytes [from, to) of the word + [' ']; counted once per text, scored if the table has it. */
  private ngram(lead: boolean, from: number, to: number, trail: boolean): void {
    const length = (lead ? 1 : 0) + (to - from) + (trail ? 1 : 0);
    if (length > KEY_BYTES) {
      this.longNgram(lead, from, to, trail);
      return;
    }
    const w = this.word;
    let k = lead ? 32 : 0;
    for (let i = from; i < to; i++) k = k * 256 + w[i]!;
    if (trail) k = k * 256 + 32;
    k += length * TWO_48;
    const h = hashKey(k);
    // Counted once per text (eld keys an object by the n-gram): a key of the table is marked in its
    // slot, any other in the per-text set.
    let slot = h & this.mask;
    for (;;) {
      const start = this.slotStart[slot]!;
      if (start === -1) break;
      if (this.slotKey[slot] === k) {
        if (this.slotStamp[slot] === this.stamp) return;
        this.slotStamp[slot] = this.stamp;
        this.distinct++;
        const end = this.slotEnd[slot]!;
        const scores = this.scores;
        for (let p = start; p < end; p++) scores[this.postLang[p]!]! += this.postScore[p]!;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    let s = h & (SEEN_SLOTS - 1);
    while (this.seenStamp[s] === this.stamp) {
      if (this.seenKey[s] === k) return;
      s = (s + 1) & (SEEN_SLOTS - 1);
    }
    this.seenStamp[s] = this.stamp;
    this.seenKey[s] = k;
    this.distinct++;
  }

  /** An n-gram longer than any key (the tail of a word over 70 bytes): counted, scored only if eld's data had it. */
  private longNgram(lead: boolean, from: number, to: number, trail: boolean): void {
    let key = lead ? ' ' : '';
    for (let i = from; i < to; i++) key += String.fromCharCode(this.word[i]!);
    if (trail) key += ' ';
    if (this.longSeen.has(key)) return;
    this.longSeen.add(key);
    this.distinct++;
    const byLang = Object.hasOwn(this.raw, key) ? this.raw[key] : undefined;
    if (byLang) for (const lang in byLang) this.scores[Number(lang)]! += byLang[lang]! + BASE_NGRAM_SCORE;
  }

  /** eld's `getMaxLang` and `LanguageResult.isReliable()` with its default threshold. */
  private verdict(): NgramVerdict {
    const scores = this.scores;
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < scores.length; i++) {
      const v = scores[i]!;
      if (v > 0 && v > bestScore) {
        bestScore = v;
        best = i;
      }
    }
    if (best === -1) return { language: '', reliable: false };
    const language = this.codes[best]!;
    const numNgrams = this.distinct;
    if (numNgrams < 3) return { language, reliable: false };
    // eld sorts [index, scaled] pairs by scaled, descending and stable: the first is the earliest
    // index of the highest scaled score, the second the earliest of the highest among the rest.
    let first = -1;
    let firstScaled = 0;
    let second = -1;
    let secondScaled = 0;
    for (let i = 0; i < scores.length; i++) {
      const v = scores[i]!;
      if (!(v > 0)) continue;
      const ngramScore = v / numNgrams;
      const scaled = ngramScore / (ngramScore + SCALE);
      if (first === -1 || scaled > firstScaled) {
        second = first;
        secondScaled = firstScaled;
        first = i;
        firstScaled = scaled;
      } else if (second === -1 || scaled > secondScaled) {
        second = i;
        secondScaled = scaled;
      }
    }
    const nextScore = second === -1 ? 0 : second;
    const reliable = !(this.avg[best]! * THRESHOLD_RATIO > firstScaled || 0.01 > Math.abs(firstScaled - nextScore));
    return { language, reliable };
  }
}
