/**
 * `npx tsx bench/ingest/outlet-moves.ts --dir DIR --save FILE` then `--dir DIR --against FILE`
 * (`--urls`, `--corpus` as eval-ingest.ts takes them):
 * how a change to the outlet rules moves pages, per split, as counts only: pages moved from
 * Unknown or wrong to right, from right or Unknown to wrong, and from right to Unknown. Dev pages
 * that moved are listed with what they got (never the held-out split's, which stays figures only).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { PAGES_DIR, scorePages } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: PAGES_DIR },
    save: { type: 'string' },
    against: { type: 'string' },
    urls: { type: 'boolean', default: false },
    corpus: { type: 'boolean', default: false },
  },
});

type State = 'right' | 'wrong' | 'unknown' | 'unnamed-wrong' | 'unnamed-ok';
interface Outcome {
  split: 'dev' | 'heldout';
  state: State;
  got: string | null;
}

const now: Record<string, Outcome> = {};
for (const s of await scorePages(values.dir, { urls: values.urls, corpus: values.corpus })) {
  const state: State =
    s.outletRight === null
      ? s.wrongOutlet
        ? 'unnamed-wrong'
        : 'unnamed-ok'
      : s.outletRight
        ? 'right'
        : s.wrongOutlet
          ? 'wrong'
          : 'unknown';
  now[s.page] = { split: s.split, state, got: s.split === 'dev' ? s.got.outlet : null };
}
if (values.save) fs.writeFileSync(values.save, JSON.stringify(now));
if (values.against) {
  const before = JSON.parse(fs.readFileSync(values.against, 'utf8')) as Record<string, Outcome>;
  const moves = new Map<string, number>();
  for (const [page, o] of Object.entries(now)) {
    const b = before[page];
    if (!b || b.state === o.state) continue;
    const key = `${o.split} ${b.state} -> ${o.state}`;
    moves.set(key, (moves.get(key) ?? 0) + 1);
    if (o.split === 'dev') console.log(`  ${page}: ${b.state} ${JSON.stringify(b.got)} -> ${o.state} ${JSON.stringify(o.got)}`);
  }
  for (const [k, v] of [...moves].sort()) console.log(`${k}: ${v}`);
  if (moves.size === 0) console.log('no page moved');
}
