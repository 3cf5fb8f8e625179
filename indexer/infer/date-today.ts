/**
 * The site's "today": a header that prints the visit's date says so ("Today is Thursday, 13 March
 * 2025", "Heute ist …", "今日日期: …"). That date is when the page was seen, not when the article
 * was written, and reading it as the publication date gives a year later than the page's. A
 * "today" word right before a date, with no publication cue of its own ("Published today, …"),
 * takes that date out of the candidates. Per language, as data: a language is added by its words.
 * A header shows its today beside a weather widget too ("6.9 C" / "City" / date), or beside its
 * exchange rates and stock indices ("usd:" / "328.49" / date): no word says so, the widget does.
 */
import { alternation } from '../escape-regexp.ts';
import type { Cue } from './date-cues.ts';
import { isBorrowedWeekdayName, isWeekdayName } from './date-names.ts';
import { asciiDigits } from './digits.ts';

/** "Today" and "today is" in the languages the date cues cover, and more; lower case. */
const TODAY_WORDS: readonly string[] = [
  // en de nl da no sv
  'today',
  "today's date",
  'today is',
  'heute',
  'heute ist',
  'vandaag',
  'vandaag is',
  'i dag',
  'idag',
  'dagens dato',
  'dagens datum',
  // fr es it pt ro ca
  "aujourd'hui",
  'aujourd’hui',
  'nous sommes le',
  'hoy',
  'hoy es',
  'oggi',
  'oggi è',
  'hoje',
  'hoje é',
  'azi',
  'astăzi',
  'avui',
  // pl cs sk hr sr bs sl hu
  'dziś',
  'dzisiaj',
  'dziś jest',
  'dnes',
  'dnes je',
  'danas',
  'danas je',
  'danes',
  'danes je',
  'mai nap',
  // tr el ru uk bg fi et lt lv is
  'bugün',
  'σήμερα',
  'сегодня',
  'сьогодні',
  'днес',
  'tänään',
  'täna',
  'šiandien',
  'šodien',
  'í dag',
  // id ms vi ar he hi
  'hari ini',
  'hôm nay',
  'اليوم',
  'היום',
  'आज',
];
/** Scripts without spaces between words: the word may touch the text around it. */
const TODAY_UNSPACED: readonly string[] = ['今日', '今天', '本日', '오늘', 'วันนี้'];

/** A "today" word alone ("Today", "Šodien", "오늘"): what a header prints beside the visit's date, never a name. */
export function isTodayWord(text: string): boolean {
  const word = text.toLowerCase().replace(/[\s:：.,|]+$/u, '');
  return TODAY_WORDS.includes(word) || TODAY_UNSPACED.includes(word);
}

/**
 * The word, then at most three short words or a cue noun ("is Thursday,", "日期:", "date:") and
 * punctuation, then the date.
 */
const TODAY_BEFORE_DATE = new RegExp(
  `(?:(?<![\\p{L}])(?:${alternation(TODAY_WORDS, { flexibleSpaces: true })})(?![\\p{L}])|(?:${alternation(TODAY_UNSPACED, { flexibleSpaces: true })})\\p{L}{0,3})[\\s:：.,|(\\-–—]*(?:[\\p{L}.'’]{1,12}[\\s,.:：]+){0,3}$`,
  'iu',
);

/**
 * Whether the date at `dateIndex` of `text` is the site's today. `cue` is the date's own cue, if
 * any: a publication or update cue ("Updated today, 13 March 2025") dates the article itself.
 */
export function isSiteToday(text: string, dateIndex: number, cue: Cue | null): boolean {
  if (cue !== null && cue.kind !== 'date') return false;
  return TODAY_BEFORE_DATE.test(text.slice(Math.max(0, dateIndex - 40), dateIndex));
}

/**
 * A weather widget's line: a temperature with its degree sign, perhaps after a word or a place
 * ("21°", "Cloudy 12.5ºC"), or a line that is nothing but a temperature ("6.9 C"); without the
 * sign a word before it could make it a page or grade number ("Page 2 F").
 */
const TEMPERATURE = /^(?:[^\d]{0,30}\s)?[-−]?\d{1,2}(?:[.,]\d)?\s*[º°˚]\s*[CF]?(?![\p{L}])|^[-−]?\d{1,2}(?:[.,]\d)?\s*[CF]$/u;
/**
 * A market widget's figure: a price or an index with its decimals ("385.02", "1 234,5"), or a change
 * in per cent ("+0.45%", "-1,2 %"), alone on its line. The header's exchange rates and stock
 * indices are live like its weather, and print the day of the visit beside them.
 */
const MARKET_FIGURE = /^[-+−]?\d{1,3}(?:[ \u00a0.,]?\d{3})*[.,]\d{1,4}$|^[-+−]?\d{1,3}(?:[.,]\d{1,2})?\s?%$/u;
/** How many lines above a date the widget can be (its place name may come between). */
const WIDGET_REACH = 2;
/** A market widget alternates names and figures ("usd:" / "328.49" / "bux:" / "0"): two pairs. */
const MARKET_REACH = 4;

/**
 * Whether the date line at index `i` of `lines` sits among the site's widgets, above the headline: the header's
 * clock, printing the day of the visit. The widget (a temperature, a market figure, a day of another calendar) is
 * a line or two above the date, on the date's own line ("Miercuri 11 iunie 2025 | București 22˚C"), or under it
 * before the headline (the date, the social links, the city's weather, the menu, then the story). A widget the
 * cleaner took for the headline ("30.8 C" / "Kuala Lumpur" / the date) is still a widget.
 */
export function isBesideWeather(lines: readonly { line: number; text: string }[], i: number, headlineLine: number): boolean {
  const at = lines[i]!.line;
  for (let j = i - 1; j >= Math.max(0, i - MARKET_REACH); j--) {
    const text = lines[j]!.text.trim();
    if (text.length > 40) continue;
    const near = j >= i - WIDGET_REACH;
    if ((near && (TEMPERATURE.test(text) || namesOtherCalendarDay(text))) || MARKET_FIGURE.test(text))
      return headlineLine === 0 || at < headlineLine || lines[j]!.line === headlineLine;
  }
  if (headlineLine === 0 || at >= headlineLine) return false;
  if (lines[i]!.text.split(WIDGET_SEPARATOR).some((part) => TEMPERATURE.test(part.trim()) && DEGREE.test(part))) return true;
  for (let j = i + 1; j < lines.length && lines[j]!.line < headlineLine; j++) {
    const text = lines[j]!.text.trim();
    if (text.length > 40) continue;
    if (TEMPERATURE.test(text) || MARKET_FIGURE.test(text) || (j === i + 1 && namesOtherCalendarDay(text))) return true;
  }
  return false;
}

/** Where a header line's parts meet ("date | City 22˚C / Sunny"). */
const WIDGET_SEPARATOR = /\s[|/•·–—]\s/u;
/** On the date's own line only a degree sign makes a number a temperature ("Page 2 F" is no weather). */
const DEGREE = /\d\s*[º°˚]/u;

/**
 * The months of the calendars a header prints beside the Gregorian day (CLDR names, from Node's ICU): Hebrew
 * ("כ״א אלול התשפ״ד"), lunar Hijri, Solar Hijri, Ethiopian, Indian national.
 */
const OTHER_CALENDAR_MONTHS: ReadonlySet<string> = new Set(
  [
    ['he', 'hebrew'],
    ['ar', 'islamic'],
    ['fa', 'persian'],
    ['am', 'ethiopic'],
    ['hi', 'indian'],
  ].flatMap(([language, calendar]) => {
    const format = new Intl.DateTimeFormat(`${language}-u-ca-${calendar}`, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 40 }, (_, k) => format.format(Date.UTC(2024, 0, 1 + k * 10)).toLowerCase());
  }),
);
/** A Hebrew year in letters ("התשפ״ד", "תשפ\"ה"), as the Hebrew calendar writes it. */
const HEBREW_YEAR = /(?<![\p{L}])ה?ת[א-ת]{0,2}["״׳'][א-ת](?![\p{L}])/u;

/**
 * A short line naming a day of another calendar: one of its months as a word (a Hebrew one perhaps with its
 * preposition glued on, "באלול") and a number or a Hebrew year in letters. A month's name alone can be a word
 * of the language ("مهر", "صفر"), so the number is required.
 */
export function namesOtherCalendarDay(text: string): boolean {
  if (!/\p{N}/u.test(text) && !HEBREW_YEAR.test(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?/gu) ?? [];
  const single = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  return [...single, ...words].some((w) => OTHER_CALENDAR_MONTHS.has(w) || (/^ב[א-ת]/u.test(w) && OTHER_CALENDAR_MONTHS.has(w.slice(1))));
}

/**
 * A day of another calendar beside the date read ("الجمعة 22 أغسطس 2025 09:48 مـ 27 صفر 1447 هـ", "১১ অগ্রহায়ণ ১৪২৭।
 * ২৬ নভেম্বর ২০২০"): a day, a month's word and a year of the lunar or solar Hijri, Bengali or Buddhist eras (1300-1499,
 * 2450-2599). A calendar widget prints the day in every calendar its country keeps, and prints the time of the visit
 * beside it; a header's date in two calendars is that widget, clock or none.
 */
const OTHER_CALENDAR_DAY = /(?<![\p{N}])\d{1,2}\s+[\p{L}\p{M}]+\s+(?:1[34]\d\d|2[45]\d\d)(?![\p{N}])/u;
export function printsOtherCalendar(text: string, dates: readonly { index: number; text: string }[]): boolean {
  let rest = asciiDigits(text);
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + d.text.length)}`;
  }
  return OTHER_CALENDAR_DAY.test(rest);
}

/**
 * One-character weekdays in brackets, as Chinese, Japanese and Korean dates print them ("2025.12.22 (월)",
 * "12月22日(月)", "(一)"): the CLDR's narrow weekdays of those languages, from Node's ICU.
 */
const BRACKETED_WEEKDAYS: ReadonlySet<string> = new Set(
  ['ja', 'ko', 'zh', 'zh-Hant'].flatMap((language) => {
    const format = new Intl.DateTimeFormat(language, { weekday: 'narrow', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, day + 1)));
  }),
);
const BRACKETED_CHARACTER = /[(（]\s*(\p{Lo})\s*[)）]/gu;

/**
 * Whether a date line names the weekday beside its date ("Wednesday, 03 July 2024", "2025. április 14, hétfő",
 * "2025.12.22 (월)"): the whole calendar day, as a site's "today" shows it. A header's date without one is more
 * often the article's own stamp set above its kicker ("23/11/2022" / "Department of Works" / the headline). The
 * dates' own words are not read (the month "Mar" is no Tuesday).
 */
export function namesWeekday(text: string, dates: readonly { index: number; text: string }[]): boolean {
  let rest = text;
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + d.text.length)}`;
  }
  for (const m of rest.matchAll(BRACKETED_CHARACTER)) if (BRACKETED_WEEKDAYS.has(m[1]!)) return true;
  return (rest.match(/[\p{L}\p{M}]+/gu) ?? []).some((word) => isWeekdayName(word) || isBorrowedWeekdayName(word));
}
