/**
 * A short line in the Latin script on a page written in another (issue 18, 18junk12).
 *
 * A site in Arabic, Bengali, Cyrillic, Greek, Hebrew, Hangul, Han or Thai writes its stories in its
 * own script; what its pages print in Latin letters alone is the template's: a theme's "Back to top
 * button", a plugin's "Powered By", "SMS Alert", "Watch Live", a menu's "- Home", the "By" and "On:"
 * of a byline left without their name. Read without wording: a kept line of at most eight words, with
 * Latin letters, no letter of another script, no digit and no sentence end, on a page whose lines are
 * nearly all (by length) in another script, goes as `navigation`, unless it stands in a run of three such lines or more
 * (a list of songs, films or teams in Latin letters is the story's). The story's own Latin words (a quoted
 * name, a search term, a product) sit inside its lines, beside its script's letters, and stay.
 *
 * Measured on the write-from sets (shared dev, n1, n3, n6–n9, w-18junk10, w-18tit10, w-18out10; end
 * state of the cleaner, `bench/ingest/junk-dump.ts`): 8 junk lines on 7 pages of 7 sites in 4 sets (Hebrew,
 * Bengali, Hindi, Urdu, Arabic pages), 0 body; the check set n11 (never read) 2 junk lines fewer, no body line
 * lost; n10, shared dev and held-out unchanged, the BBC's (all Latin) identical. Placed after the tail rules and the
 * story-page headline's keep: a header line taken earlier would make the headline read as a list's first item.
 * Cost: one regular-expression test a line until a page in the Latin script shows itself (400 characters of Latin
 * lines, four times its other letters), then one a kept line.
 */
import { hasWordsAtMost } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { ContentLine } from './structure.ts';

/** Letters of the scripts a page may be written in other than the Latin: Greek to Thai, Hangul Jamo, Han, Kana, Hangul syllables. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f\u0530-\u1cff\u2e80-\u9fff\ua000-\ua4cf\uac00-\ud7af\uf900-\ufaff]/u;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/u;
const DIGIT = /\p{Nd}/u;
/** Most words of a template's label: a sentence of the story quoted in Latin letters is longer. */
const MAX_WORDS = 8;
/** Fewest lines in the page's own script, and their least share of the characters of its lines with letters. */
const MIN_OWN_LINES = 2;
const MIN_OWN_SHARE = 0.8;
/** Fewest such lines in a row that are a list of the story's, not a template's labels. */
const MAX_RUN = 3;

export function markForeignScriptLines(lines: ContentLine[], headline: { line: number } | null): void {
  // The page's script, read from all its lines (the headline's and the chrome's too), by their length: a short page's
  // story may be a headline and a paragraph, and a template's labels are short.
  let ownLines = 0;
  let ownChars = 0;
  let latinChars = 0;
  for (const l of lines) {
    if (OTHER_SCRIPT.test(l.text)) {
      ownLines++;
      ownChars += l.text.length;
    } else if (LATIN_LETTER.test(l.text)) latinChars += l.text.length;
    // A page in the Latin script is known after its first lines.
    if (latinChars > 400 && latinChars > 4 * ownChars) return;
  }
  if (ownLines < MIN_OWN_LINES || ownChars < MIN_OWN_SHARE * (ownChars + latinChars)) return;
  const taken = lines.map((l) => l.reason === null && l.line !== headline?.line && isLatinLabel(l));
  for (let i = 0; i < lines.length; i++) {
    if (!taken[i]) continue;
    // Three or more such lines in a row are a list of the story's (songs, films, teams named in Latin letters).
    let end = i;
    while (end + 1 < lines.length && taken[end + 1]) end++;
    if (end - i + 1 < MAX_RUN) for (let k = i; k <= end; k++) lines[k]!.reason = 'navigation';
    i = end;
  }
}

/** Latin letters, no other script's, no digit, a label's length and no sentence end. */
function isLatinLabel(l: ContentLine): boolean {
  if (OTHER_SCRIPT.test(l.text) || !LATIN_LETTER.test(l.text) || DIGIT.test(l.text)) return false;
  return hasWordsAtMost(l, MAX_WORDS) && !endsSentenceAnyScript(l.text);
}
