/**
 * Metadata the text itself gives away, each value with the evidence it came from. Only lines
 * whose role is known are read: stamps, credits, syndication and copyright lines that the cleaner
 * dropped, the headline, and the opening of the first paragraph (where datelines sit). A date in
 * the middle of the story is about the story, not about when it was published.
 */
import type { DroppedLine } from '../../engine/contract/types.ts';
import { AGENCY_PATTERN, CJK_RIGHTS } from '../clean/phrases.ts';
import { LineMemo } from '../clean/line-memo.ts';
import type { CleanResult, Settled } from '../types.ts';
import { inferDate } from './date.ts';
import { domainParts } from './domain-parts.ts';
import { outletEvidence } from './outlet.ts';
import { headlineTail } from './outlet-mentions.ts';
import { outletKey } from './outlet-names.ts';
import { domainOfUrl } from './path.ts';
import { quote } from './quote.ts';
import { JOIN_MARK } from './title-join.ts';
import { namesElsewhere, withoutNamedEnd } from './title-outlet.ts';

export interface Inferred {
  title?: Settled<string>;
  outlet?: Settled<string>;
  carriedBy?: Settled<string>;
  /**
   * `contributedOnly`: the wire only "contributed to this report". `aloneOnLine`: named alone on
   * a credit line ("By / Reuters"), a byline of the wire, not a credit for the whole story.
   */
  /**
   * `datelineOnly`: named only in a dateline ("CITY (Wire) -"), which every member site's copy of
   * a wire story carries too.
   */
  agency?: Settled<string> & { contributedOnly?: boolean; aloneOnLine?: boolean; datelineOnly?: boolean };
  date?: Settled<string>;
  /** The byline the cleaner dropped as a credit ("By Jane Doe"), kept as metadata. */
  byline?: Settled<string>;
  /** Evidence noted but not trusted, e.g. "copyright notice 2024". */
  hints: string[];
  /** A name the page gives where a site signs (a last line, a byline) that no second place confirmed: not the outlet, but its lone line is a credit. */
  unconfirmedOutlet?: string;
}

const AGENCY_CANONICAL: Record<string, string> = {
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'associated press': 'AP',
  agency: 'Agencies',
  dpa: 'dpa',
};

export interface InferOptions {
  /**
   * The article's stated URL: its domain is an outlet of last resort before weaker hints. Parsed
   * only when the page is read for an outlet (a URL object per record was ~2 % of the main thread
   * on a corpus of records stating their outlet).
   */
  url?: string | null;
  /**
   * The outlet the article states (manifest, file, folder, path): then no outlet is inferred, and
   * a headline's tail naming the stated outlet is cut as an inferred one's would be. The page is
   * still read for a carrier (carriedBy) when it has a syndication line and none is stated.
   */
  statedOutlet?: string;
  carriedByStated?: boolean;
  /**
   * The outlet the pages of the article's folder agree on (`outlet-folder.ts`, learnt from the
   * names their title lines and footers repeat): a name at an end of the title that is this one
   * is cut, as a stated outlet's is.
   */
  folderOutlet?: string;
  /** The article states its date (or a stated null): no date is inferred. */
  dateStated?: boolean;
  /** The dates several sites of the corpus print in their head: the visit's (date-visit.ts). */
  visitDates?: ReadonlySet<string>;
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
          ? `headline line ${h.line}, ${h.siteSuffix ? 'site suffix' : 'counter text or date stamp'} removed`
          : `headline line ${h.line}`,
    };
  }

  const copyrights = dropped
    .filter((d) => d.reason === 'copyright')
    .map(readCopyright)
    .filter((c) => c !== null);
  // The first notice that names someone: a site may print its name lower case in one notice and as a masthead in the next.
  const copyright = copyrights.find((c) => c.holder !== null) ?? copyrights[0];
  if (copyright?.year) inferred.hints.push(`copyright notice ${copyright.year}`);

  inferred.agency = inferAgency(dropped, firstBody?.text);
  // Inference is for what the article does not state: a big corpus of records stating outlet and
  // date skips the two costliest readings of its pages.
  if (!options.dateStated) {
    const siteLabel = options.url ? domainParts(options.url).label : '';
    const siteNames = [siteLabel, options.statedOutlet, options.folderOutlet].filter((n): n is string => !!n);
    const date = inferDate(clean, undefined, options.visitDates, siteNames);
    if (date) inferred.date = date;
  }
  inferred.byline = inferByline(dropped);

  const evidence = readsOutlet(dropped, options)
    ? outletEvidence({
        clean,
        dropped,
        copyright: copyright ?? undefined,
        copyrights,
        agency: inferred.agency,
        urlDomain: domainOfUrl(options.url),
        folderOutlet: options.folderOutlet,
      })
    : undefined;
  const outlet = evidence?.rule;
  if (evidence?.unconfirmed !== undefined) inferred.unconfirmedOutlet = evidence.unconfirmed;
  if (outlet) {
    const { carriedBy, ...named } = outlet;
    if (options.statedOutlet === undefined) inferred.outlet = named;
    // A stated outlet cannot also be the site that carried its own text.
    if (carriedBy && outletKey(carriedBy.value) !== outletKey(options.statedOutlet ?? named.value)) inferred.carriedBy = carriedBy;
  }
  const outletName = options.statedOutlet ?? outlet?.value;
  if (inferred.title && outletName !== undefined) inferred.title = withoutOutletTail(inferred.title, outletName);
  if (inferred.title && clean.headline) {
    const texts = new Map(evidence?.lines.map((l) => [l.line, l.text]));
    // The title line the cleaner set aside for a cleaner copy below names nothing either.
    const titleLines = [clean.headline.line, ...dropped.filter((d) => d.reason === 'title-decoration').map((d) => d.line)];
    const names = namesElsewhere(evidence?.candidates ?? [], titleLines, (line) => texts.get(line) ?? '');
    for (const known of [options.statedOutlet, options.folderOutlet]) if (known !== undefined) names.set(outletKey(known), ['']);
    inferred.title = withoutNamedEnd(inferred.title, names);
  }
  return inferred;
}

/**
 * Whether the page must be read for an outlet: when none is stated, or for a carrier (only a
 * syndication line names one, outlet.ts) when the outlet is stated and the carrier is not.
 */
function readsOutlet(dropped: readonly DroppedLine[], options: InferOptions): boolean {
  if (options.statedOutlet === undefined) return true;
  return !options.carriedByStated && dropped.some((d) => d.reason === 'syndication');
}

/** The join a cut tail leaves at the title's end (title-join.ts). */
const JOIN_LEFT = new RegExp(`\\s+${JOIN_MARK}\\s*$`, 'u');

/**
 * "Headline - Example News" when the page names Example News elsewhere too: the tail is the
 * site, not the headline's words (the cleaner keeps a tail it cannot confirm from the title line alone).
 */
function withoutOutletTail(title: Settled<string>, outlet: string): Settled<string> {
  const tail = headlineTail(title.value);
  if (!tail || outletKey(tail) !== outletKey(outlet)) return title;
  const text = title.value.slice(0, title.value.lastIndexOf(tail)).replace(JOIN_LEFT, '').trim();
  return text.split(/\s+/).length >= 2 ? { value: text, from: `${title.from}, outlet '${tail}' cut from its end` } : title;
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

export interface Copyright {
  text: string;
  line: number;
  holder: string | null;
  year: number | null;
}

/** "© Copyright AFP 2024. All rights reserved.", "Copyright © 2019-2024 Example Media Ltd". */
/** The reproduction ban from its first words to the line's end ("무단전재 및 재배포 금지", "無断転載を禁じます", "版权所有"). */
const CJK_RIGHTS_TAIL = new RegExp(`(?:${CJK_RIGHTS.source}).*$`, 'u');

export function readCopyright(d: DroppedLine): Copyright | null {
  const { holder, year } = COPYRIGHT_MEMO.remembered(d.text, readNotice);
  return { text: d.text, line: d.line, holder, year };
}

/**
 * What `readCopyright` reads of a notice, remembered for its text: a site prints the same notice on
 * every page, and its rewrites were ~2 % of the indexer's main thread at 200k (18perf10).
 */
const COPYRIGHT_MEMO = new LineMemo<{ holder: string | null; year: number | null }>();

function readNotice(text: string): { holder: string | null; year: number | null } {
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const holder = text
    .replace(/\ball rights reserved\b.*$/i, '')
    // East Asian notices: the ban after the name, a quoted motto before it, angle brackets around ("< ⓒ 'Motto' Example. 무단전재 금지 >").
    .replace(CJK_RIGHTS_TAIL, '')
    .replace(/^\s*<|>\s*$/g, '')
    .replace(/^(\s*(?:©|ⓒ|Ⓒ|\(c\)|copyright)?\s*)['‘"“][^'’"”]{1,40}['’"”]\s*/iu, '$1')
    .replace(/©|ⓒ|\(c\)|\bcopyright\b/gi, ' ')
    .replace(/\b(?:19|20)\d{2}\b(?:\s*[-–]\s*\b(?:19|20)\d{2}\b)?/g, ' ')
    .replace(/[\s.,;:|-]+$/g, '')
    .replace(/^[\s.,;:|-]+/g, '')
    // "Example(예시방송)": the name with its long form or its other script in brackets after it.
    .replace(/(\S)\s*\([^()]{2,30}\)$/u, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // Scripts without case (Hangul, Han, Arabic, Hebrew…) start a name with any letter.
  const usable = holder !== '' && holder.split(' ').length <= 6 && /^[\p{Lu}\p{N}\p{Lo}]/u.test(holder);
  return { holder: usable ? holder : null, year: years.length ? Math.max(...years) : null };
}

/**
 * A line no cleaner has judged that is shaped as a © notice: it opens with a mark ("(c)" only
 * before a space, as the cleaner's rule) or says all rights are reserved. A © sign inside a
 * sentence is the sentence's.
 */
const COPYRIGHT_OPENING = /^(?:©|ⓒ|\(c\)\s|copyright\b)/iu;
const RIGHTS_RESERVED = /\ball rights reserved\b/iu;
/**
 * What `RIGHTS_RESERVED` cannot match without: its letters up to the first "s" (the only one a
 * non-ASCII letter folds to under /iu, "ſ"), in ASCII case. A plain case-blind search rules out
 * most lines ~4× faster than the pattern with its word bounds (every short line of every page
 * comes here, for the folder's votes).
 */
const RIGHTS_CUE = /ll right/i;

/** `readCopyright` of a raw line (a folder's printed lines, outlet-folder-print.ts): null unless it is shaped as a © notice. */
export function readCopyrightLine(text: string): Copyright | null {
  const notice = COPYRIGHT_OPENING.test(text) || (RIGHTS_CUE.test(text) && RIGHTS_RESERVED.test(text));
  return notice ? readCopyright({ line: 0, reason: 'copyright', text }) : null;
}

// Compiled once: the agency alternation is long, and every article is checked.
const AGENCY_BRACKETED = new RegExp(`\\((${AGENCY_PATTERN})\\)`);
const AGENCY_SLASHED = new RegExp(`^(${AGENCY_PATTERN})(?:\\s+Photo)?/`);
const AGENCY_CONTRIBUTED = new RegExp(`\\b(${AGENCY_PATTERN}) contributed\\b`);
const AGENCY_ALONE = new RegExp(`^(${AGENCY_PATTERN})$`);
const AGENCY_DATELINE = new RegExp(`\\((${AGENCY_PATTERN})\\)\\s*[-–—]`);

export function inferAgency(dropped: DroppedLine[], firstBody: string | undefined): Inferred['agency'] {
  for (const d of dropped) {
    if (d.reason !== 'dateline' && d.reason !== 'credit') continue;
    const m = AGENCY_BRACKETED.exec(d.text) ?? AGENCY_SLASHED.exec(d.text);
    if (m) {
      const datelineOnly = d.reason === 'dateline' && m[0].startsWith('(');
      return {
        value: canonicalAgency(m[1]!),
        from: `${d.reason === 'dateline' ? 'stamp' : 'credit'} '${quote(d.text)}'`,
        ...(datelineOnly ? { datelineOnly } : {}),
      };
    }
    const alone = AGENCY_ALONE.exec(d.text);
    if (alone) return { value: canonicalAgency(alone[1]!), from: `credit '${quote(d.text)}'`, aloneOnLine: true };
    const c = AGENCY_CONTRIBUTED.exec(d.text);
    if (c) return { value: canonicalAgency(c[1]!), from: `credit '${quote(d.text)}'`, contributedOnly: true };
  }
  // "GAZA CITY (Reuters) -": the dateline at the start of the first paragraph.
  const opening = firstBody?.slice(0, 80);
  const m = opening ? AGENCY_DATELINE.exec(opening) : null;
  const place = m ? opening!.slice(0, m.index).trim() : '';
  if (m && /^\p{Lu}/u.test(place) && place.split(/\s+/).length <= 8 && !/[.!?]\s/.test(place)) {
    return {
      value: canonicalAgency(m[1]!),
      from: `dateline '${quote(opening!.slice(0, m.index + m[1]!.length + 2))}'`,
      datelineOnly: true,
    };
  }
  return undefined;
}

function canonicalAgency(name: string): string {
  return AGENCY_CANONICAL[name.toLowerCase()] ?? name;
}
