/**
 * How far each rule's lost story lines spread: for every rule that drops labelled body lines, the lines,
 * pages, sites and sets it takes them on, over every write-from set at once (the shared set's dev pages
 * and each folder of /work/extra-pages that `setAccess` gives as readable). The team's bar asks a rule
 * for a shape seen on three pages of three sites in two sets; this says, before anyone writes a keep
 * rule, whether the loss it would answer is that wide or one page's (a flattened table, one live page).
 * A rule marked `bar` loses lines on 3+ pages, 3+ sites and 2+ sets. Held-out pages, check sets and the
 * lead's sets are never read.
 *
 * Below the rules, the same lines by the labelled page's kind (article, listing, live-blog…), and whether
 * its excerpt holds a headline at all: a loss that sits on one kind of page (a listing's items, the first
 * line of a page stored without its headline) is answered by recognising that page, not by a line rule.
 * Then by place: the line taken as the headline, above the first line the cleaner kept, between kept
 * lines, below the last (the page's own last line apart: the store cuts most pages mid-sentence there).
 * The headline's row is split by where the labelled title stands (none in the excerpt, above the line,
 * below it) and whether the page is a listing: a line lost as the headline of a page with no labelled
 * title is invisible to the title score, and under a labelled title above it the title is wrong as well
 * (18body32, the write-from sets: 23 lines; 13 on pages with no labelled title, 6 of them listings; 7 on listings
 * under their labelled heading; 3 on other pages under their labelled title).
 *
 *   npx tsx bench/ingest/lost-spread.ts [--dir DIR ...] [--rule TEXT] [--kind]
 *
 * `--dir` (repeatable) reads only those sets; `--rule` lists the lost lines whose rule contains TEXT;
 * `--kind` splits each rule's row by the page's kind (`rule [listing, no headline]`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';
import { withReasonHistory } from './reason-history.ts';

const EXTRA_DIR = '/work/extra-pages';
const { values } = parseArgs({
  options: { dir: { type: 'string', multiple: true }, rule: { type: 'string' }, kind: { type: 'boolean', default: false } },
});

function writeFromSets(): string[] {
  const extra = fs.existsSync(EXTRA_DIR)
    ? fs
        .readdirSync(EXTRA_DIR)
        .map((s) => path.join(EXTRA_DIR, s))
        .filter((d) => fs.statSync(d).isDirectory())
    : [];
  return [PAGES_DIR, ...extra.sort()];
}

/** The page's site: its address's host, lower case, without "www." (as SITES.txt keys it). */
function siteOf(url: string | null | undefined, fallback: string): string {
  try {
    return new URL(url ?? '').hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return fallback;
  }
}

interface Spread {
  lines: number;
  pages: Set<string>;
  sites: Set<string>;
  sets: Set<string>;
}
const spread = new Map<string, Spread>();
/** Per page kind: pages, body lines, lost lines, pages with a loss. */
interface KindRow {
  pages: number;
  body: number;
  lost: number;
  losing: Set<string>;
  sets: Set<string>;
}
const kinds = new Map<string, KindRow>();
/** Per place on the page (`placeOf`): lines, pages, sets. */
const places = new Map<string, { lines: number; pages: Set<string>; sets: Set<string> }>();
let lost = 0;
let body = 0;
for (const dir of values.dir ?? writeFromSets()) {
  // Only write-from sets, and of them only dev pages: a check set or the lead's is never read here.
  if (setAccess(dir) !== 'read') continue;
  const set = path.basename(path.resolve(dir));
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const { result, history } = withReasonHistory(() => cleanText(text));
    const junk = new Set(truth.junkLines);
    const pageBody = text.split('\n').filter((l, i) => l.trim() !== '' && i + 1 !== truth.titleLine && !junk.has(i + 1)).length;
    body += pageBody;
    // The page's kind as labelled, and whether its excerpt holds its headline (a title-less page's top line is a story line).
    const kind = `${truth.kind}${truth.title === null ? ', no headline' : ''}`;
    const k = kinds.get(kind) ?? { pages: 0, body: 0, lost: 0, losing: new Set(), sets: new Set() };
    k.pages++;
    k.body += pageBody;
    kinds.set(kind, k);
    const keptFirst = result.kept[0]?.line ?? Number.POSITIVE_INFINITY;
    const keptLast = result.kept.at(-1)?.line ?? 0;
    const pageLast = text.split('\n').findLastIndex((l) => l.trim() !== '') + 1;
    // The line taken as the headline, by where the labelled title stands: on a page whose excerpt holds none the
    // title score skips the page, so the loss shows only here; under a labelled title above it, the title is wrong too.
    const titleWhere = (line: number): string =>
      truth.titleLine === null
        ? 'no labelled title: the title score skips the page'
        : `the labelled title ${truth.titleLine < line ? 'above' : 'below'} it`;
    const placeOf = (line: number, reason: string): string =>
      reason === 'headline'
        ? `the headline (${truth.kind === 'listing' ? 'a listing, ' : ''}${titleWhere(line)})`
        : line < keptFirst
          ? 'above the text'
          : line < keptLast
            ? 'inside the text'
            : line === pageLast
              ? "below the text: the page's last line"
              : 'below the text';
    for (const d of result.dropped) {
      if (d.line === truth.titleLine || junk.has(d.line)) continue;
      lost++;
      k.lost++;
      k.losing.add(`${set}/${source}`);
      k.sets.add(set);
      const place = placeOf(d.line, d.reason);
      const p = places.get(place) ?? { lines: 0, pages: new Set(), sets: new Set() };
      p.lines++;
      p.pages.add(`${set}/${source}`);
      p.sets.add(set);
      places.set(place, p);
      const by = history.get(d.line)?.at(-1) ?? `${d.reason} (?)`;
      const rule = values.kind ? `${by} [${kind}]` : by;
      const s = spread.get(rule) ?? { lines: 0, pages: new Set(), sites: new Set(), sets: new Set() };
      s.lines++;
      s.pages.add(`${set}/${source}`);
      s.sites.add(siteOf((truth as { url?: string | null }).url, `${set}/${source}`));
      s.sets.add(set);
      spread.set(rule, s);
      if (values.rule && rule.includes(values.rule)) console.log(`${set}/${source}:${d.line}\t${rule}\t${d.text.slice(0, 100)}`);
    }
  }
}
console.log(`story lines lost: ${lost} of ${body} (dev pages of the write-from sets)`);
console.log('lines\tpages\tsites\tsets\tbar\trule');
const rows = [...spread].sort((a, b) => b[1].sites.size - a[1].sites.size || b[1].lines - a[1].lines);
for (const [rule, s] of rows) {
  const bar = s.pages.size >= 3 && s.sites.size >= 3 && s.sets.size >= 2 ? 'bar' : '';
  console.log(`${s.lines}\t${s.pages.size}\t${s.sites.size}\t${s.sets.size}\t${bar}\t${rule}`);
}
console.log('\nby page kind (as labelled)');
console.log('pages\tlosing\tsets\tlost/body\tkind');
for (const [kind, k] of [...kinds].sort((a, b) => b[1].lost - a[1].lost || b[1].pages - a[1].pages)) {
  const share = k.body > 0 ? ((100 * k.lost) / k.body).toFixed(1) : '0.0';
  console.log(`${k.pages}\t${k.losing.size}\t${k.sets.size}\t${k.lost}/${k.body} (${share} %)\t${kind}`);
}
console.log('\nby place on the page');
console.log('lines\tpages\tsets\tplace');
for (const [place, p] of [...places].sort((a, b) => b[1].pages.size - a[1].pages.size || b[1].lines - a[1].lines))
  console.log(`${p.lines}\t${p.pages.size}\t${p.sets.size}\t${place}`);
