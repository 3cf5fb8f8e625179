/**
 * What the corpus pre-pass reads as the visit's date (indexer/infer/date-visit.ts) on a labelled
 * set indexed as one corpus: per set, how many pages print a full date alone on a line in their
 * head, how many different dates and sites, which dates several pages share (with the number of
 * different sites, by the truth's URL host, and whether each is that page's date by its truth),
 * and the visit dates learned. Counts and dates only: no page text.
 *
 *   npx tsx bench/ingest/visit-dates.ts [--dir DIR]...
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { learnFurniture } from '../../indexer/corpus-plan.ts';
import { visitDatesIn } from '../../indexer/infer/date-visit.ts';
import { furnitureSample } from '../../indexer/clean/furniture.ts';
import { decodeBytes, MAX_FILE_BYTES } from '../../indexer/read/decode.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });
for (const dir of values.dir!) {
  const pages = labelledPages(dir);
  const byDate = new Map<string, Array<{ host: string; right: boolean; heldout: boolean }>>();
  let withHeadDate = 0;
  for (const { source, truth } of pages) {
    const decoded = decodeBytes(fs.readFileSync(path.join(dir, ...source.split('/'))));
    if (!decoded.ok) continue;
    const { headDates } = furnitureSample(decoded.text);
    if (headDates.length > 0) withHeadDate++;
    const host = truth.url ? new URL(truth.url).host.replace(/^www\./, '') : source;
    for (const iso of headDates)
      byDate.set(iso, [...(byDate.get(iso) ?? []), { host, right: truth.date === iso, heldout: truth.split !== 'dev' }]);
  }
  const hosts = new Set(pages.map((p) => (p.truth.url ? new URL(p.truth.url).host.replace(/^www\./, '') : p.source)));
  const learned = visitDatesIn(
    await learnFurniture({ corpusDir: dir, maxBytes: MAX_FILE_BYTES, discovered: { articles: pages.map((p) => p.source) } }),
  );
  console.log(
    `${path.basename(dir)}: ${pages.length} pages of ${hosts.size} sites; ${withHeadDate} print a date alone in their head, ${byDate.size} different dates; learned as the visit's: ${[...learned].join(', ') || 'none'}`,
  );
  // A check set's (and held-out pages') dates are not shown: figures only.
  if (/^(d8|d9|blind.*|c\d+.*)$/.test(path.basename(dir))) continue;
  for (const [iso, list] of [...byDate].sort()) {
    if (list.some((l) => l.heldout)) continue;
    if (list.length < 2) continue;
    const right = list.filter((l) => l.right).length;
    console.log(`  ${iso}: ${list.length} pages, ${new Set(list.map((l) => l.host)).size} sites, the page's own date on ${right}`);
  }
}
