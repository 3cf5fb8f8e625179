/**
 * Where the date reader's borrowed tables read a date: lines whose date is read only through a month
 * name taken from the CLDR (date-names-cldr.ts, no name of date-names.ts's own tables) or a Thai
 * two-digit Buddhist-Era year ("6 มิ.ย. 54"). Per set: lines, pages, and on a set one may read each
 * line (its page, the date and the text); on d8 and d9 counts only. Refuses blind*, c* and s* sets.
 *
 *   npx tsx bench/ingest/date-names-reach.ts --dir DIR [--dir DIR…]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BORROWED_MONTH_NAMES } from '../../indexer/infer/date-names.ts';
import { findDates } from '../../indexer/infer/dates.ts';
import { decodeBytes } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });
const THAI_SHORT = /[\u0E01-\u0E4E]\.\s*\d\d(?!\d)/;

for (const dirArg of values.dir!) {
  const dir = path.resolve(dirArg);
  const set = path.basename(dir);
  if (/^(blind.*|c\d+.*|s\d+.*)$/.test(set)) {
    console.error(`date-names-reach: ${set} is for the lead only`);
    continue;
  }
  const check = /^(d8|d9)$/.test(set);
  let lines = 0;
  const pages = new Set<string>();
  const shown: string[] = [];
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    for (const line of decoded.text.split('\n')) {
      for (const d of findDates(line)) {
        const words = d.text.toLowerCase().match(/[\p{L}\p{M}.’']+/gu) ?? [];
        const viaName = words.some((w) => BORROWED_MONTH_NAMES.has(w.replace(/\.$/, '')));
        if (!viaName && !THAI_SHORT.test(d.text)) continue;
        lines++;
        pages.add(source);
        if (!check) shown.push(`  ${source} ${d.iso} '${d.text}' | ${line.trim().slice(0, 90)}`);
      }
    }
  }
  console.log(`${set}: ${lines} line(s) on ${pages.size} page(s)`);
  for (const s of shown) console.log(s);
}
