/**
 * How far each rule's lost story lines spread: for every rule that drops labelled body lines, the lines,
 * pages, sites and sets it takes them on, over every write-from set at once (the shared set's dev pages
 * and each folder of /work/extra-pages that `setAccess` gives as readable). The team's bar asks a rule
 * for a shape seen on three pages of three sites in two sets; this says, before anyone writes a keep
 * rule, whether the loss it would answer is that wide or one page's (a flattened table, one live page).
 * A rule marked `bar` loses lines on 3+ pages, 3+ sites and 2+ sets. Held-out pages, check sets and the
 * lead's sets are never read.
 *
 *   npx tsx bench/ingest/lost-spread.ts [--dir DIR ...] [--rule TEXT]
 *
 * `--dir` (repeatable) reads only those sets; `--rule` lists the lost lines whose rule contains TEXT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';
import { withReasonHistory } from './reason-history.ts';

const EXTRA_DIR = '/work/extra-pages';
const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true }, rule: { type: 'string' } } });

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
    body += text.split('\n').filter((l, i) => l.trim() !== '' && i + 1 !== truth.titleLine && !junk.has(i + 1)).length;
    for (const d of result.dropped) {
      if (d.line === truth.titleLine || junk.has(d.line)) continue;
      lost++;
      const rule = history.get(d.line)?.at(-1) ?? `${d.reason} (?)`;
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
