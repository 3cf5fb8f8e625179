/**
 * Names the page's structure points at, with no cue word: the kind of signal that holds across
 * languages where cue phrases did not (issue 18). Two places are read here:
 *
 * - the stamp line above the story, where the page puts its own name beside the date the way
 *   others put a byline ("Example 2018-06-21 | Comments: 0");
 * - a name written both as a web address and as a word ("… the Example live blog … visit
 *   example.com/markets"): two spellings of one name in different roles of the page.
 *
 * The stamp name is weak alone (1.5): outlet.ts takes it only when another place agrees or nothing
 * else on the page competes. A name in two spellings is its own agreement (2).
 */
import { stopWordCount } from '../clean/stopwords.ts';
import { anyCue } from './date-cues.ts';
import { DATE_DECORATION, isWeekdayName, monthsOf } from './date-names.ts';
import { isTodayWord } from './date-today.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { cuedPublicationName } from './outlet-mentions.ts';
import { bareDomain, cleanName, isDomain, LONE_NAME, outletKey, personShaped } from './outlet-names.ts';
import { isPlatform, isWire, sectionWord } from './outlet-words.ts';
import { quote } from './quote.ts';
import { joinAddress, registrablePart } from './outlet-address-words.ts';
import { asciiLettered, spelledFromCapital } from './capital-spelling.ts';

type Add = (c: OutletCandidate | null) => void;

/**
 * A clock time (hours 0-23, minutes 0-59) or a day and month ("24.11"): a price or a rate
 * ("39.60", "9.76") has the same digits-dot-digits shape, and a line of rates ("USD 39.60 39.90")
 * is a ticker, not a stamp.
 */
const CLOCK = '\\b(?:(?:[01]?\\d|2[0-3])[:.h][0-5]\\d|(?:0?[1-9]|[12]\\d|3[01])\\.(?:0[1-9]|1[0-2]))\\b';
/** A numeric date or clock time: what makes a short line a stamp. */
const NUMERIC_DATE = new RegExp(`\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|${CLOCK}`, 'gu');
/** Where a stamp line's parts meet: bars, bullets, middle dots, spaced dashes. */
export const SEGMENT = /\s*[|•·]\s*|\s+[–—-]\s+/u;
/** A stamp line is short. */
const STAMP_WORDS = 12;

/**
 * The name beside the date on a dropped stamp line above the story: the part that is left when
 * the date is taken out is a single name, not a cue ("Updated"), a month or weekday, a person
 * (a byline) or a wire (the agency). A part that held no date ("Comments: 0") is a label.
 */
export function stampNames(lines: readonly PageLine[], add: Add): void {
  for (const l of lines) {
    // The stamp sits above the story: stop at its first paragraph of prose.
    if (l.reason === null && l.words > STAMP_WORDS) return;
    if (l.reason === 'headline' || wordsBeside(l) > STAMP_WORDS) continue;
    const parts = l.text.split(SEGMENT);
    const names = l.reason !== null && /\d/.test(l.text) ? parts.map(nameBesideDate) : [];
    // "Example | 5 October 2017 08:37 | Updated …", "Example - NEWS - JANE DOE": the site's name
    // opens a line of parts, the others a date, a section or a byline.
    names.push(leadingStampName(parts));
    for (const name of new Set(names)) {
      if (name)
        add({
          value: name,
          score: 1.5,
          kind: 'stamp-name',
          evidence: `name beside the date on line ${l.line} '${quote(l.text)}'`,
          line: l.line,
        });
    }
  }
}

/** Words of a short line, its bars and dashes aside ("Example | 5 October 2017 08:37 | Updated …"). */
function wordsBeside(l: PageLine): number {
  if (l.words <= STAMP_WORDS || l.words > STAMP_WORDS + 2) return l.words;
  return l.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A year or a numeric date or time: a part of a stamp line that dates it. */
const DATES = new RegExp(`\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|${CLOCK}|\\b(?:19|20)\\d{2}\\b`, 'u');
/** A section or a byline in capitals ("NEWS", "JANE DOE"): what a stamp line puts beside the site. */
const CAPITALS = /^[\p{Lu}\p{N} .'’-]+$/u;

/**
 * The first part of a line cut into parts, when it is a name and the others date the line (or,
 * with no date, are all in capitals: a section and a byline). The first part only: a byline or a
 * section follows the site, never the other way round on the lines met.
 */
function leadingStampName(parts: readonly string[]): string | null {
  const rest = parts.slice(1).filter((p) => p.trim() !== '');
  if (parts.length < 2 || rest.length === 0) return null;
  const first = parts[0]!.trim();
  // A single word in capitals before the date is the section ("SPORT - 16 June 2019"), as often as the site.
  if (DATES.test(first) || !LONE_NAME.test(first) || anyCue(first) || /^[\p{Lu}\p{N}]+$/u.test(first)) return null;
  const dated = rest.some((p) => DATES.test(p));
  if (!dated && (rest.length < 2 || !rest.every((p) => CAPITALS.test(p.trim()) && /\p{Lu}{2}/u.test(p)))) return null;
  const name = cleanName(first);
  if (!name || isWire(name) || isPlatform(name) || sectionWord(name) || stopWordCount(name, 0) > 0) return null;
  if (name.split(' ').some(isDateWord)) return null;
  return personShaped(name) && !cuedPublicationName(name) ? null : name;
}

/** A month, a weekday or "today" ("Thu | Feb 5, 2026", "Šodien 09:15"): a word of the date, not a name beside it. */
const isDateWord = (w: string) => monthsOf(w).length > 0 || isWeekdayName(w) || isTodayWord(w);

function nameBesideDate(part: string): string | null {
  const rest = part.replace(NUMERIC_DATE, ' ');
  if (rest === part) return null;
  const text = rest.replace(DATE_DECORATION, ' ').replace(/\s+/g, ' ').trim();
  // What is left may still be a date the numeric forms do not cover ("2025年4月10日"): no name holds a year.
  if (!LONE_NAME.test(text) || anyCue(text) || DATES.test(text)) return null;
  const name = cleanName(text);
  // Digits alone beside the date ("18:04 21.04 1270") are a count of views or comments, not a name.
  if (!name || !/\p{L}/u.test(name) || isWire(name) || isPlatform(name) || sectionWord(name) || stopWordCount(name, 0) > 0) return null;
  if (name.split(' ').some(isDateWord)) return null;
  return personShaped(name) && !cuedPublicationName(name) ? null : name;
}

/** A capitalised word or brand, as a site writes its own name in a sentence. Exported for a test. */
export const WORD =
  /(?<![\p{L}\p{N}.@/-])(\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{Lu}][\p{L}\p{N}]*)?|\p{Ll}{1,8}\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/gu;

/**
 * Where `WORD` may read a word that opens small, in a line whose letters are all ASCII: a brand's
 * inner capital ("eBay", "iPlayer"), one to eight small letters at a word's start (after no letter,
 * digit or `WORD`'s other marks) then a capital. A capital inside a word that opens with one
 * ("McDonald", "YouTube") is `WORD`'s other shape, which a key spelled from its capital finds
 * (18perf18; before, any small letter before a capital let the line through).
 */
export const SMALL_OPENING = /(?<![A-Za-z0-9.@/-])[a-z]{1,8}[A-Z]/;
/** A small letter then a capital, which `SMALL_OPENING` holds: its cheap first test (a look behind at every character costs more). */
const INNER_CAPITAL = /[a-z][A-Z]/;
/** Whether `WORD` may read a word opening small in a line of ASCII letters (`SMALL_OPENING`). */
const smallOpening = (text: string) => INNER_CAPITAL.test(text) && SMALL_OPENING.test(text);

/** A line this short pointing to an address is furniture ("More news on example.de"), not the story's prose. */
export const POINTER_WORDS = 14;

/**
 * "More local news on city.example.de": a short line pointing the reader to an address (the
 * mention's 1.5, outlet-mentions.ts) is the site sending readers to itself; in a sentence of the
 * story ("a message posted on example.org") it is a site the story is about.
 */
export function pointer(d: OutletCandidate, short: ReadonlySet<number>): boolean {
  return d.score >= 1.5 && short.has(d.line);
}

/**
 * A web address's name written as a word on another line ("Example" and "example.com"): the
 * same name in two roles, the site's address and its name. `domains` are the addresses other
 * candidates found in the page.
 */
export function domainNames(lines: readonly PageLine[], domains: readonly OutletCandidate[], add: Add): void {
  const labels = new Map<string, OutletCandidate>();
  // The page's short lines, made only for an address mentioned in a line (most pages have none: 18perf13).
  let short: Set<number> | undefined;
  const shortLines = () => (short ??= new Set(lines.filter((l) => l.reason !== null || l.words <= POINTER_WORDS).map((l) => l.line)));
  for (const d of domains) {
    // A bare "example.com, inc." in a sentence is a company's name; the site writes its own address whole.
    if (!isDomain(d.value) || (d.kind === 'address-mention' && !/'(?:https?:|www\d?\.)/i.test(d.evidence) && !pointer(d, shortLines())))
      continue;
    // The whole host and its registrable label: a regional edition ("city.example.de") is named "Example".
    // Short labels ("ad", "as") meet too many words and initials.
    for (const key of new Set([outletKey(bareDomain(d.value)), outletKey(registrablePart(d.value))]))
      if (key.length >= 4 && !labels.has(key)) labels.set(key, d);
  }
  if (labels.size === 0) return;
  // A word's key is its letters and digits, lower-cased: a part of the line's own, from the word's start.
  // A line that holds no label so is let go before its words are matched.
  const keys = [...labels.keys()];
  for (const l of lines) {
    // Each label is read once (it is then let go): with none left, no line can add one.
    if (labels.size === 0) return;
    // A word opens with a capital (A to Z where the line's letters are all ASCII) and its letters and
    // digits run on from there (capital-spelling.ts), or it is a brand with a capital inside ("eBay"):
    // a line with neither names no label.
    if (asciiLettered(l.text) && !keys.some((key) => spelledFromCapital(l.text, key, true)) && !smallOpening(l.text)) continue;
    for (const m of l.text.matchAll(WORD)) {
      const domain = labels.get(outletKey(m[1]!));
      // An e-mail's own line names it once: "… said Example (jane@example.com)" is a company's press contact (task 18out12).
      if (!domain || (domain.kind === 'email' && domain.line === l.line)) continue;
      // A contact's e-mail label that the page writes as the town of a postal address is the town's: no name of the page.
      if (domain.kind === 'email' && inPostalAddress(l.text, m.index!, m[1]!.length)) {
        labels.delete(outletKey(m[1]!));
        continue;
      }
      labels.delete(outletKey(m[1]!));
      joinAddress(domain, m[1]!);
      add({
        value: m[1]!,
        // The two spellings agree by themselves: enough alone, as a bare address line is.
        score: 2,
        kind: 'domain-name',
        evidence: `'${m[1]}' on line ${l.line}, the name of the address ${domain.value}`,
        line: l.line,
      });
    }
  }
}

/**
 * The word is the town of a postal address: after a house number ("Harbour Street 3, Town.") or
 * before its country on a line of its own ("Town, Country."). An e-mail address beside it is a
 * contact's at the town's hall or a body named for the town ("info@town.example"): the label is
 * the town, not the name of the page (task 18out6).
 */
export function inPostalAddress(text: string, at: number, length: number): boolean {
  if (/\d[\p{L}]?,\s*$/u.test(text.slice(Math.max(0, at - 8), at))) return true;
  return text.slice(0, at).trim() === '' && /^,\s*\p{Lu}[\p{L} ]{1,30}\.?\s*$/u.test(text.slice(at + length));
}
