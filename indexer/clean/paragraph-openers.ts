/**
 * A short line that ends in a colon or a dash, right above a paragraph, opens that paragraph: a
 * dateline the scraper cut from its text ("Springfield -", "SPRINGFIELD, IL", "SPRINGFIELD-"), a
 * time label of a live update ("(BREAKING 8:45 am):"). Shape rules read it alone as a date or a
 * menu item; its punctuation (or a place in capitals before a comma) says the text goes on below,
 * so it is text, and dropping it loses a line of the story.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { wordsUpTo } from './line-words.ts';
import { AGENCY_NAMES } from './phrases.ts';
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
/**
 * A dateline cut from its paragraph in the forms wire copy prints it: the place in capitals before
 * a comma and one more name, a region's code or abbreviation or the site's domain ("SPRINGFIELD, IL",
 * "INEZ, Ky.", "JAKARTA, outlet.id"), or the dash glued to the last word ("PASAMAN BARAT-",
 * "SITE.com-"). A word hyphenated at the line's end goes on in lower case on the next line; a
 * dateline's paragraph opens with a capital, so the glued dash is read only above one. A menu in
 * capitals ("NEWS, SPORT") names no code or domain; a byline in capitals ends in an agency
 * ("JANE DOE, AP"), which is no place: both stay dropped ("PA" is a state and PA Media: read as the agency).
 */
const CAPS_PLACE = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?,\s+(\S+)$/u;
const REGION = /^(?:\p{Lu}{2}|\p{Lu}[\p{L}.]{0,5}\.|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})$/u;
const AGENCIES: ReadonlySet<string> = new Set(AGENCY_NAMES);
const GLUED_DASH = /[\p{L}\p{N}][-–—]$/u;
const OPENS_CAPITAL = /^["“‘'«„]?\p{Lu}/u;

/** Whether the line is a dateline cut from the paragraph `next` (the shapes above). */
function isCutDateline(text: string, next: string): boolean {
  if (GLUED_DASH.test(text)) return OPENS_CAPITAL.test(next);
  const region = CAPS_PLACE.exec(text)?.[1];
  return region !== undefined && REGION.test(region) && !AGENCIES.has(region);
}

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
    if (l.reason === null || !SHAPE_REASONS.has(l.reason) || !(OPENS.test(l.text) || isCutDateline(l.text, next.text))) continue;
    if (wordsUpTo(l, MAX_OPENER_WORDS + 1) > MAX_OPENER_WORDS) continue;
    if (next.reason === null && (isBodyParagraph(next.text) || (TIME_LABEL.test(l.text) && isUpdateSentence(next)))) l.reason = null;
  }
}
