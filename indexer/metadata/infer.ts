/**
 * Metadata the text itself gives away, each value with the evidence it came from. Only lines
 * whose role is known are read: stamps, credits, syndication and copyright lines that the cleaner
 * dropped, the headline, and the opening of the first paragraph (where datelines sit). A date in
 * the middle of the story is about the story, not about when it was published.
 */
import type { DroppedLine } from '../../engine/types.ts';
import { AGENCY_PATTERN } from '../clean/phrases.ts';
import { findDates } from '../dates.ts';
import type { CleanResult, Settled } from '../types.ts';

export interface Inferred {
  title?: Settled<string>;
  outlet?: Settled<string>;
  carriedBy?: Settled<string>;
  agency?: Settled<string> & { contributedOnly?: boolean };
  date?: Settled<string>;
  /** The byline the cleaner dropped as a credit ("By Jane Doe"), kept as metadata. */
  byline?: Settled<string>;
  /** Evidence noted but not trusted, e.g. "copyright notice 2024". */
  hints: string[];
}

const AGENCY_CANONICAL: Record<string, string> = {
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'associated press': 'AP',
  agency: 'Agencies',
  dpa: 'dpa',
};

export interface InferOptions {
  /** Domain of the article's URL, when one is stated: an outlet of last resort before weaker hints. */
  urlDomain?: string | null;
}

export function inferMetadata(clean: CleanResult, options: InferOptions = {}): Inferred {
  const inferred: Inferred = { hints: [] };
  const dropped = clean.dropped;
  const firstBody = clean.kept.find((l) => l.kind === 'body');

  if (clean.headline) {
    const h = clean.headline;
    inferred.title = {
      value: h.text,
      from: h.cleanerRepeatLine
        ? `headline line ${h.line} (repeats the decorated title line)`
        : h.decorated
          ? `headline line ${h.line}, ${h.siteSuffix ? 'site suffix' : 'counter text'} removed`
          : `headline line ${h.line}`,
    };
  }

  const copyright = dropped.filter((d) => d.reason === 'copyright').map(readCopyright).find((c) => c !== null);
  if (copyright?.year) inferred.hints.push(`copyright notice ${copyright.year}`);

  inferred.agency = inferAgency(dropped, firstBody?.text);
  inferred.date = inferDate(dropped, firstBody);
  inferred.byline = inferByline(dropped);

  // Outlet: who a reader would cite. A syndication line names the original publisher outright;
  // the site in the title line is then only the one that carried the text.
  const syndicated = dropped.filter((d) => d.reason === 'syndication').map(readSyndication).find((s) => s !== null);
  const suffix = clean.headline?.siteSuffix;
  if (syndicated) {
    inferred.outlet = withDefiniteArticle(syndicated);
    if (suffix && suffix.toLowerCase() !== syndicated.value.toLowerCase()) {
      inferred.carriedBy = { value: suffix, from: `title-line site suffix '${suffix}'` };
    }
  } else if (suffix) {
    inferred.outlet = withDefiniteArticle({ value: suffix, from: `title-line site suffix '${suffix}'` });
  } else {
    const promoted = dropped.filter((d) => d.reason === 'promotion').map(readPromotionBrand).find((b) => b !== null);
    if (promoted) inferred.outlet = withDefiniteArticle(promoted);
    else if (options.urlDomain) inferred.outlet = { value: options.urlDomain, from: `domain of the article's URL` };
    else if (copyright?.holder) inferred.outlet = withDefiniteArticle({ value: copyright.holder, from: `copyright notice '${quote(copyright.text)}'` });
    // A wire credited for the whole story ("(Reuters)", "Reuters/Name") is who a reader would
    // cite; one that only "contributed to this report" is not.
    else if (inferred.agency && inferred.agency.value !== 'Agencies' && !inferred.agency.contributedOnly) {
      inferred.outlet = { value: inferred.agency.value, from: `${inferred.agency.from}, no other outlet named` };
    }
  }
  return inferred;
}

/**
 * English newspaper titles ending in a masthead noun are cited with "The" ("The New York Times",
 * "The Jerusalem Post"), though syndication lines and footers often drop it. Adding it keeps one
 * outlet under one facet value whichever line named it.
 */
const MASTHEAD_NOUNS = new Set(
  'Times Post Guardian Herald Journal Telegraph Independent Tribune Globe Observer Chronicle Gazette Inquirer Examiner Economist Enquirer Courier Register Star Sun Mirror Standard Spectator Record Dispatch Bulletin Advertiser Argus Mercury Courant Sentinel Statesman Atlantic Hindu Age Australian Scotsman Times-Picayune'.split(' '),
);

export function withDefiniteArticle(settled: Settled<string>): Settled<string> {
  const words = settled.value.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 5 || !MASTHEAD_NOUNS.has(last)) return settled;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return settled;
  return { value: `The ${settled.value}`, from: `${settled.from}, cited with "The" as a newspaper title` };
}

/** "By Jane Doe", "By Jane Doe, Security Correspondent", "By Jane Doe | AFP": the name. */
function inferByline(dropped: DroppedLine[]): Settled<string> | undefined {
  for (const d of dropped) {
    if (d.reason !== 'credit' && d.reason !== 'author-box') continue;
    const m = /^(?:[Bb]y|[Pp]osted by|[Ww]ritten by)\s+(.+?)(?:\s*(?:,|\||–|—|\s-\s).*)?$/.exec(d.text);
    if (m) return { value: m[1]!.trim(), from: `byline line ${d.line} '${quote(d.text)}'` };
  }
  return undefined;
}

function readSyndication(d: DroppedLine): Settled<string> | null {
  const m =
    /\bappeared first on\s+(.+?)\s*\.?$/i.exec(d.text) ??
    /\b(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\s+(.+?)\s*\.?$/i.exec(d.text);
  const name = m?.[1]?.replace(/^(?:the website of|the site)\s+/i, '').trim();
  if (!name || name.split(/\s+/).length > 6 || /^https?:/i.test(name)) return null;
  return { value: name, from: `syndication line '${quote(m![0].replace(/\s*\.?$/, ''))}'` };
}

/** "Click for full JPost coverage", "Click here for more BBC News stories": a short brand name. */
function readPromotionBrand(d: DroppedLine): Settled<string> | null {
  const m = /^[Cc]lick (?:here )?for (?:the )?(?:full|more|all|complete|latest|live) ([\p{Lu}][\p{L}\p{N}.&'-]*(?: [\p{Lu}][\p{L}\p{N}.&'-]*){0,2}) (?:coverage|news|stories|updates|reports)\b/u.exec(d.text);
  return m ? { value: m[1]!, from: `promotion '${quote(d.text)}'` } : null;
}

interface Copyright {
  text: string;
  holder: string | null;
  year: number | null;
}

/** "© Copyright AFP 2024. All rights reserved.", "Copyright © 2019-2024 Example Media Ltd". */
function readCopyright(d: DroppedLine): Copyright | null {
  const years = [...d.text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const holder = d.text
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/©|ⓒ|\(c\)|\bcopyright\b/gi, ' ')
    .replace(/\b(?:19|20)\d{2}\b(?:\s*[-–]\s*\b(?:19|20)\d{2}\b)?/g, ' ')
    .replace(/[\s.,;:|-]+$/g, '')
    .replace(/^[\s.,;:|-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const usable = holder !== '' && holder.split(' ').length <= 6 && /^[\p{Lu}\p{N}]/u.test(holder);
  return { text: d.text, holder: usable ? holder : null, year: years.length ? Math.max(...years) : null };
}

// Compiled once: the agency alternation is long, and every article is checked.
const AGENCY_BRACKETED = new RegExp(`\\((${AGENCY_PATTERN})\\)`);
const AGENCY_SLASHED = new RegExp(`^(${AGENCY_PATTERN})(?:\\s+Photo)?/`);
const AGENCY_CONTRIBUTED = new RegExp(`\\b(${AGENCY_PATTERN}) contributed\\b`);
const AGENCY_ALONE = new RegExp(`^(${AGENCY_PATTERN})$`);
const AGENCY_DATELINE = new RegExp(`\\((${AGENCY_PATTERN})\\)\\s*[-–—]`);

function inferAgency(dropped: DroppedLine[], firstBody: string | undefined): Inferred['agency'] {
  for (const d of dropped) {
    if (d.reason !== 'dateline' && d.reason !== 'credit') continue;
    const m = AGENCY_BRACKETED.exec(d.text) ?? AGENCY_SLASHED.exec(d.text) ?? AGENCY_ALONE.exec(d.text);
    if (m) return { value: canonicalAgency(m[1]!), from: `${d.reason === 'dateline' ? 'stamp' : 'credit'} '${quote(d.text)}'` };
    const c = AGENCY_CONTRIBUTED.exec(d.text);
    if (c) return { value: canonicalAgency(c[1]!), from: `credit '${quote(d.text)}'`, contributedOnly: true };
  }
  // "GAZA CITY (Reuters) -": the dateline at the start of the first paragraph.
  const opening = firstBody?.slice(0, 80);
  const m = opening ? AGENCY_DATELINE.exec(opening) : null;
  const place = m ? opening!.slice(0, m.index).trim() : '';
  if (m && /^\p{Lu}/u.test(place) && place.split(/\s+/).length <= 8 && !/[.!?]\s/.test(place)) {
    return { value: canonicalAgency(m[1]!), from: `dateline '${quote(opening!.slice(0, m.index + m[1]!.length + 2))}'` };
  }
  return undefined;
}

function inferDate(dropped: DroppedLine[], firstBody: { line: number; text: string } | undefined): Settled<string> | undefined {
  for (const d of dropped) {
    if (d.reason !== 'dateline') continue;
    const [date] = findDates(d.text);
    if (date) return { value: date.iso, from: `stamp '${quote(d.text)}'` };
  }
  // "By Jane Doe, 3 March 2021", "This article was first published on 3 March 2021": a byline or
  // syndication line dates the article; a photo credit's date is when the photo was taken.
  for (const d of dropped) {
    if ((d.reason !== 'credit' || !/^(?:by|posted by|written by)\s/i.test(d.text)) && d.reason !== 'syndication') continue;
    const [date] = findDates(d.text);
    if (date) return { value: date.iso, from: `${d.reason === 'credit' ? 'byline' : 'syndication line'} '${quote(d.text)}'` };
  }
  // Dates in the page head (above the first paragraph), then a dateline opening the first paragraph.
  const top = dropped.filter((d) => firstBody === undefined || d.line < firstBody.line);
  for (const d of top) {
    if (d.reason === 'copyright' || d.reason === 'caption' || d.reason === 'headline' || d.reason === 'title-decoration') continue;
    const [date] = findDates(d.text);
    if (date) return { value: date.iso, from: `page head '${quote(d.text)}'` };
  }
  if (firstBody) {
    const m = /^(.{0,60}?)\s+(?:[-–—]|\(\w+\))\s/.exec(firstBody.text);
    const [date] = m ? findDates(m[1]!) : [];
    if (date) return { value: date.iso, from: `dateline '${quote(m![1]!)}'` };
  }
  return undefined;
}

function canonicalAgency(name: string): string {
  return AGENCY_CANONICAL[name.toLowerCase()] ?? name;
}

function quote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
