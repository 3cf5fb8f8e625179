/**
 * The visit's date, learned from the whole corpus. Many sites print the day they are visited in
 * their header ("Sunday, 6 December 2026" above the menu), and on an old story that "today" is
 * a wrong year. One page cannot tell it from a blog's date header over its post; a corpus can:
 * a scraper visits many sites on the same day far more often than several different sites publish
 * the stories it fetched on one same day and print that date, alone on a line, above their text.
 * So a date printed alone on a line in the page head of pages of `MIN_SITES` different sites is
 * the visit's, and it dates none of them (date-candidates.ts drops it above the headline).
 *
 * The sample is read with the furniture's (furniture.ts), in the same pass over a page's lines, and
 * a learned date travels with the furniture as a key no line can have (`visitKey`): so the full
 * build's fix-up, the incremental run's pre-pass, the workers and the content hashes carry it
 * as they carry a learned line, and a page is rebuilt when its header's date becomes (or stops
 * being) a visit date. Pages are "different sites" when they share fewer than `SAME_SITE_KEYS` of
 * their short lines (menus, footers, labels): pages of one site share their furniture. Greedy, in
 * the corpus's order (the build and the pre-pass read the corpus in the same order), and it fails
 * safe: two sites with the same few menu words count as one, and less is learned.
 */
import { findDates, isDateOnly, mayHoldDate } from './dates.ts';

/** Different sites that must print a date in their head before it is the visit's. */
export const MIN_SITES = 3;
/** Short lines two pages must share to be one site's. */
const SAME_SITE_KEYS = 3;
/** A line of this many words or more is text: the story's, a teaser's, a cookie notice's. */
const PROSE_WORDS = 10;
/**
 * The head ends at the second line of text: a cookie notice or a standfirst can come above the
 * date line, as date-candidates.ts's head runs to the second paragraph.
 */
const HEAD_TEXT_LINES = 2;
/** The head is at most this many lines: a long menu still ends before it. */
const HEAD_LINES = 40;
/** A date line is short: a weekday, the date, a clock time. */
const DATE_LINE_WORDS = 8;

/** The learned visit date `iso` as a furniture key: lineKey never gives a control character. */
export function visitKey(iso: string): string {
  return `\u0001visit ${iso}`;
}

/** The visit dates among learned furniture keys, once per furniture set. */
const cache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
/** No visit date learned. */
export const NO_VISIT_DATES: ReadonlySet<string> = new Set();
export function visitDatesIn(furniture: ReadonlySet<string> | undefined): ReadonlySet<string> {
  if (!furniture || furniture.size === 0) return NO_VISIT_DATES;
  let dates = cache.get(furniture);
  if (!dates) {
    const found = new Set<string>();
    for (const key of furniture) if (key.charCodeAt(0) === 1 && key.startsWith('\u0001visit ')) found.add(key.slice(7));
    dates = found.size === 0 ? NO_VISIT_DATES : found;
    cache.set(furniture, dates);
  }
  return dates;
}

/**
 * Reads a page's head, line by line, for the full dates printed alone on a line (with a weekday or
 * a clock time at most): `add` each line in order until it returns false (the head ended).
 */
export class HeadDates {
  readonly dates: string[] = [];
  #lines = 0;
  #textLines = 0;
  #done = false;

  /** @returns whether the head goes on */
  add(line: string, words: number): boolean {
    if (this.#done) return false;
    if ((words >= PROSE_WORDS && ++this.#textLines >= HEAD_TEXT_LINES) || ++this.#lines > HEAD_LINES) {
      this.#done = true;
      return false;
    }
    if (words <= DATE_LINE_WORDS && mayHoldDate(line) && isDateOnly(line)) {
      for (const d of findDates(line)) if (d.iso.length === 10 && !this.dates.includes(d.iso)) this.dates.push(d.iso);
    }
    return true;
  }
}

/** The full dates printed alone on a line in the head of `lines` (trimmed, with their word counts). */
export function headDatesOf(lines: Iterable<{ trimmed: string; words: number }>): string[] {
  const head = new HeadDates();
  for (const l of lines) if (!head.add(l.trimmed, l.words)) break;
  return head.dates;
}

/**
 * Counts, per head date, the different sites printing it, by their short lines. Memory: per date at
 * most `MIN_SITES - 1` pages' keys until it is learned.
 */
export class VisitDateLearner {
  readonly #sites = new Map<string, Array<ReadonlySet<string>>>();
  readonly #learned = new Set<string>();

  add(dates: readonly string[], keys: readonly string[]): void {
    if (dates.length === 0) return;
    let own: Set<string> | undefined;
    for (const iso of dates) {
      if (this.#learned.has(iso)) continue;
      own ??= new Set(keys);
      const sites = this.#sites.get(iso) ?? [];
      if (sites.some((site) => sameSite(site, own!))) continue;
      sites.push(own);
      if (sites.length >= MIN_SITES) {
        this.#learned.add(iso);
        this.#sites.delete(iso);
      } else this.#sites.set(iso, sites);
    }
  }

  /** The visit dates learned, as ISO dates. */
  dates(): Set<string> {
    return new Set(this.#learned);
  }
}

function sameSite(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const key of a) if (b.has(key) && ++shared >= SAME_SITE_KEYS) return true;
  return false;
}
