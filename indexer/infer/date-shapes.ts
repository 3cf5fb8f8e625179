/**
 * The shapes of the lines that date a page, read one line at a time: a stamp line (a date and a
 * little decoration), a date set apart by separators, a dateline opening a paragraph (with or
 * without a year), a date signed with a name, and cued dates without a day or with a two-digit
 * year. date-candidates.ts decides which lines to read and what each shape is worth.
 */
import { wordCount } from '../clean/shape.ts';
import { monthsOf, MONTH_NAME } from './date-names.ts';
import { dateResidue, findDates, hasClockTime, type FoundDate } from './dates.ts';
import { cueBefore, type Cue } from './date-cues.ts';
import { quote } from './quote.ts';
import { asciiDigits } from './digits.ts';

/** A dateline's place: "LEEDS, ", "NEW YORK, ", "Hirschberg, ", "BERLIN, Monday, ". */
const DATELINE_PLACE =
  /^\p{Lu}[\p{L}\p{M}'’.]*(?:,?[\s/-]+(?:\p{Lu}[\p{L}\p{M}'’.]*|de|do|da|del|la|le|sur|am|an|im|der|upon|on|van|von)){0,3},\s*(?:\p{Lu}\p{L}{1,11}\.?,?\s+)?$/u;
/** What follows a dateline's date: a time, then a stop, a bracket, a dash or a slash. */
const DATELINE_END = /^\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*)?(?:[.,:;(/]|[-–—])/iu;

/** A dateline's place without its comma: "Praha ", "RIVERSIDE, Calif.-- ", "SAN FRANCISCO — ". */
const DASHED_PLACE =
  /^\p{Lu}[\p{L}\p{M}'’.]*(?:,?[\s/-]+(?:\p{Lu}[\p{L}\p{M}'’.]*|de|do|da|del|la|le|sur|am|an|im|der|upon|on|van|von)){0,3}(?:\s*[-–—]{1,2}\s*|\s+)$/u;
/**
 * After such a dateline's date: a dash (perhaps after its time), and the story's first word, capitalised
 * ("Since 16 May 2014 – the company has…" is a sentence, not a dateline).
 */
const DASH_AFTER = /^\s*(?:\d{1,2}[:.h]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*)?[-–—]{1,2}\s+["'“„«‘]?[\p{Lu}\p{N}]/u;

/** After a dateline's date with no place before it: a dash, perhaps after a stop ("15/12/2024.- "). */
const PLACELESS_END = /^\s*\.?\s*[-–—]+\s/u;
/** Or its place, then the dash and the story's first word, capitalised (", Halifax - Fire stations…"). */
const PLACE_AFTER = /^,\s*\p{Lu}[\p{L}\p{M}'’.]*(?:[\s-]+\p{Lu}[\p{L}\p{M}'’.]*){0,2}\s*[-–—]{1,2}\s+["'“„«‘]?[\p{Lu}\p{N}]/u;
/** A place inside the dateline's bracket, before its date ("Geneva: ", "NEW YORK, "): capitalised words, a comma or a colon. */
const BRACKETED_PLACE = /^\p{Lu}[\p{L}\p{M}'’.]*(?:[\s-]+\p{Lu}[\p{L}\p{M}'’.]*){0,2}\s*[,:]\s*$/u;
/**
 * After a stamp the scraper glued to the first paragraph ("27 January, 2020 00:00 | 1 min read<the story>"):
 * its clock time, then a bar or a dot set between a stamp's parts. A sentence gives a date no clock and no bar.
 */
const GLUED_STAMP_END = /^\s*,?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?[|·•]/iu;

/** A separator, then perhaps a weekday ("| Wednesday,"), before a date segment. */
const SEGMENT_BEFORE = /\s[|–—·•/-]\s+(?:\p{L}{2,12}\.?,?\s+)?$|\|\s*$/u;
/** After a date segment: perhaps a time, then a separator or the end. */
const SEGMENT_AFTER = /^\s*(?:,?\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*\p{Lu}{0,4}\s*)?(?:$|[|–—·•/]|\s-\s)/iu;
/** A stamp line keeps at most this many words besides its date. */
const STAMP_RESIDUE_WORDS = 5;
/** "15. 8. 2025; Jana Nováková", "3 March 2021 | Jane Doe": a date signed with a name. */
export const SIGNATURE = /^\s*[;,|–—-]\s*(?:[\p{L}]{1,6}\.\s*){0,3}\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}[\p{Ll}\p{M}'’-]+\s*$/u;
/** "PORTSMOUTH, England, May 17 (UPI) --", "BERLIN, 3. März (dpa) -". */
const YEARLESS_DATELINE = new RegExp(
  `^(\\p{L}[\\p{L}\\p{M}'’.]*(?:,?[\\s/-]+(?:\\p{L}[\\p{L}\\p{M}'’.]*)){0,3}),\\s*(?:${MONTH_NAME}\\s+(\\d{1,2})|(\\d{1,2})\\.?\\s+${MONTH_NAME})\\s*(?:\\(|[-–—]+\\s)`,
  'iu',
);
/** Full stop, question or exclamation mark after a word or number, as sentences end. */
const SENTENCE_END = /[\p{L}\p{N}][.!?]["'”’)]?$/u;
/** The separators stamp lines put between their parts ("Harbourside 2021-03-04 | Comments: 0"). */
const STAMP_SEPARATOR = /\s[|/–—·•-]\s|\|/;
/** "November 2012", "noviembre de 2012". */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_NAME},?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'iu');
/**
 * "21/11/12", "3.4.19": day, month and a two-digit year. Not after a letter: "H30.12.03" and "R7.3.20" are Japanese
 * era dates (Heisei 30 is 2018, Reiwa 7 is 2025), whose era year is not the Gregorian year's last two digits.
 */
const SHORT_YEAR_DATE = /(?<![\p{L}\p{N}.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\p{N}]|[./-]\d)/u;

/** A cued date, before the candidate it becomes is placed and scored. */
export interface CuedDate {
  iso: string;
  readings?: string[];
  dayFirst?: string;
  cue: Cue;
}

/** "Published: November 2012", "Publicado en noviembre de 2012": a month, no day, after a cue. */
export function cuedMonthYear(text: string): CuedDate | null {
  const m = MONTH_YEAR.exec(text);
  const months = m ? monthsOf(m[1]!) : [];
  const cue = m && months.length === 1 ? cueBefore(text, m.index) : null;
  if (!cue) return null;
  return { iso: `${m![2]!}-${String(months[0]).padStart(2, '0')}`, cue };
}

/**
 * "Publicado: 21/11/12 10:30", "Aktualisiert am 3.4.19": a two-digit year, read only after a cue
 * (alone, "3.4.19" may be a version or a score). The century is the one that puts it in the past.
 */
export function cuedShortYear(text: string, today: Date): CuedDate | null {
  const m = SHORT_YEAR_DATE.exec(text);
  const cue = m ? cueBefore(text, m.index) : null;
  const date = m && cue ? readShortYear(m, today) : null;
  return date && cue ? { ...date, cue } : null;
}

/**
 * "• 28.04.07, 15:28": a two-digit-year date with a clock time and nothing else on the line is a
 * time stamp by its shape, no cue needed (a version or a score has no clock time beside it). So is
 * "24.04.08" alone on its line, with dots or slashes and nothing else, not even a bullet: a blog's or a
 * portal's post stamp, above the headline or under the story. A version, a score or a table's cell
 * comes with a word or a number beside it, or in a column of others, which the list rules discount.
 */
export function shortYearStamp(text: string, today: Date): Omit<CuedDate, 'cue'> | null {
  const m = SHORT_YEAR_DATE.exec(text);
  if (!m) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  const alone = rest.trim() === '' && m[2] !== '-';
  return alone || (hasClockTime(rest) && dateResidue(rest, []) === '') ? readShortYear(m, today) : null;
}

/**
 * The first year a two-digit year can stand for on a web page: no site stamped its pages before the web. A two-digit
 * year that would be earlier is another calendar's ("20/03/68 10:30" on a Thai page is the Buddhist Era's 2568, that
 * is 2025), or no year at all: it is refused, never read as 1968.
 */
const FIRST_SHORT_YEAR = 1990;

/** The date a two-digit year stands for: the century that puts it in the past, if that is the web's. */
function readShortYear(m: RegExpExecArray, today: Date): Omit<CuedDate, 'cue'> | null {
  const yy = Number(m[4]);
  const century = yy <= today.getUTCFullYear() % 100 ? 2000 : 1900;
  if (century + yy < FIRST_SHORT_YEAR) return null;
  const [date] = findDates(`${m[1]}${m[2]}${m[3]}${m[2]}${century + yy}`);
  if (!date) return null;
  const found: Omit<CuedDate, 'cue'> = { iso: date.iso };
  if (date.readings) found.readings = date.readings;
  if (date.dayFirst) found.dayFirst = date.dayFirst;
  return found;
}

/**
 * A script without case or spaces (Chinese, Japanese, Thai) has no lower-case words to show a
 * sentence: a run this long without a break is a clause, not a name or a label ("武汉晚报").
 */
const UNSPACED_CLAUSE = /[\p{Lo}\p{M}]{12,}/u;

/**
 * What is left of a stamp line besides its date is a word or two, or names, sections and labels
 * ("Lakeside", "SPORT", "AP / DPA", "Comments", "5 Years Ago"); a sentence keeps lower-case words
 * and ends like one ("He died on 4 May 2017.").
 */
export function isStampResidue(residue: string, line: string): boolean {
  const words = residue === '' ? [] : residue.split(' ');
  if (words.length > STAMP_RESIDUE_WORDS || UNSPACED_CLAUSE.test(residue)) return false;
  if (!words.some((w) => /^\p{Ll}/u.test(w))) return true;
  return !SENTENCE_END.test(line) && STAMP_SEPARATOR.test(line);
}

/**
 * "Headline – 21 November 2012 – Site": a date that is a segment of its own between separators
 * (a title line, a breadcrumb, a credit line) is a stamp however long the rest of the line is.
 */
export function isDateSegment(text: string, date: FoundDate): boolean {
  const before = text.slice(0, date.index);
  const after = text.slice(date.index + date.text.length);
  // A date glued to the letter before it ("Town council14 March 2005") was a part of its own.
  const opens = before.trim() === '' || SEGMENT_BEFORE.test(before) || /\p{L}$/u.test(before);
  const closes = after.trim() === '' || SEGMENT_AFTER.test(after);
  return opens && closes;
}

/** "LEEDS, April 2, 2019 (Reuters) -" → "LEEDS, April 2, 2019"; null when the date does not open the line so. */
export function datelineOf(text: string, date: FoundDate): string | null {
  if (date.index > 60) return null;
  const place = text.slice(0, date.index);
  const end = date.index + date.text.length;
  // "15/12/2024.- The police said…": a date alone opening the paragraph, set off by a dash; or its place after it,
  // then the dash ("July 30, 2014, Halifax - Fire stations…").
  if (place.trim() === '') {
    const rest = text.slice(end);
    const placeAfter = date.iso.length === 10 && PLACE_AFTER.test(rest);
    return PLACELESS_END.test(rest) || placeAfter || GLUED_STAMP_END.test(asciiDigits(rest)) ? text.slice(0, end) : null;
  }
  // "[June 20, 2022] WASHINGTON (Agency) - …": the date in brackets opening the paragraph, perhaps after its place
  // ("(Geneva: 30 November 2010): United Nations…", "(NEW YORK, May 4, 2021) – …").
  const bracketed = /^\s*[[(]\s*(.*)$/u.exec(place);
  if (bracketed && (bracketed[1] === '' || (date.iso.length === 10 && BRACKETED_PLACE.test(bracketed[1]!)))) {
    const close = /^\s*[\])]/u.exec(text.slice(end));
    return close ? text.slice(0, end + close[0].length) : null;
  }
  if (wordCount(place) > 5) return null;
  // "#Kingston, November 22, 2022 – …": the place as a hashtag.
  const placeName = place.replace(/^#(?=\p{Lu})/u, '');
  if (DATELINE_PLACE.test(placeName)) return DATELINE_END.test(text.slice(end)) ? text.slice(0, end) : null;
  // "Praha 16. dubna 2014 - …", "SAN FRANCISCO — Jan. 5, 2021 — …": a place set off by a space or a dash, its full date by a dash.
  return date.iso.length === 10 && DASHED_PLACE.test(placeName) && DASH_AFTER.test(text.slice(end)) ? text.slice(0, end) : null;
}

/**
 * After the date of a Chinese dispatch mark: 讯/訊 (a report) or 电/電 (a wire), perhaps the mark's
 * closing bracket; not 电 opening a word of its own (电视 television, 电影 film, 电话 telephone…).
 */
const DISPATCH_END = /^日?\s*(?:[讯訊]|[电電](?![视視影话話脑腦子力网網台]))】?/u;
/** How far into its line a dispatch mark's date can start ("【Harbour Daily 2014年" is 21 characters). */
const DISPATCH_START = 30;

/**
 * "【Name 2014年10月18日讯】…", "Agency City 2014年10月18日电 …": the mark that opens a Chinese
 * news report with its own date, the story's dateline. Null when the date does not close such a mark.
 */
export function dispatchMarkOf(text: string, date: FoundDate): string | null {
  if (date.index > DISPATCH_START) return null;
  const end = date.index + date.text.length;
  const m = DISPATCH_END.exec(text.slice(end));
  return m ? text.slice(0, end + m[0].length) : null;
}

/** "28/8", "3.4.": a numeric day and month without a year, not part of a longer number. */
const NUMERIC_DAY = /(?<![\p{N}.,/:-])(\d{1,2})(?:\/(\d{1,2})|\.(\d{1,2})\.)(?![\p{N}]|[./]\d)/u;
/** How far into a paragraph its day can be ("On the morning of Monday 28/8, " is 32 characters). */
const LEAD_DAY_REACH = 40;

/**
 * "Sáng 28/8, …", "Am 3.4. hat …": the day the story happened, named without a year at the start
 * of its first paragraphs. Alone it says nothing about the year; it can only agree with a stamp of
 * the same day. Both readings of a date that reads both ways are given.
 */
export function leadDays(text: string): { monthDay: string; evidence: string }[] {
  const m = NUMERIC_DAY.exec(text.slice(0, LEAD_DAY_REACH));
  if (!m) return [];
  const [a, b] = [Number(m[1]), Number(m[2] ?? m[3])];
  const readings = new Set<string>();
  for (const [day, month] of [
    [a, b],
    [b, a],
  ] as const)
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) readings.add(`${pad(month)}-${pad(day)}`);
  return [...readings].map((monthDay) => ({ monthDay, evidence: `day in the lead '${quote(text.slice(0, m.index + m[0].length))}'` }));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "PORTSMOUTH, England, May 17 (UPI) --", "BERLIN, 3. März (dpa) -": month and day, no year. */
export function yearlessDateline(text: string): { monthDay: string; evidence: string } | null {
  const comma = text.indexOf(',');
  if (comma < 0 || comma > 50 || !/\d/.test(text.slice(comma, 80))) return null;
  const m = YEARLESS_DATELINE.exec(text.slice(0, 80));
  // The pattern is case-insensitive for month names; a place is words with capitals.
  if (!m || !DATELINE_PLACE.test(`${m[1]!}, `)) return null;
  const [monthName, day] = m[2] !== undefined ? [m[2], m[3]!] : [m[5]!, m[4]!];
  const months = monthsOf(monthName);
  const d = Number(day);
  if (months.length !== 1 || d < 1 || d > 31) return null;
  return {
    monthDay: `${String(months[0]).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    evidence: `dateline '${quote(m[0].replace(/\s*(?:\(|[-–—]+)\s*$/, ''))}'`,
  };
}
