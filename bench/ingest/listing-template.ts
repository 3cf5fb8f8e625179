/**
 * Does a listing show itself by its item template? For every labelled page, the items the rules' labels
 * (`labelLines`, before the model) let one read: a headline-shaped line (`shapeOf`), a header line of a
 * date's or a byline's make beside it (one line above or two below: a date alone, or a short line of no
 * headline's or paragraph's shape), and a teaser (the first paragraph-shaped line within three lines below,
 * past the header). Items of one make (`sameMake` on their headers) in a run (no two paragraphs in a row
 * between two items) are a template. The test is read in four strengths:
 *   t2      two items or more of one make
 *   t3      three or more
 *   t2-top  two or more, the first item among the page's first TOP non-blank lines, with no two paragraphs
 *           in a row above it (an article's own lead absent above the items)
 *   t3-top  both
 * and the current list tests, for comparison: `isListPage` on the lines the rules kept, the headline with them, and the
 * indexer's `listing` flag from `cleanText` (a list rule gave the first item back).
 * Prints a confusion table (labelled `kind: listing` against every other kind) per strength, pages and sites,
 * then the pages by their longest run (0–3+ items): where a listing shows no template at all, a stronger
 * test cannot find it.
 * Finding (18list31, the write-from sets' dev pages, 47 listings of 437): at three items no other page has a
 * run, but only 6 listings do, and wiring that test into `keepListingHeadline` (from the page's headline on,
 * no two paragraphs in a row above the first item) moved one line of one page: the others are listings the
 * current rules already read, or have no 'headline' line. At two, an article, a blog and a live page fire.
 * 22 listings show no item at all (no header beside a headline: captions, section labels or nothing recur),
 * and the check sets n28 + n29 show no run of two on any of their 9 listings.
 * `--show` lists each write-from page that is a listing or that any test calls one, with the tests that fire and
 * the longest run's items (headline line, teaser line in brackets) and headers; a check set gives counts only, a lead's set nothing.
 *
 *   npx tsx bench/ingest/listing-template.ts [--show] DIR…
 */
import fs from 'node:fs';
import path from 'node:path';
import { cleanText, labelLines } from '../../indexer/clean/index.ts';
import { wordsUpTo } from '../../indexer/clean/line-words.ts';
import { isListPage, isTeaserOrParagraph, sameMake, shapeOf } from '../../indexer/clean/listing-headline.ts';
import type { ContentLine } from '../../indexer/clean/structure.ts';
import { isDateOnly } from '../../indexer/infer/dates.ts';
import { labelledPages, pageAccess } from './pages.ts';

const args = process.argv.slice(2);
const wantShow = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: listing-template.ts [--show] DIR…');
  process.exit(2);
}

const MAX_HEADER_WORDS = 12;
/** How far below an item's headline its teaser may stand (past its header). */
const TEASER_REACH = 3;

interface TemplateItem {
  /** Index of the item's headline in the lines read. */
  at: number;
  /** Index of its teaser. */
  teaser: number;
  headers: string[];
}

function isItemHeader(l: ContentLine): boolean {
  if (isDateOnly(l.text)) return true;
  return wordsUpTo(l, MAX_HEADER_WORDS) <= MAX_HEADER_WORDS && shapeOf(l) === 'other' && /\p{L}/u.test(l.text);
}

/** Every headline with a header beside it and a teaser under it. */
function templateItems(lines: readonly ContentLine[]): TemplateItem[] {
  const out: TemplateItem[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (shapeOf(lines[k]!) !== 'headline') continue;
    const headers: string[] = [];
    if (k > 0 && isItemHeader(lines[k - 1]!)) headers.push(lines[k - 1]!.text);
    for (let j = k + 1; j <= k + 2 && j < lines.length; j++) if (isItemHeader(lines[j]!)) headers.push(lines[j]!.text);
    if (headers.length === 0) continue;
    for (let j = k + 1; j <= k + TEASER_REACH && j < lines.length; j++) {
      const l = lines[j]!;
      if (shapeOf(l) === 'paragraph' && isTeaserOrParagraph(l)) {
        out.push({ at: k, teaser: j, headers });
        break;
      }
      if (!isItemHeader(l)) break;
    }
  }
  return out;
}

const oneMake = (a: TemplateItem, b: TemplateItem) => a.headers.some((x) => b.headers.some((y) => sameMake(x, y)));

/** The longest run of items of one make, each next item reached with no two paragraphs in a row between. */
function templateRun(lines: readonly ContentLine[], items = templateItems(lines)): TemplateItem[] {
  let best: TemplateItem[] = [];
  for (let s = 0; s < items.length && items.length - s > best.length; s++) {
    const run = [items[s]!];
    for (let t = s + 1; t < items.length; t++) {
      const prev = run.at(-1)!;
      const next = items[t]!;
      if (next.at <= prev.teaser || !oneMake(run[0]!, next)) continue;
      let paragraphs = 0;
      let broken = false;
      for (let j = prev.teaser + 1; j < next.at && !broken; j++) {
        const p = shapeOf(lines[j]!) === 'paragraph';
        broken = p && paragraphs > 0;
        paragraphs = p ? paragraphs + 1 : 0;
      }
      if (broken) break;
      run.push(next);
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

/** The first item must open among the page's first this many non-blank lines (t*-top). */
const TOP = 12;

function leadAbove(lines: readonly ContentLine[], at: number): boolean {
  for (let j = 1; j < at; j++) if (shapeOf(lines[j]!) === 'paragraph' && shapeOf(lines[j - 1]!) === 'paragraph') return true;
  return false;
}

const TESTS = ['t2', 't3', 't2-top', 't3-top', 'isListPage', 'indexer-listing'] as const;
type Test = (typeof TESTS)[number];
const cells = new Map<string, { pages: number; sites: Set<string> }>();
const cell = (test: Test, truthListing: boolean, said: boolean) => {
  const k = `${test}\t${truthListing ? 'listing' : 'other'}\t${said ? 'yes' : 'no'}`;
  let c = cells.get(k);
  if (!c) cells.set(k, (c = { pages: 0, sites: new Set() }));
  return c;
};
const shown: string[] = [];
/** Pages by the longest run's length (0, 1, 2, 3+) and whether any item was found, listings against the rest. */
const runs = new Map<string, number>();

for (const dir of dirs) {
  const { show } = pageAccess(dir, wantShow);
  const set = path.basename(path.resolve(dir));
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const { lines } = labelLines(text);
    const run = templateRun(lines);
    const top = run.length > 0 && run[0]!.at < TOP && !leadAbove(lines, run[0]!.at);
    const ruled = lines.filter((l) => l.reason === null || l.reason === 'headline');
    const said: Record<Test, boolean> = {
      t2: run.length >= 2,
      t3: run.length >= 3,
      't2-top': run.length >= 2 && top,
      't3-top': run.length >= 3 && top,
      isListPage: isListPage(ruled.map((l) => ({ ...l, reason: null }))),
      'indexer-listing': cleanText(text).listing === true,
    };
    const listing = truth.kind === 'listing';
    const runKey = `${listing ? 'listing' : 'other'}\t${Math.min(run.length, 3)}${run.length >= 3 ? '+' : ''}`;
    runs.set(runKey, (runs.get(runKey) ?? 0) + 1);
    let site = '';
    try {
      site = truth.url ? new URL(truth.url).hostname.replace(/^www\./, '') : `${set}/${source}`;
    } catch {
      site = `${set}/${source}`;
    }
    for (const t of TESTS) cell(t, listing, said[t]).pages++, cell(t, listing, said[t]).sites.add(site);
    if (show && (listing || TESTS.some((t) => said[t])))
      shown.push(
        [
          `${set}/${source}`,
          truth.kind,
          TESTS.filter((t) => said[t]).join(',') || '-',
          `items ${run.map((i) => `${lines[i.at]!.line}(${lines[i.teaser]!.line})`).join(' ')}`,
          `headers ${run.map((i) => JSON.stringify(i.headers[0]!.slice(0, 40))).join(' ')}`,
        ].join('\t'),
      );
  }
}

console.log('test\ttruth\tsaid\tpages\tsites');
for (const t of TESTS)
  for (const truth of [true, false])
    for (const said of [true, false]) {
      const c = cell(t, truth, said);
      console.log(`${t}\t${truth ? 'listing' : 'other'}\t${said ? 'listing' : 'not'}\t${c.pages}\t${c.sites.size}`);
    }
console.log('\ntruth\tlongest run\tpages');
for (const truth of ['listing', 'other'])
  for (const n of ['0', '1', '2', '3+']) console.log(`${truth}\t${n}\t${runs.get(`${truth}\t${n}`) ?? 0}`);
if (shown.length > 0) console.log(`\n${shown.join('\n')}`);
