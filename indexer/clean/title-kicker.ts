/**
 * A kicker printed on the line right above its headline, in the same block: a subject line ("Police
 * in times of lockdown" over a quoted headline), an authority's name over its press release's
 * headline. A standfirst under a headline runs longer than it; a kicker is no shorter than the line
 * under it only when it is a label, so of two headline-shaped lines on consecutive source lines
 * (no blank line between) the lower is the headline when it is no longer than the upper.
 */
import { endsSentence, lineKey } from './shape.ts';

/** A headline candidate as this rule sees it: its text and source line. */
export interface StackedLine {
  text: string;
  line: number;
}

/** A kicker is a short label: a line longer than this over another is a headline over its standfirst. */
const MAX_KICKER_WORDS = 6;
/** Fewer words than this under a line is a name or a fragment, not a headline with a kicker over it. */
const MIN_HEADLINE_WORDS = 3;

/** Whether `upper` is a kicker over `lower`, the line printed right under it. */
export function isKickerOnTop(upper: StackedLine, lower: StackedLine): boolean {
  if (lower.line !== upper.line + 1) return false;
  const above = words(upper.text);
  const below = words(lower.text);
  if (above > MAX_KICKER_WORDS || below < MIN_HEADLINE_WORDS || below > above) return false;
  // A sentence is a standfirst or a lead, on either line; a quotation is a headline's own shape.
  if (endsInFullStop(upper.text) || endsInFullStop(lower.text)) return false;
  // A lower line opening in lower case goes on with the upper one's sentence: a paragraph wrapped over lines.
  if (/^[^\p{L}\p{N}]*\p{Ll}/u.test(lower.text)) return false;
  // The headline again, cleaner (the page title over the article's heading), is no kicker's headline.
  return !lineKey(upper.text).includes(lineKey(lower.text));
}

/** Words with a letter or a digit: a dash between names is no word. */
function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function endsInFullStop(text: string): boolean {
  return endsSentence(text) && /[.…]["'”’»)]*$/u.test(text);
}
