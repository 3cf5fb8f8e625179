/**
 * A date stamp glued to the story's first sentence ("date 2024-03-06 Police warn drivers who film
 * crashes.", "Updated 12 May 2024 Two men were arrested …"): a store or a template put the page's
 * date in front of the standfirst. The stamp rules see a cue and a date and drop the line as a
 * dateline, or the title rules take it for the headline; either way the lead is lost. When what
 * follows the stamp is a sentence (it ends in sentence punctuation), or a long run of text in a
 * script without spaces, the line is the story's and is kept (the title, if taken from it, stays
 * the title: which line is the title is not decided here).
 */
import { findDates } from '../infer/dates.ts';
import { spacedWordCount } from './shape.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { ContentLine } from './structure.ts';

/** How far into the line the stamp may start: room for a cue ("Aktualisiert am", "date"), no more. */
const MAX_CUE_CHARS = 20;
/** A sentence after the stamp, not a name or a section ("… | Jane Doe."). */
const MIN_SENTENCE_WORDS = 4;
/**
 * Where words are not spaced (Thai, Chinese, Japanese) there may be no sentence mark to read: a
 * run of text longer than a headline is the story's. Spaced text must end a sentence (a long
 * caption with its credit ends without one).
 */
const MIN_TEXT_CHARS = 90;
/** Characters per space-separated run above which the text is written without spaces between words. */
const UNSPACED_RUN = 12;
/** A year and month in ISO order ("2024-03"), which the date reader leaves alone (no day). */
const ISO_MONTH = /(?<![\p{L}\p{N}])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\p{N}-])/u;
/** A clock time, zone and separators between the date and the text. */
const STAMP_TAIL = /^(?:\s*(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|[A-Z]{2,4}|[|·•,–—-]))*\s*/u;

export function keepStampedLeads(lines: ContentLine[]): void {
  for (const l of lines) {
    if (l.reason !== 'dateline' && l.reason !== 'headline') continue;
    const stampEnd = leadingStampEnd(l.text);
    if (stampEnd < 0) continue;
    const text = l.text.slice(stampEnd).replace(STAMP_TAIL, '');
    const sentence = endsSentenceAnyScript(text) && spacedWordCount(text, MIN_SENTENCE_WORDS) >= MIN_SENTENCE_WORDS;
    const unspacedText = text.length >= MIN_TEXT_CHARS && text.length / spacedWordCount(text) >= UNSPACED_RUN;
    if (sentence || unspacedText) l.reason = null;
  }
}

/** Where a date opening the line (after a short cue) ends; -1 when the line does not open with one. */
function leadingStampEnd(text: string): number {
  const found = findDates(text)[0];
  const date = found ? { index: found.index, length: found.text.length } : monthStamp(text);
  if (!date || date.index > MAX_CUE_CHARS) return -1;
  return date.index + date.length;
}

function monthStamp(text: string): { index: number; length: number } | null {
  const m = ISO_MONTH.exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}
