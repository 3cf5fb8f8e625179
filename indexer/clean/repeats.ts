/**
 * Repetition within a page: a line printed twice is page furniture (a photo's caption printed
 * under the photo and again in its gallery or alt text, a teaser repeated in a box, a related
 * link listed in two blocks). Prose does not repeat itself word for word. The first copy stays,
 * so its text remains searchable; later copies are dropped.
 */
import { endsSentence, ENDS_IN_ELLIPSIS, spacedWordCount } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { isStandfirst, type ContentLine } from './structure.ts';

/**
 * Shorter lines repeat legitimately: a subheading, a score line, the "winners meet in the final"
 * of a fixture list. Captions are sentences.
 */
const MIN_WORDS = 6;
/**
 * Captions and teasers are a few lines of a layout at most; a longer line is a paragraph, and
 * hashing every paragraph of a corpus costs more than the rare repeated one is worth.
 */
const MAX_CHARS = 400;

export function markRepeatedLines(lines: ContentLine[]): void {
  // Exact text (lines are already single-spaced): near-copies are left alone, and hashing the
  // line as it is costs far less than building a normalised key for every line.
  // Lines above the headline are not compared: a teaser printed there is often the article's
  // lead, repeated below as its first paragraph, which is the copy to keep.
  markAdjacentCopies(lines);
  markCutTeasers(lines);
  markRepeatedLabels(lines);
  const seen = new Set<string>();
  const headline = lines.findIndex((l) => l.reason === 'headline');
  for (let i = headline + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === 'title-decoration') continue;
    if (l.text.length > MAX_CHARS || wordsUpTo(l, MIN_WORDS) < MIN_WORDS) continue;
    if (!seen.has(l.text)) seen.add(l.text);
    else if (l.reason === null) l.reason = 'repeated-line';
  }
}

/** Longest line whose two copies in a row are a picture's alt text and caption. */
const MAX_CAPTION_WORDS = 40;
/** Fewest words of a line printed twice in a row that is taken for a copy: "Yes" twice may be a dialogue. */
const MIN_ADJACENT_WORDS = 3;

/**
 * A line printed twice in a row, at any length (a caption under its photo and as its alt text, a
 * label doubled by the scraper): prose never repeats a sentence at once. The second copy goes;
 * the first too when the other copy is recognised furniture, or it is caption-length and sits
 * next to furniture (a credit, a date).
 */
function markAdjacentCopies(lines: ContentLine[]): void {
  const isJunk = (l: ContentLine) => l.reason !== null && l.reason !== 'headline';
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1]!;
    if (l.text !== prev.text || l.line > prev.line + 2 || wordsUpTo(l, MIN_ADJACENT_WORDS) < MIN_ADJACENT_WORDS) continue;
    // Where one copy is recognised, both are that furniture; so are both copies of a
    // caption-length line next to the photo's furniture (its alt text and its caption above a
    // credit). Otherwise it may be a paragraph the scraper doubled: its first copy stays.
    if (prev.reason === null && isJunk(l)) prev.reason = l.reason;
    else if (l.reason === null) l.reason = isJunk(prev) ? prev.reason : 'repeated-line';
    const nearChrome = [lines[i - 2], lines[i + 1]].some((n) => n !== undefined && isJunk(n) && n.reason !== 'repeated-line');
    const caption = nearChrome && wordsUpTo(prev, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS && !isStandfirst(lines, i - 1);
    if (prev.reason === null && caption) prev.reason = 'caption';
  }
}

/** Fewest words of a teaser's stem: shorter prefixes are coincidence. */
const MIN_TEASER_WORDS = 6;

/**
 * A teaser cut short with an ellipsis ("Il camion di un supermercato in bilico fra l'asfalto e
 * il baratro del ponte Morandi di Genova: inizia con questa immagine il libro …") whose words
 * open another line of the page: the standfirst box or a link repeating the lead, which the
 * page prints in full. The full line stays; the cut copy goes.
 */
function markCutTeasers(lines: ContentLine[]): void {
  for (const l of lines) {
    if (l.reason !== null || !ENDS_IN_ELLIPSIS.test(l.text)) continue;
    const stem = l.text.replace(/(?:\.\.\.|…)$/u, '').trimEnd();
    if (spacedWordCount(stem, MIN_TEASER_WORDS) < MIN_TEASER_WORDS) continue;
    if (lines.some((o) => o !== l && o.text.length > stem.length && o.text.startsWith(stem))) l.reason = 'repeated-line';
  }
}

/** Longest label whose copies mark slots of the layout, and how often it must be printed. */
const MAX_LABEL_WORDS = 3;
const MIN_LABEL_COPIES = 3;
const HAS_DIGIT = /\d/;
/** A speaker's name over their words in a transcript ("MODERATOR:") is text of the article. */
const ENDS_COLON = /:$/;

/**
 * A short label printed three times or more on one page ("REKLAMA", "Partner slot")
 * marks slots of the layout, not text: every copy goes. A subheading or a score line repeats
 * once or twice; prose does not repeat a short line that often, and lines with digits (scores,
 * times), a sentence end ("Yes.") or a colon (a transcript's "MODERATOR:") are left alone.
 */
function markRepeatedLabels(lines: ContentLine[]): void {
  const copies = new Map<string, ContentLine[]>();
  for (const l of lines) {
    if (l.reason === 'headline' || l.text.length > 40 || HAS_DIGIT.test(l.text) || endsSentence(l.text) || ENDS_COLON.test(l.text))
      continue;
    if (wordsUpTo(l, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS) continue;
    const key = l.text.toLowerCase();
    const same = copies.get(key);
    if (same) same.push(l);
    else copies.set(key, [l]);
  }
  for (const same of copies.values()) {
    if (same.length < MIN_LABEL_COPIES) continue;
    for (const l of same) if (l.reason === null) l.reason = 'repeated-line';
  }
}
