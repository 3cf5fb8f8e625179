/**
 * Pages whose year comes from (or was refused on) a date above the headline, by outcome: the header-"today" trap
 * and the blog's date header have one shape, and this lists both with their neighbourhood for comparison.
 *
 *   npx tsx bench/ingest/header-dates.ts --dir DIR [--dir DIR…]
 *
 * Readable (write-from) sets only: it prints page lines. Dev split only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { collectDateCandidates } from '../../indexer/infer/date-candidates.ts';
import { weighDates } from '../../indexer/infer/date.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR, scorePages } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });
for (const dirArg of values.dir) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  if (/^(n2|n4|n5|n12|n13|blind.*)$/.test(set)) throw new Error(`${set} is not readable`);
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
    const w = weighDates(collectDateCandidates(clean));
    const best = w.groups[0];
    const above = w.groups.flatMap((g) => g.members).filter((c) => (headline ? c.line < headline : c.line <= 5));
    if (above.length === 0) continue;
    const fromAbove = best && above.includes(best.top);
    console.log(
      `${set}/${source} ${status} truth=${truth.date ?? '-'}${truth.yearStated ? '' : '(ns)'} got=${got ?? '-'} hl=${headline}${fromAbove ? ' FROM-ABOVE' : ''} ${truth.kind}`,
    );
    for (const c of above) console.log(`   L${c.line} ${c.iso} ${c.kind} ${c.score}${c.header ? ' header' : ''} ${c.evidence}`);
    const lines = decoded.text.split('\n');
    const upto = Math.min(lines.length, (headline || 5) + 3);
    for (let n = 1; n <= upto; n++) if (lines[n - 1]!.trim()) console.log(`      ${String(n).padStart(3)}| ${lines[n - 1]!.slice(0, 110)}`);
  }
}
