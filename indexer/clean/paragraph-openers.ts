/**
 * A short line that ends in a colon or a dash, right above a paragraph, opens that paragraph: a
 * dateline the scraper cut from its text ("Springfield -"), a time label of a live update
 * ("(BREAKING 8:45 am):"). Shape rules read it alone as a date or a menu item; its punctuation
 * says the text goes on below, so it is text, and dropping it loses a line of the story.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { wordsUpTo } from './line-words.ts';
import { endsSentence } from './shape.ts';
import type { ContentLine } from './structure.ts';
import { isBodyParagraph } from './title-candidates.ts';

/** Reasons read from a line's shape alone; the trade's phrases ("Read more:") name what they drop. */
const SHAPE_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['dateline', 'navigation', 'classifier']);
/** Longest opener: a place, a label, a time. */
const MAX_OPENER_WORDS = 5;
/**
 * A dash after a space ("Place -", "Place –"; never a hyphenated word cut at the line end), or a
 * colon after a time or date ("8:45 am:", "Monday 14 May:"); a colon after words alone is a
 * label of the page ("Read offline:", "Posted: / Updated:") as often as an opener.
 */
const OPENS = /(?:\s[-–—]|\d\S*(?:\s+\p{L}+\.?){0,2}\)?:)$/u;

/** A clock time and a colon closing the line ("Update 08.49:", "(BREAKING 8:45 am):"): a live update's label. */
const TIME_LABEL = /\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\)?:$/iu;
/** Shortest update under a time label: live updates are often one short sentence ("Two people were taken to hospital."). */
const MIN_UPDATE_WORDS = 5;

/** A sentence of a few words: what a live update's time label stands above. */
function isUpdateSentence(l: ContentLine): boolean {
  return wordsUpTo(l, MIN_UPDATE_WORDS) >= MIN_UPDATE_WORDS && endsSentence(l.text);
}

export function keepParagraphOpeners(lines: ContentLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (l.reason === null || !SHAPE_REASONS.has(l.reason) || !OPENS.test(l.text)) continue;
    if (wordsUpTo(l, MAX_OPENER_WORDS + 1) > MAX_OPENER_WORDS) continue;
    if (next.reason === null && (isBodyParagraph(next.text) || (TIME_LABEL.test(l.text) && isUpdateSentence(next)))) l.reason = null;
  }
}
