/**
 * Finding calendar dates in text: ISO ("2012-11-21", "2012/11/21") and written forms
 * ("21 November 2012", "Nov. 21, 2012", "Wednesday, 21 Nov 2012"). Only dates with a year are
 * returned; "on 21 November" says nothing about the year.
 */
import { isValidPartialDate } from './stated-meta.ts';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const PATTERNS: Array<{ re: RegExp; toIso: (m: RegExpExecArray) => string }> = [
  { re: /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, toIso: (m) => iso(m[1]!, m[2]!, m[3]!) },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), toIso: (m) => iso(m[3]!, MONTHS[m[2]!.toLowerCase()]!, m[1]!) },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), toIso: (m) => iso(m[3]!, MONTHS[m[1]!.toLowerCase()]!, m[2]!) },
];

export interface FoundDate {
  iso: string;
  /** The text that was read as the date. */
  text: string;
  index: number;
}

/** Valid dates in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, toIso } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = toIso(m);
      if (isValidPartialDate(value)) found.push({ iso: value, text: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/gi;
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|[+-]\d{2}:?\d{2}|z))?\b/gi;

/** The line is a date (with weekday, time, zone) and nothing else worth indexing. */
export function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = rest.replace(WEEKDAY, ' ').replace(TIME, ' ');
  return rest.replace(/[\s\p{P}\p{S}]+/gu, '') === '';
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
