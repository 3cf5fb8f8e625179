/**
 * What the learned outlet scorer (bench/ingest/train-outlet.ts) reads of one candidate outlet: which families
 * of evidence name it, how many places agree, where on the page it stands, how often the page
 * writes it, and its shape (a person's name, a common word of the page, a wire, a publication).
 * The features say nothing of any particular outlet, so what is learned can hold on the next site.
 */
import { stopWordCount, type LanguageMask } from '../../indexer/clean/stopwords.ts';
import type { CleanResult } from '../../indexer/types.ts';
import type { OutletCandidate, PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { groupCandidates, type OutletGroup } from '../../indexer/infer/outlet-groups.ts';
import { wideCandidates } from './outlet-wide.ts';
import { brandShaped, isDomain, bareDomain, personShaped } from '../../indexer/infer/outlet-names.ts';
import { isWire, outletShaped } from '../../indexer/infer/outlet-words.ts';

/** Evidence kinds by family: a dozen rare kinds each would be fitted to a handful of pages. */
const FAMILIES: Record<string, readonly string[]> = {
  site: ['url', 'title-site', 'syndication', 'address', 'email', 'domain-name', 'address-words'],
  cue: [
    'prompt',
    'newsroom',
    'agencies-credit',
    'publisher',
    'editor',
    'citation',
    'app',
    'disclaimer',
    'byline-outlet',
    'contributor',
    'dateline',
    'caseless-dateline',
    'opener',
    'promotion',
    'follow',
    'site-notice',
    'copyright',
  ],
  byline: ['byline', 'from', 'bio'],
  self: ['self-reference', 'prose', 'prose-position', 'address-mention'],
  alone: ['masthead', 'foot', 'repeated', 'caps-masthead', 'title-tail'],
  stamp: ['stamp-name', 'echo', 'related-brand'],
  top: ['top-line'],
  parts: ['parts-lead'],
  glued: ['glued'],
  foot: ['foot-line', 'foot-label'],
  inner: ['short-name', 'after-colon'],
};
const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([f, kinds]) => kinds.map((k) => [k, f] as const)));

export const OUTLET_FEATURES = [
  ...Object.keys(FAMILIES).map((f) => `family-${f}`),
  'family-other',
  'rule-total',
  'rule-max',
  'rule-winner',
  'kinds',
  'log-lines',
  'first-share',
  'before-headline',
  'at-foot',
  'log-mentions',
  'in-headline',
  'words',
  'all-caps',
  'camel',
  'digits',
  'domain',
  'person',
  'wire',
  'publication-noun',
  'common-word',
  'stop-word',
  'nav-run',
  'log-groups',
] as const;
export const OUTLET_FEATURE_COUNT = OUTLET_FEATURES.length;
const FAMILY_COUNT = Object.keys(FAMILIES).length + 1;

/** What the features read of the page once, for all its candidates. */
export interface PageView {
  lines: readonly PageLine[];
  /** Index in `lines` by source line number. */
  at: Map<number, number>;
  headlineLine: number | null;
  headline: string;
  /** Lower-cased words the body writes in lower case: the page's common words. */
  lowerWords: Set<string>;
  /** The page's text, lower-cased, one line per line, for counting mentions. */
  folded: string;
  language: LanguageMask;
  groups: number;
}

export function pageView(
  lines: readonly PageLine[],
  headlineLine: number | null,
  headline: string,
  language: LanguageMask,
  groups: number,
): PageView {
  const at = new Map<number, number>();
  lines.forEach((l, i) => at.set(l.line, i));
  const lowerWords = new Set<string>();
  for (const l of lines) {
    if (l.reason !== null || l.words < 8) continue;
    for (const w of l.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{N}]*/gu) ?? []) lowerWords.add(w);
  }
  const folded = `\n${lines.map((l) => l.text.toLowerCase()).join('\n')}\n`;
  return { lines, at, headlineLine, headline: headline.toLowerCase(), lowerWords, folded, language, groups };
}

/** The feature row of one group into `row` (OUTLET_FEATURE_COUNT values). */
export function groupFeatures(g: OutletGroup, name: string, ruleWinner: boolean, page: PageView, row: Float64Array): void {
  row.fill(0);
  const n = Math.max(1, page.lines.length);
  for (const kind of g.byKind.keys()) {
    const f = FAMILY_OF.get(kind);
    const index = f ? Object.keys(FAMILIES).indexOf(f) : FAMILY_COUNT - 1;
    row[index] = 1;
  }
  let k = FAMILY_COUNT;
  const scored = [...g.byKind.values()].filter((c) => c.score > 0);
  row[k++] = g.total;
  row[k++] = scored.reduce((m, c) => Math.max(m, c.score), 0);
  row[k++] = ruleWinner ? 1 : 0;
  row[k++] = g.byKind.size;
  const lineIndexes = [...new Set(g.candidates.map((c) => page.at.get(c.line)).filter((i): i is number => i !== undefined))];
  row[k++] = Math.log1p(lineIndexes.length);
  row[k++] = lineIndexes.length > 0 ? Math.min(...lineIndexes) / n : 0.5;
  row[k++] = page.headlineLine !== null && g.candidates.some((c) => c.line > 0 && c.line < page.headlineLine!) ? 1 : 0;
  row[k++] = lineIndexes.some((i) => i >= n * 0.85) ? 1 : 0;
  const word = (isDomain(name) ? bareDomain(name).split('.')[0]! : name).toLowerCase();
  row[k++] = Math.log1p(mentions(page.folded, word));
  row[k++] = word.length >= 3 && page.headline.includes(word) ? 1 : 0;
  const words = name.split(/\s+/);
  row[k++] = Math.min(words.length, 6);
  const letters = name.replace(/[^\p{L}]/gu, '');
  row[k++] = letters.length > 1 && letters === letters.toUpperCase() ? 1 : 0;
  row[k++] = brandShaped(name) ? 1 : 0;
  row[k++] = /\d/.test(name) ? 1 : 0;
  row[k++] = isDomain(name) ? 1 : 0;
  row[k++] = personShaped(name) && !outletShaped(name) ? 1 : 0;
  row[k++] = isWire(name) ? 1 : 0;
  row[k++] = outletShaped(name) ? 1 : 0;
  row[k++] = words.length === 1 && page.lowerWords.has(name.toLowerCase()) ? 1 : 0;
  row[k++] = stopWordCount(name, page.language) > 0 ? 1 : 0;
  row[k++] = lineIndexes.some((i) => shortNeighbours(page.lines, i)) ? 1 : 0;
  row[k++] = Math.log1p(page.groups);
}

/** Lines that write the name as a word of their own, in any case. */
function mentions(folded: string, word: string): number {
  if (word.length < 2) return 0;
  let count = 0;
  for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + word.length)) {
    const before = folded[i - 1] ?? ' ';
    const after = folded[i + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) count++;
  }
  return count;
}

/** A line in a run of short lines (a menu, a list of sections): both neighbours are three words or fewer. */
function shortNeighbours(lines: readonly PageLine[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  return prev !== undefined && next !== undefined && prev.words <= 3 && next.words <= 3;
}

/** One candidate outlet of a page with its feature row. */
export interface OutletCase {
  group: OutletGroup;
  name: string;
  row: Float64Array;
}

/** Every candidate outlet of the page, the rules' and the wide net's, with its features. */
export function outletCases(
  clean: CleanResult,
  lines: readonly PageLine[],
  candidates: readonly OutletCandidate[],
  ruleKey: string | null,
): OutletCase[] {
  const headlineLine = clean.headline?.line ?? null;
  const groups = groupCandidates([...candidates, ...wideCandidates(lines, headlineLine)]);
  const page = pageView(lines, headlineLine, clean.headline?.text ?? '', 0, groups.length);
  return groups.map((group) => {
    const name = nameOf(group);
    const row = new Float64Array(OUTLET_FEATURE_COUNT);
    groupFeatures(group, name, group.key === ruleKey, page, row);
    return { group, name, row };
  });
}

/** The name a group is read under: a name before a domain, the first spelling met. */
function nameOf(g: OutletGroup): string {
  return (g.candidates.find((c) => !isDomain(c.value)) ?? g.candidates[0]!).value;
}
