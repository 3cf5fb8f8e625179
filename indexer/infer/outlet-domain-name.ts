/**
 * A name for a domain no list knows and no other place of the page names (issue 18): the domain
 * won, and a reader cites a site by its name, not by its host ("Example Daily", not
 * "news.exampledaily.com"). The page usually spells its own label somewhere, in its title line, a
 * footer or a sentence: a run of whole words whose letters are the label's, case, spaces,
 * accents and punctuation aside ("Daily Example" and "DailyExample.com" for "dailyexample"), with a
 * capital: a spelling in lower case only is the address again. When the page spells it nowhere,
 * the registered label is what readers write, capitalised and without its suffix ("Example" for
 * "news.example.cz"; on the dev sets' labels, 69 label-only names against 22 with the suffix),
 * a label of three letters or fewer in capitals, as initials are written ("EXN"), and a suffix
 * that is a word of the trade kept ("Example.tv").
 */
import { domainParts } from './domain-parts.ts';

export type DomainNameWay = 'folder' | 'page' | 'words' | 'label';

export interface DomainName {
  value: string;
  /**
   * Where the name came from: the folder's agreed outlet, the page's own spelling, the page's words
   * that run together into the label, or the registered label.
   */
  way: DomainNameWay;
}

/** Letters a label must have before a run of words is taken for it: short labels meet common words. */
const MIN_LETTERS = 4;
/** What may stand between the words of one name: spaces, a hyphen, an apostrophe, a dot, "&". */
const INNER = /^[\s\-'’.&]*$/u;
/**
 * Suffixes that are a word of the trade ("example.tv", "example.fm", "example.news"): part of
 * the name a reader cites ("Example TV"), so kept.
 */
const MEDIA_SUFFIX = /^(?:tv|fm|am|radio|news|press|media)$/;
/** Letters that do not decompose into a base letter and a mark. */
const FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** A character folded as labels are compared: base letters and digits in lower case; "" for anything else. */
function foldChar(c: string): string {
  // ASCII, most of most pages, from a table of its own folds: the way below lower-cases,
  // normalises and tests each character, ~230 ns a character of a page (18perf32).
  if (c.length === 1 && c.charCodeAt(0) < 0x80) return ASCII_FOLDS[c.charCodeAt(0)]!;
  return foldSlowly(c);
}

function foldSlowly(c: string): string {
  const lower = c.toLowerCase();
  if (FOLDS[lower] !== undefined) return FOLDS[lower];
  return lower.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/** `foldSlowly` of each ASCII character, by its code. */
const ASCII_FOLDS: readonly string[] = Array.from({ length: 0x80 }, (_, code) => foldSlowly(String.fromCharCode(code)));

/** A text folded as labels are compared, character by character (`foldChar`). */
export function foldText(text: string): string {
  return [...text].map(foldChar).join('');
}

interface Run {
  text: string;
  /** The run is a whole line or a whole part of one between separators (a title line's site slot). */
  whole: boolean;
}

/**
 * Runs of whole words in `line` whose folded letters are `key`. A run starts and ends at a word's
 * edge; inside it only a name's own punctuation may stand, so two parts of a line ("Example |
 * Daily") never join into one name.
 */
export function spelledRuns(line: string, key: string): Run[] {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const f = foldChar(line[i]!);
    for (const c of f) chars.push(c), at.push(i);
  }
  const folded = chars.join('');
  const runs: Run[] = [];
  for (let k = folded.indexOf(key); k !== -1; k = folded.indexOf(key, k + 1)) {
    const start = at[k]!;
    const end = at[k + key.length - 1]! + 1;
    if (wordChar(line[start - 1]) || wordChar(line[end])) continue;
    const text = line.slice(start, end);
    // Every gap between the run's letters must be a name's own punctuation.
    if (!INNER.test(text.replace(/[\p{L}\p{N}\p{M}]+/gu, ''))) continue;
    const before = line.slice(0, start).trim();
    const after = line.slice(end).trim();
    runs.push({ text, whole: (before === '' || /[|·•:–—-]$/u.test(before)) && (after === '' || /^[|·•:–—-]/u.test(after)) });
  }
  return runs;
}

function wordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
}

/**
 * The keys the page may spell, most specific first: the label with its suffix ("Example FM"),
 * then the label alone, unless the suffix is part of the name ("Example" in a sentence of
 * example.fm's page is the place the station is named after).
 */
function keysOf(label: string, suffix: string): string[] {
  const keys = MEDIA_SUFFIX.test(suffix) ? [foldText(label + suffix)] : [foldText(label + suffix), foldText(label)];
  return [...new Set(keys)].filter((k) => k.length >= MIN_LETTERS);
}

/**
 * The page's spelling of the domain's label, or the label as registered. `texts` are the page's
 * lines, title first.
 */
export function domainName(domain: string, texts: readonly string[], folderName?: string): DomainName {
  const { label, suffix } = domainParts(domain);
  if (label === '') return { value: domain, way: 'label' };
  if (folderName !== undefined && namesLabel(folderName, label, suffix)) return { value: folderName, way: 'folder' };
  for (const key of keysOf(label, suffix)) {
    const best = bestSpelling(texts.flatMap((t) => spelledRuns(t, key)));
    if (best !== undefined) return { value: best, way: 'page' };
  }
  const words = labelInWords(label, texts);
  if (words !== undefined) return { value: words, way: 'words' };
  const name = label.length <= 3 ? label.toUpperCase() : `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  return { value: MEDIA_SUFFIX.test(suffix) ? `${name}.${suffix}` : name, way: 'label' };
}

/**
 * Whether a name is the domain's, whole: its words joined ("La Voz de Ejemplo" for
 * lavozdeejemplo.es) or its initials, a word in capitals kept whole as sites abbreviate ("Ejemplo
 * TV" for etv.es).
 */
function namesLabel(name: string, label: string, suffix: string): boolean {
  const joined = foldText(name);
  const words = name.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const initials = foldText(words.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0))).join(''));
  const keys = keysOf(label, suffix);
  return keys.includes(joined) || (words.length >= 2 && initials === foldText(label));
}

/**
 * The spelling a reader would copy, among those with a capital: a whole line or title slot over
 * one inside a sentence, mixed case over a masthead's capitals, then the
 * most written.
 */
function bestSpelling(all: readonly Run[]): string | undefined {
  const runs = all.filter((r) => /\p{Lu}/u.test(r.text));
  if (runs.length === 0) return undefined;
  const count = new Map<string, number>();
  for (const r of runs) count.set(r.text, (count.get(r.text) ?? 0) + 1);
  const rank = (r: Run) => [r.whole ? 1 : 0, r.text !== r.text.toUpperCase() ? 1 : 0, count.get(r.text) ?? 0];
  let best = runs[0]!;
  for (const r of runs.slice(1)) {
    const a = rank(r);
    const b = rank(best);
    const i = a.findIndex((v, j) => v !== b[j]);
    if (i !== -1 && a[i]! > b[i]!) best = r;
  }
  return best.text;
}

/** Words of a masthead that writes the address's label with a word or two more ("Example News"). */
const MASTHEAD_WORDS = 4;

/**
 * The page's first line when it writes the domain's registrable label with the words of the
 * site's full name ("Example News" on example.net's page, "Newyddion Example" on
 * newyddion.example.cymru's): the label is the leading or trailing whole words of the line, which
 * holds up to four words in all. The first line is where a page prints its masthead; the
 * address's agreement is what makes the longer spelling the site's and not a headline's. The
 * caller checks the line is shaped like a name. Undefined when the line does not extend the label.
 */
export function mastheadExtension(domain: string, firstLine: string): string | undefined {
  const key = foldText(domainParts(domain).label);
  // Three letters: a broadcaster's initials ("ETV") stand at the edge of the masthead as written.
  if (key.length < 3) return undefined;
  const words = firstLine.trim().split(/\s+/u);
  if (words.length < 2 || words.length > MASTHEAD_WORDS) return undefined;
  const folded = words.map(foldText);
  for (let i = 1; i < words.length; i++)
    if (folded.slice(0, i).join('') === key || folded.slice(i).join('') === key) return words.join(' ');
  return undefined;
}

/** A word of the page as it may stand inside a label: letters and digits, marks and inner apostrophes. */
const PAGE_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/** An address, e-mail or path among the page's words: its parts are the label again, no spelling of the name. */
const ADDRESS_TOKEN = /\S*(?:[\p{L}\p{N}]\.[\p{L}\p{N}]|@|\/)\S*/gu;
/** Words this short inside a name stay as the page writes them ("de", "of", "la"), the first word aside. */
const SMALL_WORD = 3;

/**
 * The label read as words the page itself uses, when the page never spells the name whole
 * ("thealpenanews" on a page that writes "the", "Alpena" and "news": "The Alpena News"). Every part
 * must be a word of the page's text (not of an address it prints) of two letters or more, and the label must fall into two or more of
 * them; each is written as the page writes it most, capitalised where the page capitalises it, and
 * capitalised anyway unless it is a short word (a name's "de" or "of"), the first word aside.
 * Undefined when the label does not fall into the page's words.
 */
function labelInWords(label: string, texts: readonly string[]): string | undefined {
  const key = foldText(label);
  if (key.length < 6) return undefined;
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const m of text.replace(ADDRESS_TOKEN, ' ').matchAll(PAGE_WORD)) {
      const k = foldText(m[0]);
      // Only words that can be part of the label matter.
      if (k.length < 2 || !key.includes(k)) continue;
      const seen = spellings.get(k) ?? new Map<string, number>();
      seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
      spellings.set(k, seen);
    }
  }
  // Fewest parts: best[i] is the shortest split of key's first i letters into page words.
  const best: Array<string[] | undefined> = [[]];
  for (let i = 1; i <= key.length; i++) {
    for (let j = Math.max(0, i - 40); j <= i - 2; j++) {
      const before = best[j];
      const part = key.slice(j, i);
      if (before === undefined || !spellings.has(part)) continue;
      if (best[i] === undefined || before.length + 1 < best[i]!.length) best[i] = [...before, part];
    }
  }
  const parts = best[key.length];
  if (parts === undefined || parts.length < 2) return undefined;
  return parts.map((part, i) => writtenAs(spellings.get(part)!, i === 0)).join(' ');
}

/** How a name writes one of the page's words: the page's capitalised spelling if it has one, the most written first. */
function writtenAs(seen: ReadonlyMap<string, number>, first: boolean): string {
  const ranked = [...seen].sort((a, b) => b[1] - a[1]);
  const capital = ranked.find(([w]) => /^\p{Lu}/u.test(w) && w !== w.toUpperCase());
  if (capital !== undefined) return capital[0];
  const [word] = ranked[0]!;
  if (word === word.toUpperCase() && /\p{Lu}/u.test(word)) return word;
  if (!first && [...word].length <= SMALL_WORD) return word;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
