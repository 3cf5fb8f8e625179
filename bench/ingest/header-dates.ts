/**
 * Pages whose year comes from (or was refused on) a date above the headline, by outcome: the header-"today" trap
 * and the blog's date header have one shape, and this lists both with their neighbourhood for comparison.
 *
 *   npx tsx bench/ingest/header-dates.ts --dir DIR [--dir DIR…] [--table [--pages]]
 *
 * `--table` counts instead, over all the sets given: each date line read above a headline, by whose date it is
 * (the story's: the truth's year; another: the visit's, an item's, an event's) and by the structure around it:
 * nothing between it and the headline or lines between, the page's first line or not, a weekday and a clock time
 * on its line, and what the dates read under the headline say (one of its year, only other years, none). Measured
 * in the twenty-eighth session: none of these separates the visit's day right above a headline from a story's.
 * `--pages` names each row's pages and lines (set/page Lline), to read the pages behind a count. In the thirty-first
 * session the rows "lines-between first-line" held the visit's day on 6 pages of 6 sites and the story's on none.
 *
 * Write-from sets only (pages.ts `setAccess`): it prints page lines. Dev split only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { collectDateCandidates } from '../../indexer/infer/date-candidates.ts';
import { weighDates } from '../../indexer/infer/date.ts';
import { findDates, hasClockTime } from '../../indexer/infer/dates.ts';
import { namesWeekday } from '../../indexer/infer/date-today.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR, scorePages, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [PAGES_DIR] },
    table: { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
  },
});
const table = new Map<string, number>();
const pagesOf = new Map<string, string[]>();
for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  if (setAccess(dir) !== 'read') throw new Error(`${set} is not readable`);
  const scores = new Map((await scorePages(dir)).map((s) => [s.page, s]));
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const s = scores.get(source)!;
    const truthYear = truth.date && truth.yearStated ? Number(truth.date.slice(0, 4)) : null;
    const got = s.got.year;
    const status = got === null ? (truthYear !== null ? 'missing' : 'none') : got === truthYear ? 'right' : 'WRONG';
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    const clean = cleanText(decoded.text);
    const headline = clean.headline?.line ?? 0;
    const evidence = collectDateCandidates(clean);
    const w = weighDates(evidence);
    const best = w.groups[0];
    const above = w.groups.flatMap((g) => g.members).filter((c) => (headline ? c.line < headline : c.line <= 5));
    if (above.length === 0) continue;
    const lines = decoded.text.split('\n');
    if (values.table) {
      if (!headline) continue;
      const labelled = truth.date ? truth.date.slice(0, 4) : null;
      const under = evidence.dated.filter((c) => c.line > headline).map((c) => c.iso.slice(0, 4));
      for (const c of above) {
        if (c.kind !== 'stamp') continue;
        const text = lines[c.line - 1]!;
        const nonBlank = (from: number, to: number) => lines.slice(from, to).filter((t) => t.trim() !== '').length;
        const key = [
          c.iso.slice(0, 4) === labelled ? 'story' : 'other',
          nonBlank(c.line, headline - 1) === 0 ? 'next-to-headline' : 'lines-between',
          nonBlank(0, c.line - 1) === 0 ? 'first-line' : 'lower-line',
          namesWeekday(text, findDates(text)) ? 'weekday' : '-',
          hasClockTime(text) ? 'clock' : '-',
          under.length === 0 ? 'none-under' : under.includes(c.iso.slice(0, 4)) ? 'same-year-under' : 'other-year-under',
          best?.top === c ? `read:${status}` : 'not-read',
        ].join(' ');
        table.set(key, (table.get(key) ?? 0) + 1);
        pagesOf.set(key, [...(pagesOf.get(key) ?? []), `${set}/${source} L${c.line}`]);
      }
      continue;
    }
    const fromAbove = best && above.includes(best.top);
    console.log(
      `${set}/${source} ${status} truth=${truth.date ?? '-'}${truth.yearStated ? '' : '(ns)'} got=${got ?? '-'} hl=${headline}${fromAbove ? ' FROM-ABOVE' : ''} ${truth.kind}`,
    );
    for (const c of above) console.log(`   L${c.line} ${c.iso} ${c.kind} ${c.score}${c.header ? ' header' : ''} ${c.evidence}`);
    const upto = Math.min(lines.length, (headline || 5) + 3);
    for (let n = 1; n <= upto; n++) if (lines[n - 1]!.trim()) console.log(`      ${String(n).padStart(3)}| ${lines[n - 1]!.slice(0, 110)}`);
  }
}
for (const [k, n] of [...table].sort()) {
  console.log(`${String(n).padStart(4)}  ${k}`);
  if (values.pages) for (const at of pagesOf.get(k) ?? []) console.log(`        ${at}`);
}
