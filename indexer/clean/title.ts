/**
 * The title line of a scraped page is often the HTML <title>: the headline plus the site's name
 * ("Headline – Sitename", "Headline | Site") and sometimes text from widgets ("free website hit
 * counter"). This separates the headline from that decoration.
 */
import { isStampNotName } from '../infer/dates.ts';
import { stripCounter } from './phrases.ts';
import { namedByDomain } from './site-domain.ts';
import { endsSentence, lineKey, wordCount } from './shape.ts';
import { isDomain } from './title-shapes.ts';
import { hasUnspacedScript } from './unspaced-words.ts';

export interface TitleParts {
  /** The headline with counter text removed (the suffix is still attached). */
  text: string;
  /** Counter-widget text was removed. */
  counter: boolean;
  /** A trailing "– Sitename" candidate, not yet judged. */
  suffix: { headline: string; site: string; separator: string } | null;
}

/** A pipe may be glued to the headline's last word ("… 2024| Site"): the scraper joined two cells' texts; a dash may not ("Covid-19 - …" aside, "Covid- 19"). */
const SUFFIX = /^(.*\S)(?:\s+(\|\||[–—|\-·•«»]|::)|(?<=[^\s|])(\|\|?))\s+(\S.{0,60})$/u;

/**
 * How a name after the headline starts: a capital or a digit; any letter of a script without case
 * (Hangul, Han, Arabic, Hebrew, Devanagari), where names have no capital to show; or a brand in lower
 * case with an inner capital ("xLibre", "kotaNews"). The rules below still want evidence for a name
 * in a script without case, since its shape tells nothing.
 */
const NAME_START = /^(?:[\p{Lu}\p{N}\p{Lo}]|\p{Ll}+\p{Lu})/u;

export function splitTitleLine(line: string): TitleParts {
  const { text, found } = stripCounter(line);
  const m = SUFFIX.exec(text);
  let suffix: TitleParts['suffix'] = null;
  if (m) {
    const [, headline, spaced, glued, site] = m as unknown as [string, string, string | undefined, string | undefined, string];
    const separator = (spaced ?? glued)!;
    const siteWords = wordCount(site);
    if (siteWords <= 5 && (NAME_START.test(site) || isDomain(site)) && !endsSentence(site) && hasHeadlineWords(headline)) {
      suffix = { headline: headline.trim(), site: site.trim(), separator };
    }
  }
  return { text, counter: found, suffix };
}

/** Two words or more before a suffix; in a script without spaces (two characters a word), as many characters as two words hold. */
function hasHeadlineWords(headline: string): boolean {
  return wordCount(headline, 2) >= 2 || (hasUnspacedScript(headline) && [...headline].length >= MIN_UNSPACED_HEADLINE_CHARS);
}

/**
 * Whether the suffix is a site name even without a cleaner repeat of the headline to confirm it:
 * pipes and double colons rarely occur inside headlines, domain names never do, and a line that
 * carried counter junk is certainly a page title. A name of two or more capitalised words after a
 * headline in sentence case ("Ferry fares rise again - Coast Herald") is set apart by its
 * casing; a single capitalised word ("… - Festnahme") may be the headline's own.
 */
export function suffixIsSiteName(parts: TitleParts): boolean {
  if (!parts.suffix) return false;
  const { separator, site, headline } = parts.suffix;
  if (continuesHeadline(site)) return false;
  if (parts.counter || isPipe(separator) || separator === '::' || (/\.[a-z]{2,}$/i.test(site) && !PART_NUMBER.test(site))) return true;
  return wordCount(site, 3) >= 2 && isAppendedName(site, separator) && lowerCaseWords(headline) >= 2;
}

/**
 * The question every reader of a title line's separator asks of the segment after it: is it the
 * headline's continuation rather than a site's name? The title rules here ask it before a pipe's
 * shape alone cuts the segment off, and the outlet reader asks it before it reads the segment as
 * the site (`outlet-candidates.ts`), so the two never disagree. In a script without case (Hebrew,
 * Arabic, Devanagari, Han…) no capital marks a name and only its length tells: no caseless name of
 * the outlet list runs past three words, so five words or more are a clause, the headline's second
 * half ("\"quote\" | who says it and why"). Four words are left to the other rules; a segment in a
 * cased script, or mixing in a cased word, is never read as a clause here.
 */
export function continuesHeadline(segment: string): boolean {
  return (
    CASELESS_LETTER.test(segment) &&
    !CASED_LETTER.test(segment) &&
    wordCount(segment, MAX_CASELESS_NAME_WORDS + 1) > MAX_CASELESS_NAME_WORDS
  );
}

/** Most words of a site's name in a script without case: the outlet list's longest has three; one more for an edition or a section word. */
const MAX_CASELESS_NAME_WORDS = 4;
const CASELESS_LETTER = /\p{Lo}/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** A part's number before a capitalised word ("– 4.DIO", "- 2.Teil"): the headline's own, not a domain's ending. */
const PART_NUMBER = /^\d+\.\p{Lu}/u;

/** Words that start with a lower-case letter: two or more mark a line (a headline) written in sentence case. */
export function lowerCaseWords(text: string): number {
  return text.split(/\s+/).filter((w) => /^[^\p{L}\p{N}]*\p{Ll}/u.test(w)).length;
}

/** Where a page title joins names to its headline: " | ", " || ", " - ", " – ", " :: ", " · ", ", ". */
const SEGMENT_SEPARATOR = /(\s+(?:\|\||[|–—·•»-]|::)\s+|,\s+)/u;

/** A pipe, single or doubled: the separator of a page title's cells, which headlines do not use. */
function isPipe(separator: string): boolean {
  return separator === '|' || separator === '||';
}

const CURRENCY_START = /^\p{Sc}/u;

/** Most words of a section in sentence case between pipes ("Local news", "Politique intérieure"). */
const MAX_PIPED_SECTION_WORDS = 3;

/** A title line cut at its separators: segments and the separators between them. */
function segmentsOf(text: string): { segments: string[]; separators: string[] } {
  const pieces = text.split(SEGMENT_SEPARATOR);
  return { segments: pieces.filter((_, i) => i % 2 === 0), separators: pieces.filter((_, i) => i % 2 === 1).map((s) => s.trim() || ',') };
}

/**
 * A name a page title appends: a site, a section or an edition, up to five words, each
 * capitalised ("The Harbour Gazette", "Latest Local News", "Politics"), or a domain. After a comma,
 * where a headline's own words may follow ("…, Paris"), only a name that says it is a news
 * listing ("Latest Country News") counts. `sentenceCase`: a short section in sentence case between
 * pipes counts too.
 */
function isAppendedName(segment: string, separator: string, sentenceCase = true): boolean {
  const n = wordCount(segment, 6);
  // A sum of money ("$1 Million", "€500.000") is the headline's own: no site or section opens with a currency sign.
  if (n === 0 || n > 5 || endsSentence(segment) || CURRENCY_START.test(segment)) return false;
  if (isDomain(segment)) return true;
  // Between pipes a section may be written in sentence case: a headline's clause is not cut by pipes.
  if (sentenceCase && isPipe(separator) && n <= MAX_PIPED_SECTION_WORDS && /^[\p{L}\p{N}]/u.test(segment)) return true;
  const capitalised = segment
    .split(/\s+/)
    .every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}\p{N}]/u.test(w) || /^(?:of|the|and|de|du|des|la|le|di|del|van|der|für|och|og|i)$/i.test(w));
  if (!capitalised) return false;
  return (
    separator !== ',' || /\b(?:news|latest|headlines|breaking|nieuws|nachrichten|noticias|notizie|actualités|notícias)\b/iu.test(segment)
  );
}

/**
 * The names a page title appends after its headline, when there are two or more of them
 * ("Headline - Section - Site News", "Headline, Latest Country News - Site"): a headline may hold
 * one dash, rarely two that both end in names. The last name is the site. Null otherwise.
 */
export function splitAppendedNames(text: string): { headline: string; site: string | null } | null {
  const { segments, separators } = segmentsOf(text);
  let k = segments.length;
  while (k > 1 && isAppendedName(segments[k - 1]!, separators[k - 2]!)) k--;
  if (segments.length - k < 2 || separators[segments.length - 2] === ',') return null;
  const headline = joinSegments(segments, separators, k);
  if (!hasHeadlineWords(headline)) return null;
  // A section in sentence case must be shorter than the headline: "Crime | Man held after chase | Site" is no headline "Crime".
  const loose = segments.slice(k).filter((s, i) => !isAppendedName(s, separators[k + i - 1]!, false));
  const headlineWords = hasUnspacedScript(headline) ? Math.ceil([...headline].length / 2) : wordCount(headline, 6);
  if (loose.some((s) => wordCount(s, 6) >= headlineWords)) return null;
  return { headline, site: siteOf(segments.slice(k)) };
}

/**
 * The site among the names a title appends: the last that is a name. A date and a time appended
 * like names ("By Name • 19 March 2016 • 14:00") leave the headline with them but are no site.
 */
function siteOf(appended: readonly string[]): string | null {
  return appended.findLast((s) => !isStampNotName(s)) ?? null;
}

/**
 * The title line is the headline (`key` is a later line's key, the cleaner copy) followed only by
 * appended names: "Headline, Latest Country News - Site" above "Headline". Returns the site, the
 * last name, or null when the title line does not start with the headline or goes on with words
 * of its own.
 */
export function namesAfterHeadline(text: string, key: string): { headline: string; site: string | null } | null {
  const { segments, separators } = segmentsOf(text);
  for (let k = 1; k < segments.length; k++) {
    const head = joinSegments(segments, separators, k);
    if (lineKey(head) !== key) continue;
    for (let j = k; j < segments.length; j++) if (!isAppendedName(segments[j]!, separators[j - 1]!)) return null;
    return { headline: head, site: siteOf(segments.slice(k)) };
  }
  return null;
}

function joinSegments(segments: string[], separators: string[], count: number): string {
  let out = segments[0]!;
  for (let i = 1; i < count; i++) out += (separators[i - 1] === ',' ? ', ' : ` ${separators[i - 1]} `) + segments[i]!;
  return out;
}

/** Where a short line joins its parts: a run of up to three marks between spaces ("Name - Place", "Place / Name"). */
const PART_SEPARATOR = /\s+[\p{P}\p{S}]{1,3}\s+/u;

/**
 * The name (`key`, its `lineKey`) is the first or the last part of `line`, set apart by a mark: the
 * page title "Headline - Harbour Gazette" under the masthead "Harbour Gazette", "Site | Headline".
 */
export function isEndPartOf(key: string, line: string): boolean {
  if (key === '' || !PART_SEPARATOR.test(line)) return false;
  const parts = line.split(PART_SEPARATOR);
  return lineKey(parts[0]!) === key || lineKey(parts.at(-1)!) === key;
}

/**
 * The name is a whole part of a short line set apart by a mark: a byline or a credit with the
 * site after it ("Jane Doe - Site News", "Place / Site News"), a masthead with its edition
 * ("Site News – Northern edition"). Not when the line's other parts share a word with the
 * headline: then the line echoes the title's own pair ("Team A - Team B" over a match report
 * "Team A – Team B 1-2! …"), and the name is the story's. The caller bounds the line's length.
 */
function isPartOfShortLine(text: string, key: string, headlineWords: ReadonlySet<string>): boolean {
  if (!PART_SEPARATOR.test(text)) return false;
  const parts = text.split(PART_SEPARATOR).map(lineKey);
  if (!parts.includes(key)) return false;
  return parts.every((p) => p === key || !p.split(' ').some((w) => headlineWords.has(w)));
}

/** Words that introduce a publication's name in a credit or footer line. */
const NAME_CUE =
  /(?:^|\s)(?:©|\(c\)|copyright|from|source|sources|via|by|quelle|von|fuente|fonte|bron|door|kilde|källa|lähde|źródło|zdroj|kaynak|par|por|di|da)\s*:?\s*$/iu;

/**
 * Whether the page names the suffix on a line of its own ("Site News" as the masthead or a
 * section line), as a part of a short line ("Jane Doe - Site News") or credits it in a short line
 * ("From Site News", "© 2024 Site News"); `headline` is the rest of the title line. Then
 * "Headline - Site News" ends in a name even with a plain dash; so does a page printing the name's
 * domain ("nordwind.de", `site-domain.ts`). A headline's last words are rarely printed alone, after
 * "From" or as an address elsewhere on the page.
 */
export function suffixNamedElsewhere(site: string, others: readonly string[], headline = ''): boolean {
  const key = lineKey(site);
  if (key === '') return false;
  if (namedByDomain(site, others)) return true;
  const headlineWords = new Set(lineKey(headline).split(' '));
  for (const text of others) {
    if (lineKey(text) === key) return true;
    if (wordCount(text, 9) > 8) continue;
    if (isPartOfShortLine(text, key, headlineWords)) return true;
    const at = text.toLowerCase().indexOf(site.toLowerCase());
    if (at < 0) continue;
    const before = text
      .slice(0, at)
      .replace(/\b(?:19|20)\d{2}\b/g, '')
      .trimEnd();
    if (NAME_CUE.test(` ${before}`)) return true;
  }
  return false;
}

/** Characters that stand for two words of a headline in a script without spaces. */
const MIN_UNSPACED_HEADLINE_CHARS = 6;

/**
 * What is left of a title once a site's name is cut from one end reads as a headline: two words
 * or more (in a script without spaces, six characters) that do not open in lower case ("Site -
 * what next" is one headline, not a name and a headline). Short: the caller has already shown the
 * name to be the site's.
 */
export function isHeadlineLeft(text: string): boolean {
  const t = text.trim();
  if (/^[^\p{L}\p{N}]*\p{Ll}/u.test(t)) return false;
  return hasUnspacedScript(t) ? [...t].length >= MIN_UNSPACED_HEADLINE_CHARS : wordCount(t, 2) >= 2;
}
