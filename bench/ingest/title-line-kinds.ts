/**
 * What the line the title rules took is, by its label: the labelled headline, a story line (kept in the text
 * or lost as `headline`), or a junk line; on pages whose excerpt has a headline and on pages without one (truth
 * title null, where the scorer skips the title but a story line taken still leaves the text). Before writing a
 * rule that gives such a line back to the text (or takes no title line at all), this says how many labelled
 * headlines share its shape: every row carries the line's words, whether it ends a sentence, the label and
 * length of the next non-blank line, and how many words of the page's address it shares (when the truth
 * records one). The last table counts one shape, the headline's usual one (6–25 words, no sentence end, a
 * paragraph of 100+ characters next), by label: the shape the four title-less pages of 18body31b share with
 * 91 labelled headlines (85 of them right titles) on the write-from sets.
 *
 *   npx tsx bench/ingest/title-line-kinds.ts [--show] [DIR…]     (default ../shared/pages, dev split)
 *
 * `--show` lists each write-from page's row (tab-separated); a check set gives counts only, a lead's set nothing.
 */
import path from 'node:path';
import { endsSentence, wordCount } from '../../indexer/clean/shape.ts';
import { PAGES_DIR, pageAccess, scorePages } from './pages.ts';

const args = process.argv.slice(2);
const wantShow = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('--'));

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));

/** Words of the address's path (3+ letters, not all digits), as a slug names a story. */
function slugWords(url: string | null | undefined): string[] {
  try {
    return url ? plain(decodeURIComponent(new URL(url).pathname)) : [];
  } catch {
    return [];
  }
}

const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const byLabel = new Map<string, number>();
const byShape = new Map<string, number>();
for (const dir of dirs.length > 0 ? dirs : [PAGES_DIR]) {
  const { show } = pageAccess(dir, wantShow);
  const set = path.basename(path.resolve(dir));
  for (const s of await scorePages(dir)) {
    if (s.split !== 'dev') continue;
    const m = /^headline line (\d+)/.exec(s.got.from.title ?? '');
    if (m === null) continue;
    const n = Number(m[1]);
    const junk = new Set(s.truth.junkLines);
    const labelOf = (k: number) =>
      k === s.truth.titleLine ? 'headline' : junk.has(k) ? 'junk' : s.keptBodyLines.includes(k) ? 'story kept' : 'story lost';
    const label = labelOf(n);
    const excerpt = s.truth.title === null ? 'no headline' : 'headline';
    const line = s.lines[n - 1]!.trim();
    let k = n;
    while (k < s.lines.length && s.lines[k]!.trim() === '') k++;
    const next = (s.lines[k] ?? '').trim();
    const words = wordCount(line);
    const ends = endsSentence(line);
    const slug = slugWords(s.truth.url);
    const lineWords = new Set(plain(line));
    const shared = slug.filter((w) => lineWords.has(w)).length;
    add(byLabel, `${label}\t${excerpt}`);
    const nextLabel = next === '' ? 'none' : labelOf(k + 1);
    const shaped = words >= 6 && words <= 25 && !ends && nextLabel !== 'junk' && nextLabel !== 'none' && next.length >= 100;
    if (shaped) add(byShape, `${label}\t${excerpt}`);
    if (show) {
      const title = s.titleRight === null ? 'not scored' : s.titleRight ? 'right' : 'wrong';
      const row = [set, s.page, label, excerpt, title, n, words, ends ? 'sentence' : '-', nextLabel, next.length];
      const address = slug.length >= 3 ? `${shared}/${slug.length}` : '-';
      console.log([...row, address, shaped ? 'shaped' : '-', JSON.stringify(line.slice(0, 80))].join('\t'));
    }
  }
}
const table = (title: string, m: Map<string, number>) => {
  console.log(title);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);
};
table('the line taken as the title, by its label and whether the excerpt has a headline:', byLabel);
table('of them headline-shaped (6-25 words, no sentence end, a paragraph of 100+ characters next):', byShape);
