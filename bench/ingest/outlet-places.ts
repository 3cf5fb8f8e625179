/**
 * `npx tsx bench/ingest/outlet-places.ts --dir DIR… [--show]`: where the winning outlet's evidence
 * sits (task 18out8). For each page the rules name an outlet on: each kind of the winning group and
 * its line's place — the page's head (before the first kept body line), the story (a kept body line
 * with kept body above and below), the story's edge (first or last body line), the foot (after the
 * last body line), or no line (the copyright notice, the URL) — and whether the winner is right,
 * wrong, or the page names no outlet. Counts per set and per (kinds, places) signature; `--show`
 * prints one row per page of a write-from set's dev split only: never on a check set or held-out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { groupCandidates } from '../../indexer/infer/outlet-groups.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess, PAGES_DIR } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [PAGES_DIR] },
    split: { type: 'string', default: 'dev' },
    show: { type: 'boolean', default: false },
  },
});

const sig = new Map<string, { right: number; wrong: number; unstated: number }>();
for (const dir of values.dir) {
  const { show } = pageAccess(dir, values.show);
  let right = 0;
  let wrong = 0;
  let unstated = 0;
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== values.split) continue;
    const clean = cleanText(fs.readFileSync(path.join(dir, source), 'utf8'));
    const ev = pageOutletEvidence(clean);
    if (!ev.rule || !ev.ruleKey) continue;
    const win = groupCandidates(ev.candidates).find((g) => g.key === ev.ruleKey);
    if (!win) continue;
    const known = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    const ok = known !== null && sameOutlet(ev.rule.value, known);
    const verdict = ok ? (truth.outletStated ? 'right' : 'right-unstated') : known === null || !truth.outletStated ? 'unstated' : 'wrong';
    if (verdict === 'right' || verdict === 'right-unstated') right++;
    else if (verdict === 'wrong') wrong++;
    else unstated++;
    const body = clean.kept.filter((l) => l.kind === 'body').map((l) => l.line);
    const first = body[0] ?? Infinity;
    const last = body.at(-1) ?? -Infinity;
    const kept = new Map(clean.kept.map((l) => [l.line, l.kind]));
    const place = (line: number) =>
      line === 0
        ? 'none'
        : line < first
          ? 'head'
          : line > last
            ? 'foot'
            : kept.get(line) === 'body'
              ? line === first || line === last
                ? 'edge'
                : 'story'
              : 'among';
    const parts = [...win.byKind.values()].map((c) => `${c.kind}@${place(c.line)}`).sort();
    const key = parts.join('+');
    const s = sig.get(key) ?? { right: 0, wrong: 0, unstated: 0 };
    if (verdict.startsWith('right')) s.right++;
    else if (verdict === 'wrong') s.wrong++;
    else s.unstated++;
    sig.set(key, s);
    if (show && values.split === 'dev')
      console.log(
        `${verdict.padEnd(14)} ${JSON.stringify(ev.rule.value)} want ${JSON.stringify(truth.outlet)} ${path.basename(dir)}/${source} [${key}]`,
      );
  }
  console.log(
    `${path.basename(dir)} ${values.split}: winners right ${right}, wrong ${wrong} (page names its outlet), wrong ${unstated} (page names none)`,
  );
}
console.log('\nsignature (kind@place)                                   right / wrong / wrong where the page names none');
for (const [k, c] of [...sig].sort((a, b) => b[1].right + b[1].wrong + b[1].unstated - a[1].right - a[1].wrong - a[1].unstated))
  console.log(`${k.padEnd(56)} ${c.right} / ${c.wrong} / ${c.unstated}`);
