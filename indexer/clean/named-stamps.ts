/**
 * A name beside a date, and nothing else: "Boulia Shire Council 14 Apr 2020", "Jane Doe September 18
 * 2023", "example.in Sunday, Oct 22, 2023 - 07:25 PM (IST)". A page's template prints who published
 * the piece (its author, its office, its site) beside when; the stamp reader takes a date alone or
 * under a cue word ("Posted", "Published"), and the byline reader a name under its cue ("By"), so the
 * pair with neither cue stays. A kept line goes as `dateline` when, with its dates (`findDates`, with a
 * year), clock times, a short bracketed zone and separators taken out, one to four words are left and
 * each is capitalised or a web address: a name. A headline or a sentence with a date in it keeps a word
 * in lower case ("Council meeting of 16 May 2019", "Report of 30 October").
 *
 * Measured on the write-from sets (shared dev, n1, n3, n6-n11, w-18junk10, w-18tit10, w-18out10), every
 * line of this shape: the rules dropped 227 already (none body: 166 stamps, 39 related lists' dates, 10
 * other, 6 bylines, 5 headlines found elsewhere, 1 source); the 3 kept stand on 3 pages of 3 sites in 3
 * sets (an Australian council, a Sierra Leone news site, an Indian news site). Issue 18, 18junk13.
 * Cost: a length test and a digit test a kept line; dates are read only for short lines with a digit.
 */
import { findDates } from '../infer/dates.ts';
import type { ContentLine } from './structure.ts';

/** Longest line read: a stamp with a name, not a paragraph. */
const MAX_CHARS = 100;
/** Most words beside the date: a name of a person, an office or a site. */
const MAX_NAME_WORDS = 4;
const CLOCK = /\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?/gu;
/** "(IST)", "(UTC)": a time zone in brackets. */
const ZONE = /\([^()]{1,6}\)/gu;
const SEPARATORS = /[-|–—,•·/:;@]/gu;
/** A capitalised word, or a site's address ("example.in"). */
const NAME_WORD = /^\p{Lu}|\.\p{L}{2,}$/u;

export function markNamedStamps(lines: ContentLine[]): void {
  for (const l of lines) {
    if (l.reason !== null || l.text.length > MAX_CHARS || !/\p{N}/u.test(l.text)) continue;
    const dates = findDates(l.text);
    if (dates.length === 0) continue;
    let rest = l.text;
    for (const d of dates) rest = rest.replace(d.text, ' ');
    const words = rest.replace(CLOCK, ' ').replace(ZONE, ' ').replace(SEPARATORS, ' ').split(/\s+/u).filter(Boolean);
    if (words.length > 0 && words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w))) l.reason = 'dateline';
  }
}
