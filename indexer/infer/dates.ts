/**
 * Finding calendar dates in text: ISO ("2012-11-21", "2012/11/21"), written forms in the
 * languages of date-names.ts ("21 November 2012", "Nov. 21, 2012", "20. Juli 2012",
 * "16 Haziran 2019", "15. srpna 2025", "22 de noviembre de 2012") and numeric day/month forms
 * ("11.07.2020", "06/27/2012"). Only dates with a year are returned; "on 21 November" says
 * nothing about the year.
 *
 * Every line the cleaner tests goes through here, so the search is anchored on the year: a line
 * without a four-digit year costs one short scan, and the written-date patterns only ever run on
 * the few characters in front of a year.
 */
import { borrowedMonthsOf, DATE_DECORATION, isBorrowedWeekdayName, MONTH_NAME, monthsOf } from './date-names.ts';
import { isValidPartialDate } from './stated-meta.ts';
import { asciiDigits } from './digits.ts';
import { CALENDAR_YEAR, ERA_HINT, findCalendarDate, THAI_SHORT_YEAR_HINT } from './date-calendars.ts';

export interface FoundDate {
  /**
   * The date as partial ISO. A numeric date that reads both ways ("06/08/2019": June 8 or
   * August 6) is given as its year alone, with both readings in `readings`.
   */
  iso: string;
  /** The full dates an ambiguous date can be, when there is more than one. */
  readings?: string[];
  /** Of a numeric date that reads both ways, the reading with the day first (European order). */
  dayFirst?: string;
  /** The text that was read as the date. */
  text: string;
  index: number;
}

/** A Gregorian year, or one of the other calendars' (date-calendars.ts), a Thai two-digit year and an era's year among them. */
const HAS_YEAR = /(?:19|20)\d\d|1[34]\d\d|2[45]\d\d|[\u0E01-\u0E4E]\.\s*\d\d(?!\d)|[和成正治國国]\s*(?:\d{1,3}|元)\s*年/;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** How far in front of a year a written date can start ("22 de noviembre de " is 19 characters). */
const WINDOW = 40;

const ISO_AT = /((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/y;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.º)?';
const Y = '((?:19|20)\\d\\d)$';
/**
 * "21 November 2012", "20. Juli 2012", "16th Dec 2020", "22 de noviembre de 2012", "12 d'abril de 2023",
 * "21-Nov-2012", "2nd Jul , 2020" (a scraper spacing the comma off).
 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])${DAY}(?:\\.?\\s+(?:(?:de|of)\\s+|d['’])?|\\.?-|\\.)${MONTH_NAME}(?:\\s?,?\\s+(?:(?:de|del)\\s+)?|-)${Y}`,
  'iu',
);
/**
 * "05 - Février - 2025", "5 – May – 2025": day, month and year set apart by spaced dashes on both sides (one dash
 * alone is a range or a score: "3 - May 2025" is not read).
 */
const DAY_MONTH_YEAR_DASHED = new RegExp(`(?<![\\p{L}\\p{N}])${DAY}\\s+[-–]\\s+${MONTH_NAME}\\s+[-–]\\s+${Y}`, 'iu');
/** "Nov. 21, 2012", "November 09, 2017", "Sept. 22, 2023", "July 2 , 2020". */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_NAME}\\s*${DAY}\\s?,?\\s+${Y}`, 'iu');
/** Vietnamese: "21 tháng 11 năm 2012", "21 tháng 11, 2012". */
const VI_DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+th[aá]ng\\s+(\\d{1,2}),?\\s+(?:n[aă]m\\s+)?${Y}`, 'iu');
/**
 * Dates that start with their year: "2024. március 5." (Hungarian), "2024 m. kovo 5 d."
 * (Lithuanian), "2024. gada 5. martā" (Latvian), "2024年3月5日", "2024년 3월 5일", and "2024 5月15日"
 * (a page that sets the year apart from month and day drops its 年).
 */
const YEAR_FIRST_AT = new RegExp(
  `((?:19|20)\\d\\d)(?:(?:\\s*[年년]|\\s)\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\d)|(?:\\.|\\s+m\\.)?\\s+(?:gada\\s+)?(?:${MONTH_NAME}\\s*(\\d{1,2})(?![\\p{N}])|(\\d{1,2})\\.\\s*${MONTH_NAME}(?![\\p{L}])))`,
  'iuy',
);
/**
 * A word in a month name's place, for the CLDR's names the tables lack (date-names.ts
 * `borrowedMonthsOf`): tried only where the patterns above read nothing, so they cost no date search
 * that succeeds, and the word is looked up, not matched against every language's names.
 */
const WORD = "([\\p{L}\\p{M}][\\p{L}\\p{M}.'’]*?)\\.?";
/** "28 vasario 2019", "7 فروری 2025". */
const DAY_WORD_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${DAY}(?:\\.?\\s+|\\.?-)${WORD}(?:\\s?,?\\s+|-)${Y}`, 'u');
/** "فروری 7, 2025", "Vasario 28, 2019". */
const WORD_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${WORD}\\s+${DAY}\\s?,?\\s+${Y}`, 'u');
/** "2019 Vasaris 28", "2019. vasario 28". */
const YEAR_WORD_DAY_AT = new RegExp(`((?:19|20)\\d\\d)\\.?\\s+${WORD}\\s*(\\d{1,2})(?![\\p{N}])`, 'uy');
/** "11.07.2020", "06/27/2012", "21-11-2012". */
const NUMERIC = new RegExp(`(?<![\\p{N}.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2${Y}`, 'u');
/** "15. 8. 2025": Czech and Slovak space their numeric dates. */
const NUMERIC_SPACED = new RegExp(`(?<![\\p{N}.,/-])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s?${Y}`, 'u');

/** Months in Roman numerals, in order. */
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** "4.III.2019", "4. III. 2019": the month in Roman numerals, as Central and Eastern Europe write it; dots on both sides. */
const ROMAN_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.])(\\d{1,2})\\.\\s?(${[...ROMAN_MONTHS].reverse().join('|')})\\.\\s?${Y}`, 'u');

/** Cheap first test: a text without a four-digit year holds no date `findDates` returns. */
export function mayHoldDate(text: string): boolean {
  return HAS_YEAR.test(asciiDigits(text));
}

/** Valid dates in `text`, in order of appearance; digits of other scripts read as theirs ("٤ مارس ٢٠١٩"). */
export function findDates(text: string): FoundDate[] {
  const ascii = asciiDigits(text);
  if (ascii === text) return findAsciiDates(text);
  // The text as written, at the same offsets.
  return findAsciiDates(ascii).map((d) => ({ ...d, text: text.slice(d.index, d.index + d.text.length) }));
}

function findAsciiDates(text: string): FoundDate[] {
  if (!HAS_YEAR.test(text)) return [];
  const found: FoundDate[] = [];
  let consumedTo = 0;
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(text); y; y = YEAR.exec(text)) {
    const at = y.index;
    if (at < consumedTo) continue;
    const date =
      isoAt(text, at) ??
      endingAt(text, at, consumedTo) ??
      yearFirstAt(text, at) ??
      gluedEndingAt(text, at, consumedTo) ??
      borrowedAt(text, at, consumedTo);
    if (date) {
      found.push(date);
      consumedTo = date.index + date.text.length;
      YEAR.lastIndex = Math.max(YEAR.lastIndex, consumedTo);
    }
  }
  // A page that prints the Gregorian date beside its own calendar's is read by the Gregorian one.
  if (found.length === 0 && (CALENDAR_YEAR.test(text) || THAI_SHORT_YEAR_HINT.test(text) || ERA_HINT.test(text))) {
    const other = findCalendarDate(text);
    if (other) found.push(other);
  }
  return found;
}

function isoAt(text: string, at: number): FoundDate | undefined {
  ISO_AT.lastIndex = at;
  const m = ISO_AT.exec(text);
  if (!m) return undefined;
  const value = iso(m[1]!, m[2]!, m[3]!);
  return isValidPartialDate(value) ? { iso: value, text: m[0], index: at } : undefined;
}

function yearFirstAt(text: string, at: number): FoundDate | undefined {
  YEAR_FIRST_AT.lastIndex = at;
  const m = YEAR_FIRST_AT.exec(text);
  if (!m) return undefined;
  const [, year, cjkMonth, cjkDay, monthName, dayAfter, dayBefore, monthAfter] = m;
  const days = cjkDay ?? dayAfter ?? dayBefore!;
  const months = cjkMonth !== undefined ? [Number(cjkMonth)] : monthsOf((monthName ?? monthAfter)!);
  const valid = [...new Set(months.map((month) => iso(year!, month, days)))].filter(isValidPartialDate);
  if (valid.length === 0) return undefined;
  const date: FoundDate = { iso: valid.length === 1 ? valid[0]! : year!, text: m[0], index: at };
  if (valid.length > 1) date.readings = valid;
  return date;
}

/**
 * A lower-case letter touching a capital or a digit: two parts of the page run together by the
 * scraper ("OpinionSeptember 9, 2010", "Town council14 March 2005").
 */
const GLUE = /\p{Ll}(?=\p{Lu}|\d)/gu;

/**
 * A written date glued to the word before it, read as if a space stood there. Tried only when
 * nothing else reads at `at`, so every date read before is read the same way ("March21, 2012").
 */
function gluedEndingAt(text: string, at: number, from: number): FoundDate | undefined {
  const start = Math.max(0, from, at - WINDOW - 1);
  const window = text.slice(start, at + 4);
  GLUE.lastIndex = 0;
  if (!GLUE.test(window)) return undefined;
  // Same length, so indices into the copy are indices into the text.
  const spaced = text.slice(0, start) + window.replace(GLUE, ' ') + text.slice(at + 4);
  const date = endingAt(spaced, at, from);
  return date && { ...date, text: text.slice(date.index, date.index + date.text.length) };
}

/** A written or numeric date whose year starts at `at`, beginning no earlier than `from`. */
function endingAt(text: string, at: number, from: number): FoundDate | undefined {
  const before = windowBefore(text, at, from);
  if (!before) return undefined;
  const { left, window } = before;
  const found = (m: RegExpExecArray, readings: string[], dayFirst?: string) => dateOf(readings, m[0], left + m.index, dayFirst);
  let m = DAY_MONTH_YEAR.exec(window);
  if (m)
    return found(
      m,
      monthsOf(m[2]!).map((month) => iso(m![3]!, month, m![1]!)),
    );
  m = DAY_MONTH_YEAR_DASHED.exec(window);
  if (m)
    return found(
      m,
      monthsOf(m[2]!).map((month) => iso(m![3]!, month, m![1]!)),
    );
  m = MONTH_DAY_YEAR.exec(window);
  if (m)
    return found(
      m,
      monthsOf(m[1]!).map((month) => iso(m![3]!, month, m![2]!)),
    );
  m = VI_DAY_MONTH_YEAR.exec(window);
  if (m) return found(m, [iso(m[3]!, m[2]!, m[1]!)]);
  m = NUMERIC.exec(window);
  if (m) return found(m, numericReadings(m[4]!, Number(m[1]), Number(m[3]), m[2]!), iso(m[4]!, m[3]!, m[1]!));
  m = NUMERIC_SPACED.exec(window);
  if (m) return found(m, [iso(m[3]!, m[2]!, m[1]!)]);
  m = ROMAN_MONTH.exec(window);
  if (m) return found(m, [iso(m[3]!, ROMAN_MONTHS.indexOf(m[2]!) + 1, m[1]!)]);
  return undefined;
}

/**
 * The text in front of a year at `at` where a written or numeric date may begin (no earlier than
 * `from`), and where it starts; none when no digit stands there.
 */
function windowBefore(text: string, at: number, from: number): { left: number; window: string } | undefined {
  const start = Math.max(from, at - WINDOW);
  // One character more on the left, so that the patterns' look-behinds see what precedes.
  const left = start > 0 && start > from ? start - 1 : start;
  // Every date pattern read there has a day or month number in front of the year: most years in
  // prose ("in 2004") have no digit before them, and skip the failing regular expressions.
  if (!hasDigitIn(text, left, at)) return undefined;
  return { left, window: text.slice(left, at + 4) };
}

/**
 * A date read one or more ways: the full date, or its year with every valid reading (and the
 * day-first one, when it is among them); none when no reading is a valid date.
 */
function dateOf(readings: readonly string[], text: string, index: number, dayFirst?: string): FoundDate | undefined {
  // Most dates read one way: no set and no copies for them (18perf13).
  if (readings.length === 1) return isValidPartialDate(readings[0]!) ? { iso: readings[0]!, text, index } : undefined;
  const valid = [...new Set(readings)].filter(isValidPartialDate);
  if (valid.length === 0) return undefined;
  if (valid.length === 1) return { iso: valid[0]!, text, index };
  const date: FoundDate = { iso: valid[0]!.slice(0, 4), readings: valid, text, index };
  if (dayFirst !== undefined && valid.includes(dayFirst)) date.dayFirst = dayFirst;
  return date;
}

/**
 * A date whose month is named only in the CLDR's tables ("2019 Vasaris 28", "7 فروری 2025"): the word
 * in the month's place is looked up. Tried last, where every other reading failed.
 */
function borrowedAt(text: string, at: number, from: number): FoundDate | undefined {
  YEAR_WORD_DAY_AT.lastIndex = at;
  const first = YEAR_WORD_DAY_AT.exec(text);
  const yearFirst =
    first &&
    dateOf(
      borrowedMonthsOf(first[2]!, true).map((month) => iso(first[1]!, month, first[3]!)),
      first[0],
      at,
    );
  if (yearFirst) return yearFirst;
  const before = windowBefore(text, at, from);
  if (!before) return undefined;
  let m = DAY_WORD_YEAR.exec(before.window);
  let readings = m ? borrowedMonthsOf(m[2]!).map((month) => iso(m![3]!, month, m![1]!)) : [];
  if (readings.length === 0) {
    m = WORD_DAY_YEAR.exec(before.window);
    readings = m ? borrowedMonthsOf(m[1]!).map((month) => iso(m![3]!, month, m![2]!)) : [];
  }
  return m ? dateOf(readings, m[0], before.left + m.index) : undefined;
}

/** Whether an ASCII digit (what `\d` matches) stands in `text` between `from` and `to`. */
function hasDigitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Day and month of "a/b/yyyy". Dots are the European day.month order unless the second number
 * cannot be a month ("07.15.2008"); with slashes or dashes a number above 12 decides, and when
 * both can be months the date reads both ways and only its year is certain.
 */
function numericReadings(year: string, a: number, b: number, separator: string): string[] {
  if (a > 12 || b > 12 || a === b) return [b > 12 ? iso(year, a, b) : iso(year, b, a)];
  if (separator === '.') return [iso(year, b, a)];
  return [iso(year, a, b), iso(year, b, a)];
}

const TIME = /(?<![\p{L}\p{N}])\d{1,2}(?:[:.h]\d{2}(?:[:.]\d{2})?)\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?[+-]\d{2}:?\d{2}\)?|\s*z(?![\p{L}]))?/giu;
const PUNCTUATION_AND_SPACE = /[\s\p{P}\p{S}]+/gu;

/**
 * What a line says besides its dates: the dates, clock times, weekday names and the small words
 * of a stamp ("at", "um … Uhr", "ora", time zones) removed, punctuation collapsed to spaces.
 */
export function dateResidue(text: string, dates: readonly FoundDate[] = findDates(text)): string {
  let rest = asciiDigits(text);
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + d.text.length)}`;
  }
  const residue = rest.replace(TIME, ' ').replace(DATE_DECORATION, ' ').replace(PUNCTUATION_AND_SPACE, ' ').trim();
  // A weekday of a language the tables lack ("Jumamosi, 5 Machi 2021"): a short residue only.
  if (residue === '' || residue.length > 40) return residue;
  const words = residue.split(' ');
  return words.some(isBorrowedWeekdayName) ? words.filter((w) => !isBorrowedWeekdayName(w)).join(' ') : residue;
}

/**
 * A clock time standing alone: not two parts of a numeric date ("22.12" and "12.20" of "22.12.2025",
 * "12.22" of "2025.12.22"), which a digit and a dot join to the numbers beside them.
 */
const CLOCK = /(?<![\p{L}\p{N}])(?<!\p{N}[./])\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?![\p{N}]|[./]\p{N})/u;

/** The text holds a clock time ("10:30", "08h32", "3:15 PM"), not the digits of a date ("22.12.2025"). */
export function hasClockTime(text: string): boolean {
  return CLOCK.test(text);
}

/**
 * A stamp, not a name: text with no letter at all (a clock time, a number, a numeric date) or a
 * written date alone. A site's or a section's name always has letters beyond a date's.
 */
export function isStampNotName(text: string): boolean {
  return !/\p{L}/u.test(text) || isDateOnly(text);
}

/** The line is a date (with weekday, time, zone) and nothing else worth indexing. */
export function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  return dates.length > 0 && dateResidue(text, dates) === '';
}

function iso(year: string | number, month: string | number, day: string | number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date field's value as a partial ISO date: ISO forms ("2012-11-21T07:35:00+08:00") or the
 * first written date ("Wed, 21 Nov 2012 07:35 GMT"). Undefined when it holds no date with a year.
 */
export function dateFieldValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const isoPrefix = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ])/.exec(text);
  if (isoPrefix && isValidPartialDate(isoPrefix[0])) return isoPrefix[0];
  return findDates(text)[0]?.iso;
}
