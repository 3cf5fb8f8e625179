/**
 * `npx tsx bench/ingest/outlet-kind-reach.ts --match TEXT --dir DIR…`: the reach of one candidate
 * source (task 18out6): on how many pages of each set a candidate whose evidence contains TEXT is
 * read, how often it names the page's outlet (right), someone else (wrong: the truth knows the
 * outlet) or a page whose truth does not know it, and whether the rules' winner holds it. Counts
 * only; `--show` lists the candidates of sets that are not check sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [] },
    match: { type: 'string', default: '' },
    show: { type: 'boolean', default: false },
  },
});
for (const dir of values.dir) {
  const { show } = pageAccess(dir, values.show);
  let pages = 0;
  let right = 0;
  let wrong = 0;
  let unknownTruth = 0;
  let won = 0;
  for (const { source, truth } of labelledPages(dir)) {
    if (show && truth.split !== 'dev') continue;
    const clean = cleanText(fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8'));
    const ev = pageOutletEvidence(clean);
    const hits = ev.candidates.filter((c) => c.evidence.includes(values.match));
    if (hits.length === 0) continue;
    pages++;
    const known = truth.outlet && truth.outlet !== '?';
    const ok = known && hits.some((c) => sameOutlet(c.value, truth.outlet));
    if (!known) unknownTruth++;
    else if (ok) right++;
    else wrong++;
    if (ev.ruleKey !== null && hits.some((c) => outletKey(c.value) === ev.ruleKey || c.group === ev.ruleKey)) won++;
    if (show)
      for (const c of hits)
        console.log(
          `  ${source} [${!known ? '?' : ok ? 'right' : 'WRONG'}] '${c.value}' ${c.score} truth '${truth.outlet}' :: ${c.evidence.slice(0, 160)}`,
        );
  }
  console.log(`${dir}: pages ${pages}, names the outlet ${right}, another ${wrong}, truth unknown ${unknownTruth}; in the winner ${won}`);
}
