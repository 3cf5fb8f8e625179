/**
 * Dates in the calendars some pages print instead of the Gregorian one, as Gregorian dates: the
 * Thai solar calendar (Buddhist Era: "10 พ.ย. 2566" is 10 November 2023), the Japanese eras and the Republic of
 * China's years ("令和3年5月1日", "民國110年5月1日": 1 May 2021) and the Solar Hijri
 * calendar of Iran and Afghanistan ("10 اسفند 1395" is 28 February 2017, "1400/01/25" 14 April 2021), converted by the
 * platform's ICU calendars rather than by hand. Month names are data: a calendar is added by its
 * names and its conversion.
 */
import { alternation } from '../escape-regexp.ts';
import { MORE_MONTHS_BY_LANGUAGE } from './date-names-more.ts';

/** The calendar's month names, in order, one or more spellings each; lower case. */
const SOLAR_HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['فروردین'],
  ['اردیبهشت'],
  ['خرداد'],
  ['تیر'],
  ['مرداد', 'امرداد'],
  ['شهریور'],
  ['مهر'],
  ['آبان'],
  ['آذر'],
  ['دی'],
  ['بهمن'],
  ['اسفند'],
];
const THAI_MONTHS = Object.values(MORE_MONTHS_BY_LANGUAGE.th ?? {});

/** A year these calendars are in now and have been for a century: 1300-1499 Solar Hijri, 2450-2599 Buddhist Era. */
export const CALENDAR_YEAR = /(?<!\d)(?:1[34]\d\d|2[45]\d\d)(?!\d)/;
/**
 * A Thai abbreviated month's closing dot before two digits: the cheap first test of `THAI_SHORT_YEAR`
 * (dates.ts's `HAS_YEAR` carries the same alternative).
 */
export const THAI_SHORT_YEAR_HINT = /[\u0E01-\u0E4E]\.\s*\d\d(?!\d)/;
/**
 * "6 มิ.ย. 54": CLDR's short Thai date (`th-u-ca-buddhist`, day, abbreviated month, year 2-digit) as
 * Thai sites print it; the two digits are the Buddhist Era's 25xx (2554 = 2011). Only the dotted
 * abbreviations, which no other word of the language is.
 */
const THAI_SHORT_MONTHS = monthIndex(THAI_MONTHS.map((spellings) => spellings.filter((s) => s.includes('.'))));
const THAI_SHORT_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(${alternation(THAI_SHORT_MONTHS.keys())})\\.\\s*(\\d\\d)(?![\\d:.,/-])`,
  'u',
);

/**
 * "令和3年5月1日", "平成30年12月3日", "令和元年5月1日", "民國110年5月1日": a date in a Japanese era's years or in the
 * Republic of China's (Minguo) years, as CLDR's `japanese` and `roc` calendars print it. Only a full date with its
 * era's name: a year alone ("令和4年度", a fiscal year) is not a date, and a bare "30年" may be either calendar's.
 */
export const ERA_HINT = /[和成正治國国]\s*(?:\d{1,3}|元)\s*年/;
const ERA_DATE = /(令和|平成|昭和|大正|明治|民國|民国)\s*(\d{1,3}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** The Gregorian year before each era's first ("元年", year 1). */
const ERA_BEFORE: Readonly<Record<string, number>> = {
  令和: 2018,
  平成: 1988,
  昭和: 1925,
  大正: 1911,
  明治: 1867,
  民國: 1911,
  民国: 1911,
};

interface Calendar {
  /** Day, month name, year. */
  pattern: RegExp;
  months: Map<string, number>;
  toGregorian: (year: number, month: number, day: number) => string | undefined;
}

function monthIndex(names: readonly (readonly string[])[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((spellings, i) => {
    for (const name of spellings) index.set(name.toLowerCase(), i + 1);
  });
  return index;
}

function datePattern(months: Map<string, number>, year: string): RegExp {
  const names = alternation(months.keys());
  return new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(${names})\\.?,?\\s*(${year})(?!\\d)`, 'iu');
}

const CALENDARS: readonly Calendar[] = [
  {
    months: monthIndex(THAI_MONTHS),
    pattern: datePattern(monthIndex(THAI_MONTHS), '2[45]\\d\\d'),
    // The Thai year has begun on 1 January since 1941: the Buddhist Era is the Gregorian year plus 543.
    toGregorian: (year, month, day) => isoIfValid(year - 543, month, day),
  },
  {
    months: monthIndex(SOLAR_HIJRI_MONTHS),
    pattern: datePattern(monthIndex(SOLAR_HIJRI_MONTHS), '1[34]\\d\\d'),
    toGregorian: solarHijriToGregorian,
  },
];

export interface CalendarDate {
  iso: string;
  text: string;
  index: number;
}

/**
 * "1400/01/25", "۱۴۰۰/۰۱/۲۵": Iranian sites stamp their pages with the Solar Hijri date in numbers,
 * year first. Read only in text with no Latin letter: a number of that shape on a page in another
 * script is a reference, not a date.
 */
const SOLAR_HIJRI_NUMERIC = /(?<![\d/.-])(1[34]\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/;
const LATIN_LETTER = /[A-Za-z]/;

/** The first date of another calendar in `text` (ASCII digits), as a Gregorian ISO date. */
export function findCalendarDate(text: string): CalendarDate | undefined {
  const numeric = SOLAR_HIJRI_NUMERIC.exec(text);
  if (numeric && !LATIN_LETTER.test(text)) {
    const iso = solarHijriToGregorian(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
    if (iso) return { iso, text: numeric[0], index: numeric.index };
  }
  const era = ERA_HINT.test(text) ? ERA_DATE.exec(text) : null;
  if (era) {
    const iso = isoIfValid(ERA_BEFORE[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2])), Number(era[3]), Number(era[4]));
    if (iso) return { iso, text: era[0], index: era.index };
  }
  const thai = THAI_SHORT_YEAR_HINT.test(text) ? THAI_SHORT_YEAR.exec(text) : null;
  if (thai) {
    const iso = isoIfValid(2500 + Number(thai[3]) - 543, THAI_SHORT_MONTHS.get(thai[2]!)!, Number(thai[1]));
    if (iso) return { iso, text: thai[0], index: thai.index };
  }
  for (const calendar of CALENDARS) {
    const m = calendar.pattern.exec(text);
    const month = m ? calendar.months.get(m[2]!.toLowerCase()) : undefined;
    if (!m || month === undefined) continue;
    const iso = calendar.toGregorian(Number(m[3]), month, Number(m[1]));
    if (iso) return { iso, text: m[0], index: m.index };
  }
  return undefined;
}

const PERSIAN = new Intl.DateTimeFormat('en-US-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const DAY_MS = 86_400_000;

/** Days from the start of a Solar Hijri year to a month and day: six months of 31 days, then 30. */
function dayOfSolarYear(month: number, day: number): number {
  return (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
}

/**
 * The Gregorian date of a Solar Hijri date: a first guess from Nowruz (20 or 21 March of the
 * year + 621), corrected by reading the guess back in ICU's Persian calendar.
 */
function solarHijriToGregorian(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  let time = Date.UTC(year + 621, 2, 21) + dayOfSolarYear(month, day) * DAY_MS;
  for (let attempt = 0; attempt < 3; attempt++) {
    const parts = Object.fromEntries(PERSIAN.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
    const [y, m, d] = [Number(parts.year), Number(parts.month), Number(parts.day)];
    if (y === year && m === month && d === day) return new Date(time).toISOString().slice(0, 10);
    const off = (year - y) * 365 + dayOfSolarYear(month, day) - dayOfSolarYear(m, d);
    if (off === 0) return undefined;
    time += off * DAY_MS;
  }
  return undefined;
}

function isoIfValid(year: number, month: number, day: number): string | undefined {
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return t.toISOString().slice(0, 10);
}
