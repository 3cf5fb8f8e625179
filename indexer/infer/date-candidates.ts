/**
 * Every date on a page that could be its publication date, with what kind of evidence it is and
 * where it sits. Read from the page head (the lines above the first paragraph, the title line),
 * stamp and cue lines anywhere ("Published", "Publié le", "Atualizado em"), bylines and credit
 * lines, the dateline opening the first paragraphs, and the tail. Not read: dates inside body
 * sentences (about the story), copyright lines (a hint at most), captions and photo credits (when
 * the picture was taken), lists of other headlines and comments, birth dates, future dates.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { isPhotoCredit } from '../clean/phrases.ts';
import { spacedWordCount } from '../clean/shape.ts';
import { SCRAPER_STAMP } from '../clean/title-shapes.ts';
import { endsWithRelativeTime } from '../clean/comment-words.ts';
import { dateResidue, findDates, hasClockTime, mayHoldDate, type FoundDate } from './dates.ts';
import type { CleanResult } from '../types.ts';
import { BIRTH_BEFORE, cueBefore, cueLine, hasByline, type Cue } from './date-cues.ts';
import {
  cuedMonthYear,
  cuedShortYear,
  datelineOf,
  dispatchMarkOf,
  isDateSegment,
  isStampResidue,
  leadDays,
  shortYearStamp,
  SIGNATURE,
  yearlessDateline,
  type CuedDate,
} from './date-shapes.ts';
import { inPageOrder } from './page-lines.ts';
import { joinSplitDates } from './date-split.ts';
import { isBesideWeather, isSiteToday, namesWeekday, printsOtherCalendar } from './date-today.ts';
import { clockBonus } from './date-clock.ts';
import { quote } from './quote.ts';
import { NO_VISIT_DATES } from './date-visit.ts';
import { DOMAIN_BODY } from './outlet-names.ts';

export type DateCandidateKind = 'scraper-stamp' | 'published' | 'date-cue' | 'byline' | 'dateline' | 'stamp' | 'updated';
export type Zone = 'head' | 'middle' | 'tail';

export interface DateCandidate {
  line: number;
  /** Partial ISO; the year alone when a numeric date reads both ways (see `readings`). */
  iso: string;
  readings?: string[];
  dayFirst?: string;
  kind: DateCandidateKind;
  zone: Zone;
  score: number;
  /** Readable evidence: `stamp 'Publié le 3 mars 2021'`. */
  evidence: string;
  /** Languages of the cue word that introduced the date, if any. */
  languages: string[];
  /** One of many bare date lines (a list): it agrees with nothing. */
  listed?: boolean;
  /** A bare date in the site's header, above the masthead or menu: the day of the visit more often than the article's. */
  header?: boolean;
  /** The first date on the first lines under the headline, before any text of the story: where a page prints its stamp. */
  underHeadline?: boolean;
}

/**
 * How much each kind of evidence says. A scraper's own `date` stamp is metadata of the page;
 * a cue names the date's role; a byline, credit or dateline dates the article by convention; a
 * short line that is nothing but a date (and a little decoration) is a stamp by its shape.
 */
const BASE: Record<DateCandidateKind, number> = {
  'scraper-stamp': 9,
  published: 7,
  'date-cue': 6,
  byline: 6,
  dateline: 6,
  updated: 6,
  stamp: 5,
};
/** Above the first paragraph is where pages put their dates; below, dates belong to other things. */
const ZONE: Record<Zone, number> = { head: 1, middle: -1, tail: -1 };
/** Which kind wins when two dates disagree and their scores are close. */
export const RANK: Record<DateCandidateKind, number> = {
  'scraper-stamp': 5,
  published: 4,
  'date-cue': 3,
  byline: 3,
  dateline: 3,
  stamp: 2,
  updated: 1,
};

/** Lines whose dates are about something else. */
const NOT_THE_PAGE: ReadonlySet<string> = new Set<JunkReason>(['copyright', 'caption', 'related-headlines', 'promotion', 'comments']);
/** In the tail, what follows these lines is other stories and readers' comments. */
const TAIL_ENDS: ReadonlySet<string> = new Set<JunkReason>(['related-headlines', 'comments', 'author-box']);

/** A reader's comment starts here ("Jane Roe says:", "Reply"): its time stamps are not the page's. */
const COMMENT_MARK =
  /^(?:.{1,40}\s(?:says|said|wrote|schreibt|sagt|schreef|zegt|skriver|siger|dice|disse|escribió|scrisse|a écrit|napisał|napsal|yazdı)\s*:|(?:reply|antworten|répondre|responder|rispondi|odpowiedz|odpovědět|svar|svara|cevapla|balas)\s*(?:↓|→)?)$/iu;
const SHORT_LINE = 24;
/** A line of hashtags ("#Council #Harbour #Budget"): the story's tags, not a list of other stories, whatever the cleaner called it. */
const HASHTAGS = /^\s*(?:#[\p{L}\p{M}\p{N}_]+[\s,]*)+$/u;
/** This many bare date lines in one part of the page are a list, whatever their dates. */
const LIST_LINES = 3;
const LIST_PENALTY = 3;

/**
 * The Unix epoch (and the day before it, west of Greenwich): a missing time stamp rendered by the
 * page's software ("Publié le jeudi 1 janvier 1970 à 01h00"), never a publication date.
 */
function isEpoch(iso: string): boolean {
  return iso === '1970-01-01' || iso === '1969-12-31';
}

/**
 * Reading stops at a list of other stories or at readers' comments (line `i`). The first item of
 * a list often escapes its label: the dates of the two lines above belong to it. Unless it is the
 * page's own stamp: the only date below the text, saying it is the publication date ("publié le
 * …"), set apart from the list by a blank line.
 */
function dropListItemDates(dated: DateCandidate[], lines: PageLine[], i: number): void {
  const itemStart = lines[Math.max(0, i - 2)]!.line;
  const tailDates = dated.filter((c) => c.zone === 'tail').length;
  const ownStamp = (c: DateCandidate) => tailDates === 1 && c.kind === 'published' && lines[i]!.line - c.line > 1;
  for (let k = dated.length - 1; k >= 0 && dated[k]!.line >= itemStart; k--)
    if (dated[k]!.zone === 'tail' && !ownStamp(dated[k]!)) dated.splice(k, 1);
}

/** A bare date in the page's header above the headline: the site's "today" more often than the article's date. */
const HEADER_DATE = -2;

/**
 * A bare date above the headline with other lines (a masthead, a menu, a kicker) between it and
 * the headline: many sites print the visit's date in their header, on the first line or under
 * the logo, so alone it does not date the article (another line must agree). A date right above
 * the headline is its own kicker and counts, and so does a time stamp (a header shows the day,
 * not the minute).
 */
function isHeaderDate(lines: readonly PageLine[], i: number, headlineLine: number, prose: ReadonlySet<number>): boolean {
  const at = lines[i]!.line;
  if (at >= headlineLine) return false;
  // Right above the story's first paragraph, the date is the story's stamp (the excerpt lacks its headline, or the
  // headline read lies below): a header's date is followed by the masthead or the menu, not by the text.
  if (prose.has(i + 1)) return false;
  return lines.some((l) => l.line > at && l.line < headlineLine && !(l.reason === 'counter' || READING_TIME.test(l.text)));
}

/**
 * The first lines under the headline, before any text of the story: where a page prints its
 * stamp, however much else the line holds (a credit, the source paper, a font-size control:
 * "Agency, January 7, 2015 Adjust font size:").
 */
function isUnderHeadline(lines: readonly PageLine[], i: number, headlineLine: number): boolean {
  if (headlineLine === 0 || lines[i]!.line <= headlineLine) return false;
  for (let j = i - 1; j >= 0 && lines[j]!.line > headlineLine; j--)
    if (lines[j]!.reason === 'body' || lines[j]!.reason === 'heading') return false;
  return true;
}

/**
 * A bare date line right above a short link the cleaner read as a list of other stories ("14.2.2026
 * 13:59" / "Read more"): the date of a teaser for another story, printed under its headline.
 */
function isTeaserDate(lines: readonly PageLine[], i: number): boolean {
  const below = lines[i + 1];
  return (
    below !== undefined && below.line <= lines[i]!.line + 2 && below.reason === 'related-headlines' && spacedWordCount(below.text, 4) <= 3
  );
}

/**
 * A date line right under a byline ("by Jane Doe" / "June 20, 2021 | …") is the byline's date,
 * wherever the page's zones fall: an author's line and the article's date go together.
 */
function isUnderByline(lines: readonly PageLine[], i: number): boolean {
  const above = lines[i - 1];
  return above !== undefined && above.line >= lines[i]!.line - 2 && above.reason === 'credit' && hasByline(above.text);
}

/** Where a sentence's words stop: a stamp's parts are set apart by these. */
const SEGMENT_MARK = /[|·•–—:;()[\]]/u;

/**
 * Whether the date at `index` sits inside a sentence: three or more words run up to it from the
 * last separator, two of them lower case ("… dokumentacja została opublikowana 4 września 2024 r.
 * na stronie …"), not after a stamp's parts ("Kompas.com - 17/01/2023", "Door: X, op 19, Apr 2025").
 */
function insideSentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let from = before.length;
  while (from > 0 && !SEGMENT_MARK.test(before[from - 1]!)) from--;
  const words = before
    .slice(from)
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
}

/** Right after a date: its clock time, perhaps after a word for "at" ("kl 19:13", "um 10.30", "à 14h05"). */
const CLOCK_AFTER_DATE = /^[\s,]*(?:\p{L}{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}(?![\d])/u;
/** A later clock time or date on the line, whose cue may say "updated". */
const LATER_TIME = /\d{1,2}[:.h]\d{2}(?![\d])|\d{1,2}[./]\d{1,2}[./]\d{2,4}/gu;

/**
 * "14.7.2025 22:00, muokattu 14.7.2025 10:59", "24.12.2016 kl 19:13 (Oppdatert 19:40)": a date with its
 * clock time, then an update cue before a later time or date. Only a page's own stamp gives its
 * first publication and its update side by side; a teaser, a caption or a clock gives one date.
 */
function publishedWithUpdate(text: string, dates: readonly FoundDate[]): { date: FoundDate } | null {
  for (const d of dates) {
    const after = d.index + d.text.length;
    const clock = CLOCK_AFTER_DATE.exec(text.slice(after));
    if (!clock) continue;
    LATER_TIME.lastIndex = after + clock[0].length;
    for (let m = LATER_TIME.exec(text); m; m = LATER_TIME.exec(text))
      if (m.index - after - clock[0].length <= 40 && cueBefore(text, m.index)?.kind === 'updated') return { date: d };
    return null;
  }
  return null;
}

/** A date's other readings and its day-first order, carried onto the candidate made of it. */
function carryReadings(c: DateCandidate, found: Pick<DateCandidate, 'readings' | 'dayFirst'>): void {
  if (found.readings) c.readings = found.readings;
  if (found.dayFirst) c.dayFirst = found.dayFirst;
}

/** Lines the cleaner took for an item of a list of other stories or for a caption. */
const LIST_OR_CAPTION: ReadonlySet<string> = new Set<JunkReason>(['related-headlines', 'caption']);

/**
 * The first date of a head line the cleaner took for a list item or a caption, when the line says what the date
 * is: a publication cue before it ("Kategori : … - Tarih : 02 November 2018", "Veröffentlicht am 3. März 2021")
 * or the date's age right before it ("7 months ago Thu 22nd Oct 2020", "il y a 2 jours · 12 mai 2024"). A
 * teaser's or a picture's date beside its text says neither; an update cue's date is not the first publication.
 * Read on one such line of the head only: a second dated one makes them a list of other stories' stamps.
 */
function namedOnLabelledLine(l: PageLine, d: FoundDate, zone: Zone, latest: string): DateCandidate | null {
  if (d.iso > latest || isEpoch(d.iso)) return null;
  const cue = cueBefore(l.text, d.index);
  if (cue ? cue.kind === 'updated' : !endsWithRelativeTime(l.text.slice(0, d.index))) return null;
  const kind: DateCandidateKind = cue ? kindOfCue(cue) : 'stamp';
  const c: DateCandidate = {
    line: l.line,
    iso: d.iso,
    kind,
    zone,
    score: BASE[kind] + ZONE[zone],
    evidence: `${cue ? 'cued' : 'aged'} date on a ${l.reason === 'caption' ? 'caption' : 'list'} line '${quote(l.text)}'`,
    languages: cue?.languages ?? [],
  };
  carryReadings(c, d);
  return c;
}

/** A clock time alone on its line ("19:10", "7.30 pm", "14h05"): the time of the date beside it. */
const LONE_CLOCK = /^\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s*$/iu;
/** At most this many paragraphs (a standfirst, a caption left as text) between the headline and its stamp. */
const STAMP_BLOCK_PROSE = 2;

/**
 * A date line in the stamp block under the headline: beside a lone clock time or the article's
 * reading time ("25.2.2016." / "19:10", "20/08/2019" / "1 min"), with at most a standfirst and a
 * caption between it and the headline. Where the page prints its stamp, however few paragraphs
 * of the story follow it (the zones count paragraphs, and a standfirst and a caption left as
 * text put it in the middle, or the tail when the excerpt ends there).
 */
function inStampBlock(lines: readonly PageLine[], i: number, headlineLine: number, prose: ReadonlySet<number>): boolean {
  const at = lines[i]!.line;
  if (headlineLine === 0 || at <= headlineLine) return false;
  let paragraphs = 0;
  for (let j = i - 1; j >= 0 && lines[j]!.line > headlineLine; j--) if (prose.has(j) && ++paragraphs > STAMP_BLOCK_PROSE) return false;
  for (const j of [i - 1, i + 1]) {
    const near = lines[j];
    if (!near || Math.abs(near.line - at) > 2) continue;
    if (LONE_CLOCK.test(near.text) || near.reason === 'counter' || READING_TIME.test(near.text)) return true;
  }
  return false;
}

/** A line under the headline is its stamp or credit when it is short, gives a full date and does not read as a sentence. */
const UNDER_HEADLINE_WORDS = 10;
function isCreditLine(text: string, date: FoundDate, words: number): boolean {
  return words <= UNDER_HEADLINE_WORDS && date.iso.length === 10 && !/[.!?]["'”’»)]?$/u.test(text);
}

/**
 * "Lasīšanai: 21 minūte", "Lesezeit 4 Min.", "5 perc", "3 dk": the article's reading time, which
 * sits beside its own date; a site's header does not print it.
 */
const READING_TIME = /^[^\d]{0,25}\d{1,3}\s*(?:min\p{L}*|perc\p{L}*|dk|dakika|мин\p{L}*|λεπτ\p{L}*|分|분)\.?(?:\s+\p{L}+)?$/iu;

interface PageLine {
  line: number;
  text: string;
  reason: JunkReason | 'body' | 'heading';
}

/** A dateline without a year ("PORTSMOUTH, May 17 (UPI) --"): it can only agree with a dated line. */
export interface MonthDay {
  line: number;
  /** "05-17". */
  monthDay: string;
  evidence: string;
}

export interface DateEvidence {
  dated: DateCandidate[];
  monthDays: MonthDay[];
  /**
   * The page is a listing (its title a tag's, a category's, an author's or a period's heading over its list of
   * entries, or a list's own heading over its items: `Headline.archive`): a listing has no publication date of its
   * own, and its dates are its items'.
   */
  archive?: boolean;
}

/**
 * @param visitDates the dates several sites of the corpus print in their head (date-visit.ts): a bare
 *   date line above the headline with one of them is the day of the visit, not a candidate
 */
export function collectDateCandidates(
  clean: CleanResult,
  today: Date = new Date(),
  visitDates: ReadonlySet<string> = NO_VISIT_DATES,
  siteNames: readonly string[] = [],
): DateEvidence {
  const lines = joinSplitDates(pageLines(clean));
  const headlineLine = clean.headline?.line ?? 0;
  const { words, datelineLines, proseSet, zoneOf } = pageLayout(lines, headlineLine);
  const latest = today.toISOString().slice(0, 10);
  let yearFirst: boolean | undefined;
  const yearFirstScript = () => (yearFirst ??= lines.some((l) => YEAR_FIRST_SCRIPT.test(l.text)));
  const dated: DateCandidate[] = [];
  const monthDays: MonthDay[] = [];
  // Head lines labelled list or caption that hold a date, and the one date read off such a line (the first).
  let labelledDated = 0;
  const namedOnLabelled: DateCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const zone = zoneOf(i);
    if (zone === 'tail' && ((TAIL_ENDS.has(l.reason) && !HASHTAGS.test(l.text)) || COMMENT_MARK.test(l.text))) {
      dropListItemDates(dated, lines, i);
      break;
    }
    if (i === 0) {
      const s = SCRAPER_STAMP.exec(l.text);
      if (s)
        dated.push({
          line: l.line,
          iso: s[1]!,
          kind: 'scraper-stamp',
          zone,
          score: BASE['scraper-stamp'] + ZONE[zone],
          evidence: `scraper stamp '${s[0].trim()}'`,
          languages: [],
        });
    }
    const n = words[i]!;
    // In the head, a stamp with its own update ("14.7.2025 22:00, muokattu …") is the page's, wherever the cleaner
    // put the line (a list, a caption) and however long the line it is glued to. (A short line of the text's own is
    // read below, its update cue and all.)
    const unread = NOT_THE_PAGE.has(l.reason) || n > SHORT_LINE;
    if (unread && zone === 'head' && l.reason !== 'copyright' && l.reason !== 'comments' && mayHoldDate(l.text) && hasClockTime(l.text)) {
      const pair = publishedWithUpdate(l.text, findDates(l.text));
      if (pair && pair.date.iso <= latest) {
        const c: DateCandidate = {
          line: l.line,
          iso: pair.date.iso,
          kind: 'published',
          zone,
          score: BASE.published + ZONE[zone],
          evidence: `date before its update '${quote(l.text.slice(pair.date.index, pair.date.index + 60))}'`,
          languages: [],
        };
        carryReadings(c, pair.date);
        dated.push(c);
        continue;
      }
    }
    if (zone === 'head' && LIST_OR_CAPTION.has(l.reason) && n <= SHORT_LINE && mayHoldDate(l.text)) {
      const first = findDates(l.text)[0];
      if (first) labelledDated++;
      const named = first ? namedOnLabelledLine(l, first, zone, latest) : null;
      if (named) {
        dated.push(named);
        namedOnLabelled.push(named);
      }
      continue;
    }
    if (NOT_THE_PAGE.has(l.reason)) continue;
    const short = n <= SHORT_LINE;
    const opensParagraph = datelineLines.has(i);
    // A long line above the story that is not prose is page chrome run together (a menu, a
    // breadcrumb and a date on one line): its dates count when a cue or separators set them apart.
    const chrome = !short && zone === 'head' && !proseSet.has(i);
    if (!short && !opensParagraph && !chrome) continue;
    const text = short || chrome ? l.text : l.text.slice(0, 100);
    if (!mayHoldDate(text)) {
      readWithoutYear(l, zone, { short, opensParagraph, today, yearFirstScript }, dated, monthDays);
      continue;
    }
    if (l.reason === 'credit' && isPhotoCredit(l.text)) continue;
    const dates = findDates(text);
    if (dates.length === 0) {
      const monthYear = short ? cuedMonthYear(l.text) : null;
      if (monthYear) dated.push(cuedCandidate(monthYear, l, zone));
      continue;
    }
    // Read once per line, only when a date on it has no cue of its own.
    let updatePair: { date: FoundDate } | null | undefined;
    const previousCue = i > 0 && lines[i - 1]!.line === l.line - 1 ? cueLine(lines[i - 1]!.text) : null;
    const residue = short ? dateResidue(l.text, dates) : '';

    // The day of the visit (date-visit.ts) above the headline is the site's clock, like the pages of other sites.
    const aboveHeadline = headlineLine === 0 ? zone === 'head' : l.line < headlineLine;
    dates.forEach((d, nth) => {
      if (d.iso > latest || isEpoch(d.iso) || BIRTH_BEFORE.test(l.text.slice(Math.max(0, d.index - 60), d.index))) return;
      // In a paragraph's opening, "today" is the day the story was written: its dateline.
      if (!opensParagraph && isSiteToday(l.text, d.index, cueBefore(l.text, d.index))) return;
      const add = (kind: DateCandidateKind, evidence: string, cue: Cue | null, at: Zone = zone) => {
        const bonus = clockBonus(kind, at, l.text);
        const c: DateCandidate = {
          line: l.line,
          iso: d.iso,
          kind,
          zone: at,
          score: BASE[kind] + ZONE[at] + bonus,
          evidence,
          languages: cue?.languages ?? [],
        };
        carryReadings(c, d);
        if (nth === 0 && isUnderHeadline(lines, i, headlineLine)) c.underHeadline = true;
        dated.push(c);
      };
      const dateline = nth === 0 ? ((opensParagraph ? datelineOf(l.text, d) : null) ?? dispatchMarkOf(l.text, d)) : null;
      if (dateline) return add('dateline', `dateline '${quote(dateline)}'`, null);
      // A sentence of the story's running text below its opening: the date is about the story.
      if (zone === 'middle' && proseSet.has(i) && insideSentence(l.text, d.index)) return;
      if (chrome) {
        const cue = cueBefore(l.text, d.index);
        const shown = `…${l.text.slice(Math.max(0, d.index - 30), d.index + d.text.length)}…`;
        if (cue) return add(kindOfCue(cue), `stamp '${quote(shown)}'`, cue);
        if (isDateSegment(l.text, d)) {
          if (aboveHeadline && visitDates.has(d.iso)) return;
          return add('stamp', `date in the page head '${quote(shown)}'`, null);
        }
        return;
      }
      if (!short) return;
      const cue = cueBefore(l.text, d.index) ?? (nth === 0 ? previousCue : null);
      if (cue) {
        const kind = kindOfCue(cue);
        const shown = cue === previousCue && !l.text.includes(cue.text) ? `${lines[i - 1]!.text} ${l.text}` : l.text;
        return add(kind, `stamp '${quote(shown)}'`, cue);
      }
      // Not between the story's paragraphs, where a live blog's entries and other items print theirs.
      if (updatePair === undefined) updatePair = zone !== 'middle' && hasClockTime(l.text) ? publishedWithUpdate(l.text, dates) : null;
      if (isBeforeUpdate(l.text, dates, nth) || updatePair?.date.index === d.index)
        return add('published', `date before an update cue '${quote(l.text)}'`, null);
      if (hasByline(l.text) && n <= 20) return add('byline', `byline '${quote(l.text)}'`, null);
      if (n <= 10 && d.index <= 3 && SIGNATURE.test(l.text.slice(d.index + d.text.length)))
        return add('byline', `credit line '${quote(l.text)}'`, null);
      if (isStampResidue(residue, l.text) || isDateSegment(l.text, d)) {
        if (isTeaserDate(lines, i)) return;
        if (aboveHeadline && visitDates.has(d.iso)) return;
        if (nth === 0 && isUnderByline(lines, i)) return add('byline', `date under the byline '${quote(l.text)}'`, null);
        const at = zone !== 'head' && nth === 0 && inStampBlock(lines, i, headlineLine, proseSet) ? 'head' : zone;
        add(
          'stamp',
          `date line${at === 'tail' ? ' at the end' : at === zone ? '' : ' among the stamp lines'} '${quote(l.text)}'`,
          null,
          at,
        );
        // A header's "today" names the whole calendar day, weekday and all (or the day in two calendars); a plain
        // date above a kicker is the article's stamp, unless the line comes again below (each item of a list) or
        // ends a period, or sits above the site's masthead (the header's first line, then the site's name), or opens
        // the page with a menu or breadcrumb under it before the headline (a theme's top bar: on the write-from sets
        // the visit's day on 6 pages of 6 sites in 5 sets, the story's on none). With its clock time it still counts.
        const headerToday =
          isHeaderDate(lines, i, headlineLine, proseSet) &&
          (i === 0 ||
            namesWeekday(l.text, dates) ||
            printsOtherCalendar(l.text, dates) ||
            printedAgain(lines, i) ||
            closesRange(l.text, d) ||
            aboveMasthead(lines, i, headlineLine, siteNames));
        const header = headerToday || isBesideWeather(lines, i, headlineLine);
        if (header && !hasClockTime(l.text)) {
          dated.at(-1)!.score += HEADER_DATE;
          dated.at(-1)!.header = true;
        } else if (header && printsOtherCalendar(l.text, dates)) {
          // The calendar widget's clock is the visit's: no stamp's minute, no clock bonus.
          dated.at(-1)!.score += HEADER_DATE - clockBonus('stamp', at, l.text);
          dated.at(-1)!.header = true;
        }
      } else if (nth === 0 && isUnderHeadline(lines, i, headlineLine) && isCreditLine(l.text, d, n)) {
        add('stamp', `date line under the headline '${quote(l.text)}'`, null);
      } else if (nth === 0 && zone === 'head' && !aboveHeadline) {
        // A short line under the headline can open with a dateline too: a release's "Town 16. dubna 2014 - Its title".
        const opening = datelineOf(l.text, d);
        if (opening) add('dateline', `dateline '${quote(opening)}'`, null);
      }
    });
  }
  // Two dated items among the head's lists and captions are a list of other stories with their stamps, whatever a cue says.
  if (labelledDated > 1)
    for (const c of namedOnLabelled) {
      const at = dated.indexOf(c);
      if (at >= 0) dated.splice(at, 1);
    }
  footStamp(lines, proseSet, dated, latest);
  resolveReadings(dated);
  const firstProse = Math.min(...[...proseSet].map((i) => lines[i]!.line));
  const evidence: DateEvidence = { dated: penaliseLists(dated, lines, firstProse), monthDays };
  if (clean.headline?.archive) evidence.archive = true;
  return evidence;
}

/** A line that is nothing but a date with a two-digit year ("24.04.08", "3/4/19"). */
const SHORT_YEAR_ALONE = /^\s*\d{1,2}([./])\d{1,2}\1\d{2}\s*$/u;

/** Lines between the story's last paragraph and its foot stamp: a credit, a label ("Text: Jane Roe", "FAKTA", "From Issue 12"). */
const FOOT_GAP_LINES = 3;
/** A line between is this short; a teaser's headline or a sentence is longer. */
const FOOT_GAP_WORDS = 4;

/**
 * The story's foot stamp: a line that is nothing but a full date ("29th Apr 2016", "10 januari 2019", "24.04.08"), right under
 * the story's last paragraph (at most a few short lines between: its credit, a label), with no other date on the
 * page, none below it either, and no clock time ("27.03.2015 15:00" is refused: a foot date with its minute is as
 * often the page's render time). Many sites print the date once, at the article's foot, above the list of other
 * stories: reading stops at that list (a credit line the cleaner put in it stops it too, and so does the list
 * taking the two lines above it for its first item), and a date in the tail alone is too weak to count. A
 * teaser's or a comment's date has more dates of its kind below it, or a headline or a comment between it and the
 * story. It scores a stamp's base, no zone's bonus: just enough alone, and only where it is alone.
 */
function footStamp(lines: readonly PageLine[], prose: ReadonlySet<number>, dated: DateCandidate[], latest: string): void {
  const last = Math.max(-1, ...prose);
  if (last < 0) return;
  for (let j = last + 1; j < lines.length && j <= last + FOOT_GAP_LINES + 1; j++) {
    const l = lines[j]!;
    if (l.reason === 'comments' || COMMENT_MARK.test(l.text)) return;
    const dates = mayHoldDate(l.text) ? findDates(l.text) : [];
    // A two-digit year's date alone on its line ("24.04.08") was read already, as a stamp by its shape.
    const d: { iso: string; readings?: string[]; dayFirst?: string } | undefined =
      dates[0] ?? dated.find((c) => c.line === l.line && c.iso.length === 10 && SHORT_YEAR_ALONE.test(l.text));
    if (d === undefined) {
      if (spacedWordCount(l.text, FOOT_GAP_WORDS + 1) > FOOT_GAP_WORDS) return;
      continue;
    }
    if (dates.length > 1 || d.iso.length !== 10 || d.iso > latest || isEpoch(d.iso)) return;
    if (dates.length === 1 && dateResidue(l.text, dates) !== '') return;
    // With its minute, on its line or the next, it is as often the time the page was rendered or printed. ("24.04.08"
    // alone has a clock's shape, 24:04:08, but it is the line's date.)
    if ((dates.length === 1 && hasClockTime(l.text)) || LONE_CLOCK.test(lines[j + 1]?.text ?? '')) return;
    if (dated.some((c) => c.line !== l.line)) return;
    if (lines.slice(j + 1).some((below) => mayHoldDate(below.text) && findDates(below.text).length > 0)) return;
    const score = BASE.stamp;
    const evidence = `date line at the story's foot '${quote(l.text)}'`;
    const own = dated.find((c) => c.line === l.line);
    if (own) {
      own.score = Math.max(own.score, score);
      own.evidence = evidence;
      return;
    }
    const c: DateCandidate = {
      line: l.line,
      iso: d.iso,
      kind: 'stamp',
      zone: 'tail',
      score,
      evidence,
      languages: [],
    };
    carryReadings(c, d);
    dated.push(c);
    return;
  }
}

/** Where a page's parts are, by line index: word counts, the lines that can open with a dateline, prose, and each line's zone. */
interface PageLayout {
  words: number[];
  datelineLines: Set<number>;
  proseSet: Set<number>;
  zoneOf: (i: number) => Zone;
}

/**
 * Zones from the paragraphs of prose: the head runs to the second one (counted from the headline,
 * when there is one: a cookie notice or a teaser can come above it), because a standfirst often
 * comes before the stamp; the tail starts after the last one.
 */
function pageLayout(lines: readonly PageLine[], headlineLine: number): PageLayout {
  const prose: number[] = [];
  const proseAfterHeadline: number[] = [];
  const words: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    words.push(spacedWordCount(l.text, SHORT_LINE));
    if (l.reason !== 'body' || !isProse(l.text, words[i]!)) continue;
    prose.push(i);
    if (l.line > headlineLine) proseAfterHeadline.push(i);
  }
  const lastProse = prose.at(-1) ?? -1;
  const from = proseAfterHeadline.length > 0 ? proseAfterHeadline : prose;
  const headEnd = from[1] ?? (from[0] !== undefined ? from[0] + 1 : lines.length);
  // Datelines open the first paragraphs; a lead or standfirst may come before them.
  const datelineLines = new Set([...prose.slice(0, 3), ...proseAfterHeadline.slice(0, 2)]);
  const zoneOf = (i: number): Zone => (i < headEnd ? 'head' : lastProse >= 0 && i > lastProse ? 'tail' : 'middle');
  return { words, datelineLines, proseSet: new Set(prose), zoneOf };
}

function pageLines(clean: CleanResult): PageLine[] {
  return inPageOrder<PageLine>(
    clean,
    (l) => ({ line: l.line, text: l.text, reason: l.kind }),
    (l) => ({ line: l.line, text: l.text, reason: l.reason }),
  );
}

/**
 * "06/08/2019" reads as June 8 or August 6: a date elsewhere on the page that is one of the
 * readings decides; else a cue word of a language that writes the day first ("Atualizado em");
 * else only the year is kept.
 */
function resolveReadings(candidates: DateCandidate[]): void {
  const certain = new Set(candidates.filter((c) => !c.readings).map((c) => c.iso));
  const dayFirstPage = candidates.some((c) => c.languages.length > 0 && !c.languages.includes('en'));
  for (const c of candidates) {
    if (!c.readings) continue;
    const stated = c.readings.find((r) => certain.has(r));
    if (stated) c.iso = stated;
    else if (dayFirstPage && c.dayFirst) c.iso = c.dayFirst;
  }
}

/** How many different dates, a partial date ("2016") counting as the full one it can be. */
function distinctDates(isos: string[]): number {
  const kept: string[] = [];
  for (const iso of [...isos].sort((a, b) => b.length - a.length)) {
    if (!kept.some((k) => k.startsWith(iso))) kept.push(iso);
  }
  return kept.length;
}

/**
 * Bare date lines with different dates in one part of the page, or many of them, are a list
 * (other headlines, an archive, comments), not the page's stamp: none of them is trusted alone,
 * and their agreement with each other is repetition, not evidence.
 */
function penaliseLists(candidates: DateCandidate[], lines: readonly PageLine[], firstProse: number): DateCandidate[] {
  if (candidates.length < 2) return candidates;
  const penalise = (list: DateCandidate[]) => {
    for (const c of list) {
      c.score -= LIST_PENALTY;
      c.listed = true;
    }
  };
  for (const zone of ['head', 'middle', 'tail'] as const) {
    const stamps = withoutVisitDate(candidates.filter((c) => c.kind === 'stamp' && c.zone === zone));
    const lines = new Set(stamps.map((c) => c.line)).size;
    // Below the story's start, a page prints its own bare date once: two are the stamps of other items.
    // The stamp right under the headline is the page's own, whatever lists follow it in the head.
    if (distinctDates(stamps.map((c) => c.iso)) >= 2 || lines >= (zone === 'head' ? LIST_LINES : 2))
      penalise(zone === 'head' ? stamps.filter((c) => !c.underHeadline) : stamps);
    // Below the story, three dated lines of any kind ("Posted on …" under each of several
    // headlines) are a list too; above it, "Published" and "Updated" lines are the page's own.
    if (zone === 'head') continue;
    const others = candidates.filter((c) => c.zone === zone && c.kind !== 'stamp' && c.kind !== 'dateline' && !c.listed);
    const dated = new Set([...stamps, ...others].map((c) => c.line));
    if (dated.size >= LIST_LINES && distinctDates(others.map((c) => c.iso)) >= 2) penalise(others);
  }
  penaliseSameForm(candidates, lines, firstProse, penalise);
  penaliseItemStamps(candidates, lines, penalise);
  return candidates;
}

/**
 * The header's date of the visit and the article's stamp under it are two dates, not a list: a
 * header date (already discounted) later than every other stamp is the day the page was seen, and
 * is left out of the count. One earlier than a stamp below it is not a visit date.
 */
function withoutVisitDate(stamps: DateCandidate[]): DateCandidate[] {
  const visit = stamps.find((c) => c.header && stamps.every((o) => o.header || o.iso <= c.iso));
  return visit ? stamps.filter((c) => c !== visit) : stamps;
}

/**
 * A listing prints each item's date in the same form ("6. 1. 2025, 07.30" under the first item,
 * "4. 1. 2025, 08.00" under the next), wherever the page's zones fall: two or more bare date lines
 * of one form below the first paragraph are items of a list, the first one in the page head too.
 */
function penaliseSameForm(
  candidates: DateCandidate[],
  lines: readonly PageLine[],
  firstProse: number,
  penalise: (list: DateCandidate[]) => void,
): void {
  const textOf = new Map(lines.map((l) => [l.line, l.text]));
  const byForm = new Map<string, DateCandidate[]>();
  for (const c of candidates) {
    // Above the first paragraph a date line is the page's own stamp; an item's date follows its text.
    // Items already counted as a list still show the form: the first item in the head has it too.
    if (c.kind !== 'stamp' || c.line < firstProse) continue;
    const form = formOf(textOf.get(c.line) ?? '');
    byForm.set(form, [...(byForm.get(form) ?? []), c]);
  }
  for (const same of byForm.values()) if (new Set(same.map((c) => c.line)).size >= 2) penalise(same.filter((c) => !c.listed));
}

/** Lines of one form on a page, at least, that make its bare date lines the stamps of a list's items. */
const ITEM_FORM_LINES = 3;

/**
 * A listing's first item stamp sits at the top, under the section's heading taken as the headline or
 * right above the first item's headline ("04.09.2025" / "20:59 Uhr" / headline / teaser, and again
 * for every item): where an article prints its own stamp, so the list rules above pass it over. A bare date
 * line whose form comes back on `ITEM_FORM_LINES` lines of the page or more, with text between them, is
 * one item's stamp among several, wherever the cleaner put the others (a list of other stories, a teaser).
 * An article prints its own stamp once or twice (top and foot), not under every item.
 */
function penaliseItemStamps(candidates: DateCandidate[], lines: readonly PageLine[], penalise: (list: DateCandidate[]) => void): void {
  const stamps = candidates.filter((c) => c.kind === 'stamp' && !c.listed);
  if (stamps.length === 0) return;
  // A line's form is read only where a stamp's can be: a short line with a digit, three of them at least.
  const short: number[] = [];
  for (let j = 0; j < lines.length; j++) if (lines[j]!.text.length <= FORM_CHARS && DIGIT.test(lines[j]!.text)) short.push(j);
  if (short.length < ITEM_FORM_LINES) return;
  const formOfLine = new Map(short.map((j) => [lines[j]!.line, formOf(lines[j]!.text)]));
  const itemsOf = new Map<string, number>();
  for (const c of stamps) {
    const form = formOfLine.get(c.line);
    if (form === undefined) continue;
    let items = itemsOf.get(form);
    if (items === undefined) {
      // Occurrences of the form with an item's text since the one before: a run of dates alone (a table) is no list of items.
      items = 0;
      let last = -1;
      for (const j of short) {
        if (formOfLine.get(lines[j]!.line) !== form) continue;
        if (last < 0 || itemTextBetween(lines, last, j, form, formOfLine)) items++;
        last = j;
      }
      itemsOf.set(form, items);
    }
    if (items >= ITEM_FORM_LINES) penalise([c]);
  }
}

/** Whether a line between lines `from` and `to` (indices, both out) has letters and is not a date line of `form`: an item's text. */
function itemTextBetween(
  lines: readonly PageLine[],
  from: number,
  to: number,
  form: string,
  formOfLine: ReadonlyMap<number, string>,
): boolean {
  for (let k = from + 1; k < to; k++) if (formOfLine.get(lines[k]!.line) !== form && LETTER.test(lines[k]!.text)) return true;
  return false;
}

/** The longest line whose form is read: a stamp's line, its credit and clock beside it, not a paragraph. */
const FORM_CHARS = 120;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** A line's form: its digits as 9, its words as a ("04.09.2025 20:59 Uhr" is "99.99.9999 99:99 a"). */
function formOf(text: string): string {
  return text
    .trim()
    .replace(/\p{N}/gu, '9')
    .replace(/\p{L}+/gu, 'a');
}

function cuedCandidate(found: CuedDate, l: PageLine, zone: Zone): DateCandidate {
  const kind = kindOfCue(found.cue);
  const c: DateCandidate = {
    line: l.line,
    iso: found.iso,
    kind,
    zone,
    score: BASE[kind] + ZONE[zone],
    evidence: `stamp '${quote(l.text)}'`,
    languages: found.cue.languages,
  };
  carryReadings(c, found);
  return c;
}

/**
 * A line without a four-digit year: a yearless dateline (it can only agree), a two-digit year
 * after a cue, or one beside a clock time on a stamp line of its own.
 */
function readWithoutYear(
  l: PageLine,
  zone: Zone,
  at: { short: boolean; opensParagraph: boolean; today: Date; yearFirstScript: () => boolean },
  dated: DateCandidate[],
  monthDays: MonthDay[],
): void {
  const md = at.opensParagraph ? yearlessDateline(l.text) : null;
  if (md) monthDays.push({ line: l.line, ...md });
  else if (at.opensParagraph) for (const day of leadDays(l.text)) monthDays.push({ line: l.line, ...day });
  if (!at.short) return;
  const shortYear = cuedShortYear(l.text, at.today);
  if (shortYear) return void dated.push(cuedCandidate(shortYear, l, zone));
  // Korean and Japanese sites write a two-digit year first ("24.04.08" is 8 April 2024 there, 24 April 2008 in
  // Europe), and a line of digits alone cannot say which: on a page in those scripts (or Chinese) the shape is no stamp.
  const stamp = shortYearStamp(l.text, at.today);
  if (stamp && !at.yearFirstScript()) dated.push(stampCandidate(stamp, l, zone));
}

/** Scripts whose writers put a two-digit year first: Hangul, kana and Han. */
const YEAR_FIRST_SCRIPT = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** A date line read by its shape alone (a two-digit year beside a clock time). */
function stampCandidate(found: Omit<CuedDate, 'cue'>, l: PageLine, zone: Zone): DateCandidate {
  const c: DateCandidate = {
    line: l.line,
    iso: found.iso,
    kind: 'stamp',
    zone,
    score: BASE.stamp + ZONE[zone] + clockBonus('stamp', zone, l.text),
    evidence: `date line${zone === 'tail' ? ' at the end' : ''} '${quote(l.text)}'`,
    languages: [],
  };
  carryReadings(c, found);
  return c;
}

/**
 * "20 February 2014 17:58 · Updated 15 November 2020 08:56": a date with no cue of its own, followed
 * on its line by a date an update cue introduces, is the one the page was first published on.
 */
function isBeforeUpdate(text: string, dates: readonly { index: number }[], nth: number): boolean {
  for (let k = nth + 1; k < dates.length; k++) if (cueBefore(text, dates[k]!.index)?.kind === 'updated') return true;
  return false;
}

function kindOfCue(cue: Cue): DateCandidateKind {
  return cue.kind === 'published' ? 'published' : cue.kind === 'updated' ? 'updated' : 'date-cue';
}

/**
 * A paragraph of the story: long enough to be prose, with lower-case words in it, or words of a script
 * without case (Arabic, Hebrew, Bengali, Devanagari…), where a menu in capitals cannot be told by its case.
 */
function isProse(text: string, words: number): boolean {
  return words >= 10 && text.length >= 50 && (LOWER_WORD.test(text) || CASELESS_WORD.test(text));
}
const LOWER_WORD = /\p{Ll}{3}/u;
/** Three letters of a script without case, marks between them allowed (Devanagari and Bengali vowel signs). */
const CASELESS_WORD = /\p{Lo}\p{M}*\p{Lo}\p{M}*\p{Lo}/u;

/** The line's text printed again further down the page: a running head, or the stamp heading each item of a list. */
function printedAgain(lines: readonly PageLine[], i: number): boolean {
  const text = lines[i]!.text.trim();
  return lines.some((l, j) => j > i && l.text.trim() === text);
}

/** The date ends a period ("Feb 20 – Mar 14, 2025", "3-5 May 2024"): a run's or an event's dates, not a stamp. */
function closesRange(text: string, date: FoundDate): boolean {
  return /\p{N}\.?\s*[-–—]\s*$/u.test(text.slice(0, date.index));
}

/** A domain-like token, "example.mk" or "news.example.co.uk": the masthead's site name with its domain. */
const DOMAIN_TOKEN = new RegExp(`(?:^|[^\\p{L}\\p{N}.@/_-])${DOMAIN_BODY}(?![\\p{L}\\p{N}.]|\\.\\p{L})`, 'u');

/** The site's names in one spelling: lower-case letters and digits, no spaces ("Example News" → "examplenews"). */
function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether whole words of `text` in a row spell `name` (squeezed): "Prince George Citizen" spells "princegeorgecitizen", "Sunday" no "sun". */
function spellsName(text: string, name: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let j = 0; j < words.length; j++) {
    let run = '';
    for (let k = j; k < words.length && run.length < name.length; k++) run += words[k];
    if (run === name) return true;
  }
  return false;
}

/**
 * A line between the date and the headline names the site: a domain-like token ("Example.mk – News, business,
 * sport…"), or one of the names the caller knows for the site (its address's label, the folder's or the stated
 * outlet), in whole words. A date above the masthead opens the page's header: the site's today, not the story's stamp.
 */
function aboveMasthead(lines: readonly PageLine[], i: number, headlineLine: number, siteNames: readonly string[]): boolean {
  const at = lines[i]!.line;
  const names = siteNames.map(squeezed).filter((n) => n.length >= 3);
  return lines.some((l) => l.line > at && l.line < headlineLine && (DOMAIN_TOKEN.test(l.text) || names.some((n) => spellsName(l.text, n))));
}
