/**
 * `npx tsx bench/ingest/outlet-reach.ts [--dir DIR] [--show]`: how far the outlet's candidates
 * reach, per split, as counts only: of the pages whose text names the outlet, on how many does
 * some candidate name it (the collectors see it; with the wide net of outlet-wide.ts too), and on
 * how many does it win. `--show` lists the
 * dev pages' candidates (never the held-out split's) for tuning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { outletCandidates, pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { inferMetadata } from '../../indexer/infer/infer.ts';
import { wideCandidates } from './outlet-wide.ts';
import { pageAccess, PAGES_DIR } from './pages.ts';
import { sameOutlet, type PageTruth } from './score.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: PAGES_DIR }, show: { type: 'boolean', default: false } } });
const tally = { dev: { named: 0, seen: 0, wide: 0, won: 0 }, heldout: { named: 0, seen: 0, wide: 0, won: 0 } };
const { show } = pageAccess(values.dir, values.show);
for (const folder of fs.readdirSync(values.dir).sort()) {
  const truthFile = path.join(values.dir, folder, 'truth.jsonl');
  if (!fs.existsSync(truthFile)) continue;
  for (const line of fs.readFileSync(truthFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const truth = JSON.parse(line) as PageTruth;
    const text = fs.readFileSync(path.join(values.dir, folder, truth.file), 'utf8');
    const clean = cleanText(text);
    const candidates = outletCandidates(clean, pageLines(clean));
    const outlet = inferMetadata(clean).outlet?.value;
    if (show && truth.split === 'dev') {
      const mark = !truth.outletStated ? ' ' : outlet && sameOutlet(outlet, truth.outlet) ? '+' : '-';
      console.log(`${mark} ${folder}/${truth.file} want ${JSON.stringify(truth.outlet)} got ${JSON.stringify(outlet ?? null)}`);
      for (const c of candidates) console.log(`      ${c.score} ${c.kind} ${JSON.stringify(c.value)}  ${c.evidence.slice(0, 100)}`);
    }
    if (!truth.outletStated) continue;
    const t = tally[truth.split];
    t.named++;
    if (candidates.some((c) => sameOutlet(c.value, truth.outlet))) t.seen++;
    // The wide net's shapes (masthead, parts, glued, foot lines) too: what a learned scorer could reach.
    const wide = wideCandidates(pageLines(clean), clean.headline?.line ?? null);
    if ([...candidates, ...wide].some((c) => sameOutlet(c.value, truth.outlet))) t.wide++;
    if (outlet && sameOutlet(outlet, truth.outlet)) t.won++;
  }
}
for (const [split, t] of Object.entries(tally))
  console.log(
    `${split.padEnd(8)} text names the outlet ${t.named}, a candidate names it ${t.seen} (with the wide net ${t.wide}), it wins ${t.won}`,
  );
