/**
 * Metadata from the corpus path. Only unambiguous conventions are read:
 * - dates: a year folder (with month and day folders under it), or an ISO date (`2012-11-21`,
 *   `2012_11_21`) in a folder or file name, set off by non-digits;
 * - outlet: a folder named like a web domain (`nytimes.com/`, `www.bbc.co.uk/`). Any other folder
 *   name ("politics", "batch-2", "reuters") is never read as a publisher: a topic folder taken for
 *   an outlet would mislabel every article in it. Such folders are mapped to outlets explicitly with
 *   the manifest's `folders:` section.
 */
import { isValidPartialDate } from './stated-meta.ts';
import type { Settled } from '../types.ts';

export function dateFromPath(source: string): Settled<string> | null {
  const segments = source.split('/');
  const fileName = segments.pop() ?? '';

  // Deepest first: a dated file name is more specific than a dated folder.
  const named = isoInName(fileName.replace(/\.[^.]*$/, ''));
  if (named) return { value: named, from: `file name '${fileName}'` };

  for (let i = segments.length - 1; i >= 0; i--) {
    const inFolder = isoInName(segments[i]!);
    if (inFolder) return { value: inFolder, from: `path '${segments.slice(0, i + 1).join('/')}/'` };
  }

  for (let i = 0; i < segments.length; i++) {
    if (!/^(?:19|20)\d{2}$/.test(segments[i]!)) continue;
    let value = segments[i]!;
    const month = segments[i + 1];
    const day = segments[i + 2];
    if (month && /^\d{2}$/.test(month) && isValidPartialDate(`${value}-${month}`)) {
      value += `-${month}`;
      if (day && /^\d{2}$/.test(day) && isValidPartialDate(`${value}-${day}`)) value += `-${day}`;
    }
    return { value, from: `path '${segments.slice(0, i + 1 + (value.length - 4) / 3).join('/')}/'` };
  }
  return null;
}

/** An ISO date in a story's name, with a word of the name after it ("2011-09-22-the-story", "x-2018-02-09-the-story.html"). */
const NAMED_DATE = /^(?:.*[^\d])?((?:19|20)\d{2})([-_])(\d{2})\2(\d{2})(?:[-_.][^/]*\p{L}[^/]*)$/u;

/** A listing's page number in its address ("…/2020/05/page/32"): the date folders then name an archive, not a story. */
const PAGINATION = /^(?:page|pages|pagina|página|seite|strona|sayfa|p)$/i;

/**
 * The publication date an article's address gives: year and month folders, perhaps a day's, with the story's own
 * name or number after them (`…/2019/03/07/the-story/`, `…/2021/05/the-story.html`, `…/2022/03/14139`), or an ISO
 * date in the story's name (`…/2011-09-22-the-story/`). A site files a story under the day it published it; the
 * page's own stamp can be its "today" or an item's. Nothing when the date folders end the address or a page
 * number follows them (`…/2026/01`, `…/2008/07/18/`, `…/date/2020/05/page/32`: an archive of that period, whose
 * items are of many days), when a month is not one, or when the date is later than `today`.
 */
export function dateFromAddress(url: string | null, today: Date = new Date()): Settled<string> | null {
  if (url === null) return null;
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter((s) => s !== '');
  } catch {
    return null;
  }
  const latest = today.toISOString().slice(0, 10);
  const found = (value: string, upTo: number) =>
    value <= latest && isValidPartialDate(value) ? { value, from: `address '/${segments.slice(0, upTo).join('/')}/'` } : null;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const named = NAMED_DATE.exec(segment);
    if (named && i + 1 === segments.length) return found(`${named[1]}-${named[3]}-${named[4]}`, i + 1);
    const iso = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/.exec(segment);
    if (iso && i + 1 < segments.length && !PAGINATION.test(segments[i + 1]!)) return found(segment, i + 1);
    if (!/^(?:19|20)\d{2}$/.test(segment) || !/^\d{1,2}$/.test(segments[i + 1] ?? '')) continue;
    const month = segments[i + 1]!.padStart(2, '0');
    const day = /^\d{1,2}$/.test(segments[i + 2] ?? '') && Number(segments[i + 2]) <= 31 ? segments[i + 2]!.padStart(2, '0') : null;
    const after = i + (day ? 3 : 2);
    // The story's name or number follows; a day folder ending the address is a day's archive.
    if (after >= segments.length || PAGINATION.test(segments[after]!)) return null;
    // "…/2011/09/2011-09-22-the-story/": the story's name gives the day its folders leave out.
    const inName = day ? null : NAMED_DATE.exec(segments[after]!);
    if (inName && inName[1] === segment && inName[3] === month) return found(`${segment}-${month}-${inName[4]}`, after + 1);
    return found(day ? `${segment}-${month}-${day}` : `${segment}-${month}`, after);
  }
  return null;
}

function isoInName(name: string): string | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})([-_.])(\d{2})\2(\d{2})(?![\d])/.exec(name);
  if (!m) return null;
  const iso = `${m[1]}-${m[3]}-${m[4]}`;
  return isValidPartialDate(iso) ? iso : null;
}

/** `nytimes.com`, `www.bbc.co.uk`, `news.example.org`: labels of letters/digits/hyphens, a known-shaped TLD. */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,12})$/i;

export function outletFromPath(source: string): Settled<string> | null {
  const segments = source.split('/').slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (DOMAIN.test(segment) && !/^\d/.test(segment)) {
      return { value: domainOutlet(segment), from: `folder '${segments.slice(0, i + 1).join('/')}/' is named like a web domain` };
    }
  }
  return null;
}

/** The site as people name a domain: without "www." and similar host prefixes, lower case. */
export function domainOutlet(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

export function domainOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host && DOMAIN.test(host) ? domainOutlet(host) : null;
  } catch {
    return null;
  }
}
