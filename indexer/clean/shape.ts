/**
 * The shape of a line: how long it is, how it ends, how it is cased. Page chrome and article text
 * differ most reliably in shape: body paragraphs are long and end in sentence punctuation; menus,
 * captions and headline lists are short and do not.
 */

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/**
 * The same count as `words(text).length`, without building the array (cleaning calls it per line,
 * often). With `limit`, stops counting past it: the result is exact up to `limit` and `limit + 1`
 * for anything longer, which is all a `> limit` / `<= limit` test needs, and body paragraphs are
 * then not scanned to their end.
 */
export function wordCount(text: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > limit) return count;
    inWord = !space;
  }
  return count;
}

/**
 * `wordCount` for text that is trimmed and has no whitespace but single spaces (`normalizeSpaces`
 * gives that): a search for spaces runs about 2.5× faster than the character loop.
 */
export function spacedWordCount(text: string, limit = Infinity): number {
  if (text === '') return 0;
  let count = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) if (++count > limit) return count;
  return count;
}

/** Whitespace runs as single spaces, trimmed. Most lines need no rewrite: testing first allocates nothing. */
export function normalizeSpaces(text: string): string {
  // Two tests, as one pattern with an alternative (/[^\S ]| {2}/) runs ~30% slower.
  return (/[^\S ]/.test(text) || text.includes('  ') ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Exactly the code units JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A headline's first character: a capital, or an opening quote or inverted mark before one. A line
 * starting with a number is a date or a result of a list, not a headline (headline-run.ts takes
 * number-led headlines: its own class; structure.ts's is narrower).
 */
export const HEADLINE_START = /^[\p{Lu}"“‘'«„¿¡]/u;

/** The marks a list item opens with (dashes, bullets, a star, arrows), as a character class for the rules' regexes. */
export const LIST_MARK_CLASS = '[-–—•*·►▶]';
/** A line opening with a list mark. */
export const LIST_MARK = new RegExp(`^${LIST_MARK_CLASS}`, 'u');
/** An item of a list: a list mark, or a number of one or two digits and a dot or a bracket ("3. ", "12) "). */
export const LIST_ITEM_START = new RegExp(`^(?:${LIST_MARK_CLASS}|\\d{1,2}[.)]\\s)`, 'u');

/** A fixture ("Chelsea v Fulham", "Ajax vs. PSV"): a draw or a result, the story's own list, not another story. */
export const FIXTURE = /\sv\.?\s|\svs\.?\s/;

/**
 * `FIXTURE.test(text)`, looked for from each "v" instead of tried at every character: cleaning asks
 * it of most lines, and on running text this is ~2.4× faster (13,873 BBC paragraphs × 20: 158-174
 * against 66-99 ms).
 */
export function isFixture(text: string): boolean {
  for (let i = text.indexOf('v', 1); i !== -1; i = text.indexOf('v', i + 1)) {
    if (!isSpace(text.charCodeAt(i - 1))) continue;
    let next = i + 1;
    if (text.charCodeAt(next) === 0x73 /* s */) next++;
    if (text.charCodeAt(next) === 0x2e /* . */) next++;
    if (isSpace(text.charCodeAt(next))) return true;
  }
  return false;
}

/**
 * Real paragraphs end in sentence punctuation, possibly followed by a closing quote or bracket,
 * or in a closing quote alone (a quotation whose full stop sits inside or was lost); in Khmer,
 * Burmese and Tibetan in their own full stop; in Thai and Lao, which write none, a long line of
 * several clauses ends one. The one definition of "a line that ends a sentence" for every rule and
 * the line model's features (`endsSentenceAnyScript` adds the CJK, Indic and Arabic marks).
 */
export function endsSentence(text: string): boolean {
  // What /(?:[.!?…]["'”’»)\]]*|["”’»])$/ says of the trimmed text, read from its end: a regex
  // anchored at the end tries every position of the line, and cleaning asks this of every line.
  const end = trimmedEnd(text);
  const last = text.charCodeAt(end - 1);
  if (last === 0x22 || last === 0x201d || last === 0x2019 || last === 0xbb) return true;
  const markAt = closersBefore(text, end);
  const mark = text.charCodeAt(markAt - 1);
  if (mark === 0x2e || mark === 0x21 || mark === 0x3f || mark === 0x2026) return true;
  // Past U+0E00 only: every line in a Latin, Greek, Cyrillic, Arabic or Indic script has answered by now.
  return mark >= 0x0e00 && (isScriptStop(mark) || (isStoplessLetter(mark) && isStoplessParagraph(text, markAt)));
}

/**
 * Sentence ends of scripts that write their own full stop: Khmer khan "។" and bariyoosan "៕", Burmese
 * "။", Tibetan shad "།" and nyis shad "༎". Here, not only in `endsSentenceAnyScript`, because nothing
 * else ends a sentence in these scripts: read as headlines, a story's paragraphs became list items,
 * teasers and the headline itself (tests/unit/indexer-script-stops.test.ts).
 */
function isScriptStop(c: number): boolean {
  return c === 0x17d4 || c === 0x17d5 || c === 0x104b || c === 0x0f0d || c === 0x0f0e;
}

/** A letter, mark or digit of Thai or Lao: scripts that end no sentence with a mark at all. */
function isStoplessLetter(c: number): boolean {
  return c >= 0x0e01 && c <= 0x0eff;
}

/**
 * Characters and spaces of a line in Thai or Lao read as a paragraph: these scripts end no sentence
 * with a mark and put a space between clauses, so a paragraph shows itself by its length in clauses.
 * Headlines on the labelled Thai pages run to about 130 characters in at most four clauses; their
 * paragraphs from 120 characters and five clauses up.
 */
const STOPLESS_PARAGRAPH_CHARS = 120;
const STOPLESS_PARAGRAPH_SPACES = 4;

/** The text up to `end` is long and runs in several clauses: a paragraph of a script without stops. */
function isStoplessParagraph(text: string, end: number): boolean {
  if (end < STOPLESS_PARAGRAPH_CHARS) return false;
  let spaces = 0;
  for (let i = text.indexOf(' '); i !== -1 && i < end; i = text.indexOf(' ', i + 1)) {
    if (text.charCodeAt(i - 1) !== 0x20 && ++spaces >= STOPLESS_PARAGRAPH_SPACES) return true;
  }
  return false;
}

/** Ends like a statement ("." or a quote), not like a question or exclamation headline. */
export function endsWithFullStop(text: string): boolean {
  // /(?:[.…;:,]["'”’»)\]]*)$/ on the trimmed text, read from its end as `endsSentence` is.
  const mark = text.charCodeAt(closersBefore(text, trimmedEnd(text)) - 1);
  return mark === 0x2e || mark === 0x2026 || mark === 0x3b || mark === 0x3a || mark === 0x2c;
}

/** Where `text.trim()` would end. */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the run of closing quotes and brackets (["'”’»)\]]) that ends at `end` begins. */
function closersBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isCloser(text.charCodeAt(i - 1))) i--;
  return i;
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/** Comparison key: case, punctuation, dashes and spacing do not matter. */
export function lineKey(text: string): string {
  if (ASCII.test(text)) return asciiLineKey(text);
  // One replace for punctuation, symbols and spacing together gives the same key as two in a row
  // (either way every mixed run becomes one space).
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `lineKey` for ASCII text (already NFKC), by one scan instead of a Unicode-class regex: cleaning
 * keys every line, and this was its biggest cost. In ASCII every printable character that is not
 * a letter or digit is punctuation or a symbol; other control characters are kept, as above.
 */
function asciiLineKey(text: string): string {
  // Whole runs of kept characters are sliced and joined, and lower-cased once at the end: adding
  // one character at a time made a string per character (~5 % of the main thread's allocation).
  let key = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isAsciiSeparator(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    key = key === '' ? text.slice(start, i) : `${key} ${text.slice(start, i)}`;
    start = -1;
  }
  return key.toLowerCase();
}

/**
 * Whether `lineKey(text)` is surely longer than `max` characters, without building it: an ASCII
 * line's key holds every character of it that is not a separator. False when unsure (a character
 * beyond ASCII, whose NFKC may change lengths).
 */
export function keyLongerThan(text: string, max: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return false;
    if (!isAsciiSeparator(c) && ++kept > max) return true;
  }
  return false;
}

/** Punctuation, symbols and spacing in ASCII: what `asciiLineKey` turns into single spaces. */
function isAsciiSeparator(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d)
  );
}

/**
 * `lineKey(text) === key`, without building the key of an ASCII line: cleaning compares every
 * line of an article with its headline's keys, and almost every line differs within a few
 * characters (200,000 paragraphs: building the keys was ~10% of indexing time). Walks the text as
 * `asciiLineKey` would and stops at the first character that differs; a non-ASCII character hands
 * the line to `lineKey`, whose NFKC can change lengths.
 */
export function hasLineKey(text: string, key: string): boolean {
  let k = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return lineKey(text) === key;
    if (isAsciiSeparator(c)) {
      pendingSpace = k > 0;
      continue;
    }
    if (pendingSpace) {
      if (key.charCodeAt(k) !== 0x20) return false;
      k++;
    }
    pendingSpace = false;
    if (key.charCodeAt(k) !== (c >= 0x41 && c <= 0x5a ? c + 32 : c)) return false;
    k++;
  }
  return k === key.length;
}

export function hasLowercase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

/** Words that appear in headlines and sentences, rarely in menus of section names. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on for and or but with at by from as is are was were be has have had will would its it this that not no after over into'.split(
    ' ',
  ),
);

/** A line ending in "as", "the", "for"… was cut mid-phrase. */
export function endsWithFunctionWord(text: string): boolean {
  const last = words(text).pop()?.toLowerCase() ?? '';
  return FUNCTION_WORDS.has(last);
}

/**
 * An edition switcher or section menu: several short tokens, none in lower case, no sentence
 * punctuation, no function words ("US EUROPE AFRICA ASIA 中文", "NEWS SPORT WEATHER").
 * An all-capitals headline has function words or commas and is not matched.
 */
export function looksLikeCapsMenu(text: string): boolean {
  // The character tests first: most lines have lower case and are not split into words.
  if (hasLowercase(text) || /[.,;:!?"“”]/.test(text)) return false;
  const tokens = words(text);
  if (tokens.length < 3) return false;
  if (tokens.some((t) => FUNCTION_WORDS.has(t.toLowerCase()))) return false;
  // In capitals: most items carry a capital letter. A spaced script without letter case (Korean,
  // Arabic, Persian, Hebrew, Thai, Hindi) has no lower case to lack: its short line under a headline is
  // a clause of a story broadcast or wrapped in short lines as often as a menu, and no capitals say
  // which. Chinese and Japanese are written unspaced, so words spaced apart there are a menu's items
  // as before (measured: sparing them too kept two captions and a pager on two write-from pages for
  // one body line).
  let capitals = 0;
  for (const t of tokens) if (HAS_CAPITAL.test(t)) capitals++;
  if (capitals * 2 <= tokens.length && !HAN_OR_KANA.test(text)) return false;
  return tokens.every((t) => t.length <= 14);
}

const HAS_CAPITAL = /\p{Lu}/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const MENU_SEPARATOR = /[|•·»›]/;
/** Items separated by pipes or bullets: "Home | News | Sport", "Politics • Business • Tech". */
export function looksLikeSeparatedMenu(text: string): boolean {
  // Three items need a separator: a line without one (most lines) is not split.
  if (!MENU_SEPARATOR.test(text)) return false;
  const items = text
    .split(/\s+[|•·»›]\s+|\s*\|\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 4 && !endsSentence(item));
}

/** "World / Middle East", "Home > News > Politics", "News › World": short segments, path separators. */
export function looksLikeBreadcrumb(text: string): boolean {
  const segments = text.split(/\s+(?:\/|>|›|»|\\|→)\s+/);
  if (segments.length < 2) return false;
  return segments.every((s) => {
    const n = wordCount(s);
    return n >= 1 && n <= 4 && !/[.!?,;:"“”]/.test(s);
  });
}

/** Whether there is any letter or digit: `letters(text) !== ''` without building the string. */
export function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Everything but letters and digits removed, for "is there any text left" checks. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Fewest words of a page's last line read as a paragraph the scraper cut off. Eight were asked
 * first; five keep a cut sentence of seven words below an ad label (d7), and no junk last line of
 * shared dev or d4–d7 (188) is five to seven words ending in a stub.
 */
const MIN_CUT_WORDS = 5;

/** Text cut to fit a box: it ends in an ellipsis, perhaps inside a closing quote or bracket ("… in the car park of the..."). */
export function endsWithEllipsis(text: string): boolean {
  return ENDS_ELLIPSIS.test(text);
}
const ENDS_ELLIPSIS = /(?:\.\.\.|…)["”’»)]?$/u;
/** The line's last characters are an ellipsis, nothing after it (a teaser the template cut short). */
export const ENDS_IN_ELLIPSIS = /(?:\.\.\.|…)$/u;

/**
 * A paragraph cut off by the scraper: the page's last line, several words long, ending in a
 * stub of one to three lower-case letters with no punctuation after it ("… who added that ca",
 * "…, she s"). A headline or a label ends in a whole word, rarely one that short; a cut
 * paragraph is text, whatever sits above it.
 */
export function isCutParagraph(text: string): boolean {
  return /\s\p{Ll}{1,3}$/u.test(text) && wordCount(text, MIN_CUT_WORDS) >= MIN_CUT_WORDS;
}
