/**
 * What the indexer titles a page whose excerpt holds no headline (its truth `title` is null). The
 * scorer leaves such pages out of the title figure (`titleRight` null, bench/ingest/score.ts), so a
 * page chrome line taken for the title there ("Latest news", a search box's label, a follow prompt)
 * costs no figure, yet a user sees it as the article's title. Counts per set, by the page's kind
 * and where the title came from: the first sentence of the text (the lead fallback), a line the
 * candidates picked (split by that line's label: junk, story, or the labelled title line), or the
 * file name. `--show` lists the pages of write-from sets with the title and its source; a check
 * set gives counts only, a lead's set nothing (`setAccess`).
 *
 *   npx tsx bench/ingest/title-none.ts [--show] [DIR…]     (default ../shared/pages, dev split)
 */
import path from 'node:path';
import { pageAccess, PAGES_DIR, scorePages } from './pages.ts';

const args = process.argv.slice(2);
const wantShow = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('--'));

/** Where the title came from, by its provenance ("headline line 3 '…'", "first sentence of line 5 …", "file name …"). */
function sourceOf(from: string, junk: ReadonlySet<number>): string {
  if (from.startsWith('file name')) return 'file name';
  if (from.startsWith('first sentence')) return 'lead sentence';
  const m = /^headline line (\d+)/.exec(from);
  if (m === null) return from === '' ? 'none' : 'other';
  return junk.has(Number(m[1])) ? 'a junk line' : 'a story line';
}

const total = new Map<string, number>();
for (const dir of dirs.length > 0 ? dirs : [PAGES_DIR]) {
  const { show } = pageAccess(dir, wantShow);
  const set = path.basename(path.resolve(dir));
  const counts = new Map<string, number>();
  let pages = 0;
  for (const s of await scorePages(dir)) {
    if (s.split !== 'dev' || s.truth.title !== null) continue;
    pages++;
    const from = s.got.from.title ?? '';
    const key = `${sourceOf(from, new Set(s.truth.junkLines))}\t${s.truth.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total.set(key, (total.get(key) ?? 0) + 1);
    if (show) console.log(`  ${set}/${s.page}\t${s.truth.kind}\t${JSON.stringify(s.got.title)}\t[${from.slice(0, 60)}]`);
  }
  console.log(`${set}: ${pages} dev pages without a headline in the excerpt`);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
}
if (dirs.length > 1) {
  console.log('all sets:');
  for (const [k, n] of [...total].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
}
