/**
 * Scores what the indexer made of one labelled page against its truth record
 * (../shared/pages/README.md): title, outlet, year, language, and which lines it kept. Pure, so the
 * figures are the same from the CLI and from the regression test.
 */
import { UNKNOWN_OUTLET } from '../../indexer/infer/index.ts';
import { listedOutletOf } from '../../indexer/infer/outlet-listed-index.ts';
import { domainParts } from '../../indexer/infer/domain-parts.ts';
import { foldText } from '../../indexer/infer/outlet-domain-name.ts';
import type { ArticleResult } from '../../indexer/pipeline.ts';

/** One line of a folder's `truth.jsonl`, the fields the scores read. */
export interface PageTruth {
  file: string;
  split: 'dev' | 'heldout';
  language: string;
  kind: string;
  title: string | null;
  titleLine: number | null;
  outlet: string;
  outletStated: boolean;
  /** The address the page was scraped from, when the set records it. */
  url?: string | null;
  date: string | null;
  yearStated: boolean;
  junkLines: number[];
  junkKinds: Record<string, string>;
}

export interface PageScore {
  /** `<folder>/<file>`. */
  page: string;
  split: PageTruth['split'];
  /** null when the truth has no such field to check (no title in the excerpt, outlet not named…). */
  titleRight: boolean | null;
  outletRight: boolean | null;
  yearRight: boolean | null;
  /** A year was asserted that the page's date does not have (or the page has no known date). */
  wrongYear: boolean;
  /** An outlet was asserted (not "Unknown") that is not the page's. */
  wrongOutlet: boolean;
  languageRight: boolean;
  junkLines: number;
  /** Junk lines (non-blank) per labelled kind, and how many of them were kept. */
  junkByKind: Record<string, { kept: number; total: number }>;
  /** The page's lines (for context figures; never printed). */
  lines: string[];
  /** Line numbers of the body lines kept. */
  keptBodyLines: number[];
  /** The last body line of the page (0 when none): kept junk after it sits below the story. */
  lastBodyLine: number;
  junkKept: Array<{ line: number; kind: string; text: string }>;
  bodyLines: number;
  bodyLost: Array<{ line: number; reason: string; text: string }>;
  /** Junk and body lines holding a letter or a digit: the only ones a search can meet (see `searchable`). */
  searchableJunkLines: number;
  searchableBodyLines: number;
  /** What the indexer settled, for the failure lines. */
  got: { title: string | null; outlet: string | null; year: number | null; language: string | null; from: Record<string, string> };
  truth: PageTruth;
}

export function scorePage(page: string, text: string, truth: PageTruth, result: ArticleResult): PageScore {
  const lines = text.split('\n');
  const nonBlank = (n: number) => (lines[n - 1] ?? '').trim() !== '';
  const article = result.ok ? result.article : null;
  const dropped = new Map<number, string>((article?.dropped ?? []).map((d) => [d.line, d.reason]));
  // A skipped page kept nothing: every line is lost.
  const isDropped = (n: number) => article === null || dropped.has(n);

  const junk = new Set(truth.junkLines);
  const junkKept = truth.junkLines
    .filter((n) => nonBlank(n) && !isDropped(n))
    .map((n) => ({ line: n, kind: truth.junkKinds[String(n)] ?? '?', text: lines[n - 1]!.trim() }));
  const bodyLineNumbers = lines.map((_, i) => i + 1).filter((n) => nonBlank(n) && n !== truth.titleLine && !junk.has(n));
  const bodyLost = bodyLineNumbers
    .filter(isDropped)
    .map((n) => ({ line: n, reason: dropped.get(n) ?? 'article skipped', text: lines[n - 1]!.trim() }));

  const junkByKind: PageScore['junkByKind'] = {};
  for (const n of truth.junkLines.filter(nonBlank)) {
    const kind = truth.junkKinds[String(n)] ?? '?';
    const t = (junkByKind[kind] ??= { kept: 0, total: 0 });
    t.total++;
    if (!isDropped(n)) t.kept++;
  }

  const year = article?.year ?? null;
  const truthYear = truth.date ? Number(truth.date.slice(0, 4)) : null;
  return {
    page,
    split: truth.split,
    titleRight: truth.title === null ? null : article !== null && sameTitle(article.title, truth.title),
    outletRight: truth.outletStated ? article !== null && sameOutlet(article.outlet, truth.outlet) : null,
    yearRight: truth.yearStated ? year !== null && year === truthYear : null,
    wrongYear: year !== null && year !== truthYear,
    wrongOutlet: article !== null && article.outlet !== UNKNOWN_OUTLET && !sameOutlet(article.outlet, truth.outlet),
    languageRight: article?.language === truth.language,
    junkLines: truth.junkLines.filter(nonBlank).length,
    junkByKind,
    lastBodyLine: bodyLineNumbers.at(-1) ?? 0,
    lines,
    keptBodyLines: bodyLineNumbers.filter((n) => !isDropped(n)),
    junkKept,
    bodyLines: bodyLineNumbers.length,
    bodyLost,
    searchableJunkLines: truth.junkLines.filter((n) => nonBlank(n) && searchable(lines[n - 1]!)).length,
    searchableBodyLines: bodyLineNumbers.filter((n) => searchable(lines[n - 1]!)).length,
    got: {
      title: article?.title ?? null,
      outlet: article?.outlet ?? null,
      year,
      language: article?.language ?? null,
      from: article ? ({ ...article.provenance } as Record<string, string>) : { skipped: result.ok ? '' : result.skip.reason },
    },
    truth,
  };
}

/** Same headline up to case, spacing, quote and dash styles, and trailing punctuation. */
export function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,!]+$/, '')
    .trim();
}

/**
 * The convention, as a labeller would sign it (task 18url32): two names are one outlet's when they
 * are the same letters and digits once case, spacing, punctuation, a leading "The" and accents are
 * set aside, every letter written as a domain writes it ("ı" as "i", "ø" as "o", "ß" as "ss": a
 * domain cannot write them); and a name written as a host stands for its registrable label as the
 * Public Suffix List cuts it, nothing more: "name.blogspot.com" and "name.ne.jp" are "Name", and
 * "sport.example.com" is "Example", not "Sport Example" (a subdomain names no outlet by itself, so
 * a host label with its subdomain, right before, is wrong now).
 *
 * Same outlet as a reader would cite it: case, accents, "The", spacing and punctuation aside. A
 * domain names its site ("heute.at" for Heute, "ziare.com" for Ziare.com), so a domain whose name
 * part is the outlet's name counts, "The" glued on or not ("thetimes.example" for The Times). So
 * does another of the outlet list's own names for one outlet (its name, an alias or a domain: "DR"
 * and "Danmarks Radio"): the list is what the indexer cites a listed outlet by, and a label may
 * use the short form.
 */
export function sameOutlet(got: string, truth: string): boolean {
  return labelNames(truth).some((name) => sameName(got, name));
}

function sameName(got: string, truth: string): boolean {
  const meet = (a: string, b: string) => outletKeys(a).some((k) => k !== '' && outletKeys(b).includes(k));
  return meet(got, truth) || meet(withoutTld(got), truth) || meet(got, withoutTld(truth)) || sameListed(got, truth);
}

/**
 * The names a label gives one outlet. A label may write a note in brackets after the name: the
 * name in another script ("중도일보 (Joongdo Ilbo)", "Example (예시)"), or a note that tells two
 * papers apart or says where the copy was read ("The Sun (Nigeria)", "Example Echo (via
 * PressReader)", "CLA (Country Land …)"). The name before the brackets is the outlet; the bracket's
 * text is too when it is the name in another script (one side has Latin letters, the other none),
 * never when it is a note in the name's own script (a country, a language, a long form).
 */
export function labelNames(truth: string): string[] {
  const m = /^(.*\S)\s*\(([^()]+)\)$/u.exec(truth.trim());
  if (!m) return [truth];
  const [, name, note] = m as unknown as [string, string, string];
  return LATIN.test(name) === LATIN.test(note) ? [truth, name] : [truth, name, note.trim()];
}
const LATIN = /\p{Script=Latin}/u;

/** Both names are the outlet list's names for one outlet. */
function sameListed(got: string, truth: string): boolean {
  const listed = listedOutletOf(got);
  return listed !== undefined && listed === listedOutletOf(truth);
}

/**
 * A name's keys: letters and digits only, lower-cased, accents dropped (a domain spells
 * "Türk" as "turk"), once without a leading "The" and once with it ("The Trucker" is
 * thetrucker.com's; "The Times" is also cited "Times").
 */
function outletKeys(name: string): string[] {
  // Folded as the indexer compares a domain's label with a name (foldText): accents dropped and the
  // letters that do not decompose written as a domain writes them ("ı" as "i", "ø" as "o", "ß" as "ss").
  const trimmed = name.trim();
  return [foldText(trimmed.replace(/^the\s+/i, '')), foldText(trimmed)];
}

/**
 * A domain's name part: its registrable label as the Public Suffix List cuts it ("example" for
 * "news.example.ne.jp", a blog's own name for "name.blogspot.com"), the way the indexer reads a host.
 */
function withoutTld(name: string): string {
  if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,12}$/iu.test(name.trim())) return name;
  const { label } = domainParts(name.trim());
  return label !== '' ? label : name;
}

export interface SplitFigures {
  pages: number;
  title: Ratio;
  outlet: Ratio;
  year: Ratio;
  wrongYears: number;
  wrongOutlets: number;
  language: Ratio;
  junkKept: Ratio;
  bodyLost: Ratio;
  /** The same two over lines holding a letter or a digit: what a user can find or miss by searching. */
  junkKeptSearchable: Ratio;
  bodyLostSearchable: Ratio;
}

export interface Ratio {
  hits: number;
  of: number;
}

export const ratio = (r: Ratio): number => (r.of === 0 ? 0 : r.hits / r.of);

export function figures(scores: readonly PageScore[]): SplitFigures {
  const count = (pick: (s: PageScore) => boolean | null): Ratio => {
    const checked = scores.map(pick).filter((v): v is boolean => v !== null);
    return { hits: checked.filter(Boolean).length, of: checked.length };
  };
  return {
    pages: scores.length,
    title: count((s) => s.titleRight),
    outlet: count((s) => s.outletRight),
    year: count((s) => s.yearRight),
    wrongYears: scores.filter((s) => s.wrongYear).length,
    wrongOutlets: scores.filter((s) => s.wrongOutlet).length,
    language: count((s) => s.languageRight),
    junkKept: { hits: sum(scores, (s) => s.junkKept.length), of: sum(scores, (s) => s.junkLines) },
    bodyLost: { hits: sum(scores, (s) => s.bodyLost.length), of: sum(scores, (s) => s.bodyLines) },
    junkKeptSearchable: {
      hits: sum(scores, (s) => s.junkKept.filter((j) => searchable(j.text)).length),
      of: sum(scores, (s) => s.searchableJunkLines),
    },
    bodyLostSearchable: {
      hits: sum(scores, (s) => s.bodyLost.filter((b) => searchable(b.text)).length),
      of: sum(scores, (s) => s.searchableBodyLines),
    },
  };
}

/**
 * A line a keyword search can meet: it holds a letter or a digit. The index keeps no token of a line
 * of bullets, dashes or rules ("•", "—", "* * *"), so keeping or losing one changes no search; the
 * plain figures count every line (the series the targets were set on), these count what a
 * user meets.
 */
export function searchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
