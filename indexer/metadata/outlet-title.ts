/**
 * The site named on a page's title line: "Headline | Site", "Headline - Section - Site News",
 * "Headline, Latest Local News - Site". The cleaner's headline tells where the headline ends; what
 * follows it after a separator is the site's decoration, its last segment the site's name.
 * Read here from the raw lines, so the outlet does not depend on how the cleaner split the line.
 */

/** Separators between a title line's segments. A comma only ends a headline that is known. */
const SEPARATOR = /\s+(?:[|–—·•]|-{1,2}|::|»)\s+|,\s+/g;
const SEGMENT_SEPARATOR = /\s+(?:[|–—·•]|-{1,2}|::|»)\s+/;

export interface TitleSite {
  site: string;
  /** The line's text up to the site, known to be the headline (a line repeats it). */
  confirmed: boolean;
  /** The separator next to the site. */
  separator: string;
  /** The site stands before the headline ("Site | Headline"). */
  before?: boolean;
}

/** Letters and digits only, single-spaced, lower case: how two copies of a headline are compared. */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The site after the headline on `line`, if the line is a headline plus a tail. `headlines` are
 * keys (textKey) of texts known to be the headline: the cleaner's headline and nearby lines.
 */
export function siteOnTitleLine(line: string, headlines: ReadonlySet<string>): TitleSite | null {
  if (line.length > 400) return null;
  SEPARATOR.lastIndex = 0;
  const splits: Array<{ at: number; end: number; sep: string }> = [];
  for (let m = SEPARATOR.exec(line); m; m = SEPARATOR.exec(line)) splits.push({ at: m.index, end: m.index + m[0].length, sep: m[0].trim() });
  if (splits.length === 0) return null;

  // Confirmed: the text before a separator is a known headline (possibly after a prefix such as a date).
  for (const s of splits) {
    const head = textKey(line.slice(0, s.at));
    if (head === '' || ![...headlines].some((h) => h !== '' && (head === h || head.endsWith(` ${h}`)))) continue;
    const site = lastSiteSegment(line.slice(s.end));
    if (site) return { site, confirmed: true, separator: s.sep };
  }
  // Confirmed the other way round: "Site | Section | Headline".
  for (const s of splits) {
    if (s.sep === ',') continue;
    const tail = textKey(line.slice(s.end));
    if (tail === '' || !headlines.has(tail)) continue;
    const site = line.slice(0, line.slice(0, s.at).search(SEGMENT_SEPARATOR) >= 0 ? line.slice(0, s.at).search(SEGMENT_SEPARATOR) : s.at).trim();
    if (lastSiteSegment(site) === site) return { site, confirmed: true, separator: s.sep, before: true };
    break;
  }
  // Unconfirmed: the last segment after a real separator (not a comma).
  const last = [...splits].reverse().find((s) => s.sep !== ',');
  if (!last) return null;
  const tail = line.slice(last.end).trim();
  const headWords = line.slice(0, last.at).trim().split(/\s+/).length;
  if (headWords < 2 || tail.split(/\s+/).length > 5) return null;
  const site = lastSiteSegment(tail);
  return site ? { site, confirmed: false, separator: last.sep } : null;
}

/** The last segment of a tail that can be a site's name: short, capitalised, not a sentence. */
function lastSiteSegment(tail: string): string | null {
  const segments = tail.split(SEGMENT_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
  const site = segments.at(-1);
  if (!site || site.split(/\s+/).length > 6 || site.length > 60) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(site) && !/^[\p{Ll}][\p{L}\p{N}-]*\.[a-z]{2,}$/u.test(site)) return null;
  if (/[.!?…]["'”’]?$/.test(site) && !/\.[a-z]{2,}$/i.test(site)) return null;
  return site;
}
