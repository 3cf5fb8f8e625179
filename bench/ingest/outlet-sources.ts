/**
 * `npx tsx bench/ingest/outlet-sources.ts [--dir DIR]… [--show KIND]`: how reliable each kind of
 * place is as a source of the outlet, over the write-from sets (dev splits only). Per kind: on how
 * many pages a candidate of that kind names the page's own outlet (right), names someone else
 * (wrong: the truth knows the outlet and it is not this name), and among the pages where the kind
 * is in the winning group, how often the winner is right or wrong, and how often the kind is the
 * winner's only kind (it won alone). `--show KIND` lists the dev pages' candidates of that kind,
 * with their verdict, for tuning. Never point it at a check or held-out set: it reads the truths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { groupCandidates } from '../../indexer/infer/outlet-groups.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess, PAGES_DIR } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [PAGES_DIR] },
    show: { type: 'string', multiple: true, default: [] },
    wins: { type: 'boolean', default: false },
  },
});

interface Tally {
  right: number;
  wrong: number;
  inWinRight: number;
  inWinWrong: number;
  aloneRight: number;
  aloneWrong: number;
}
const byKind = new Map<string, Tally>();
const tally = (k: string) => {
  let t = byKind.get(k);
  if (!t) byKind.set(k, (t = { right: 0, wrong: 0, inWinRight: 0, inWinWrong: 0, aloneRight: 0, aloneWrong: 0 }));
  return t;
};
const eligible = new Map<string, { right: number; wrong: number }>();
const strong = new Map<string, { right: Set<string>; wrong: Set<string> }>();
const combos = new Map<string, { right: number; wrong: number }>();

for (const dir of values.dir) {
  // A check set gives the counts only: no page, name or candidate is printed (the default lists wrong winners).
  const { show: print } = pageAccess(dir, true);
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const known = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    if (known === null) continue;
    const page = `${path.basename(dir)}/${source}`;
    const clean = cleanText(fs.readFileSync(path.join(dir, source), 'utf8'));
    const ev = pageOutletEvidence(clean);
    const groups = groupCandidates(ev.candidates);
    const win = ev.ruleKey ? groups.find((g) => g.key === ev.ruleKey) : undefined;
    const winRight = ev.rule ? sameOutlet(ev.rule.value, known) : false;
    const kinds = new Map<string, { right: boolean; wrong: boolean }>();
    for (const c of ev.candidates) {
      if (c.score >= 2) {
        const key = `${c.kind} ${c.score}`;
        const st = strong.get(key) ?? { right: new Set<string>(), wrong: new Set<string>() };
        const g0 = groups.find((x) => x.key === (c.group ?? outletKey(c.value)));
        (sameOutlet(c.value, known) || g0?.candidates.some((x) => sameOutlet(x.value, known)) ? st.right : st.wrong).add(page);
        strong.set(key, st);
        if (print && values.show.includes('strong'))
          console.log(
            `S${sameOutlet(c.value, known) ? '+' : '-'} ${key} ${JSON.stringify(c.value)} want ${JSON.stringify(known)} ${page} ${c.evidence.slice(0, 100)}`,
          );
      }
      const k = kinds.get(c.kind) ?? { right: false, wrong: false };
      const g = groups.find((x) => x.key === (c.group ?? outletKey(c.value)));
      const names = sameOutlet(c.value, known) || (g?.candidates.some((x) => sameOutlet(x.value, known)) ?? false);
      if (names) k.right = true;
      else k.wrong = true;
      kinds.set(c.kind, k);
      if (print && values.show.includes(c.kind))
        console.log(
          `${names ? '+' : '-'} ${c.kind} ${c.score} ${JSON.stringify(c.value)} want ${JSON.stringify(known)} ${page}  ${c.evidence.slice(0, 110)}`,
        );
    }
    // Every group that clears the threshold by itself, whether it won or not: how often each kind that carries it names the page's own outlet.
    for (const g of groups) {
      if (g.total < 2) continue;
      const right = g.candidates.some((x) => sameOutlet(x.value, known));
      const wk = [...g.byKind.keys()].sort();
      const key = `${wk.length === 1 ? 'alone ' : 'with '}${wk.join('+')}`;
      const c = eligible.get(key) ?? { right: 0, wrong: 0 };
      if (right) c.right++;
      else c.wrong++;
      eligible.set(key, c);
      if (print && values.show.includes('eligible') && wk.length === 1)
        console.log(
          `${right ? 'E+' : 'E-'} ${wk[0]} ${g.total} ${JSON.stringify(g.candidates[0]!.value)} want ${JSON.stringify(known)} ${page} ${g === win ? 'WON' : ''} ${g.candidates[0]!.evidence.slice(0, 100)}`,
        );
    }
    for (const [k, v] of kinds) {
      const t = tally(k);
      if (v.right) t.right++;
      if (v.wrong) t.wrong++;
    }
    if (win && ev.rule) {
      const wk = [...win.byKind.keys()].sort();
      for (const k of wk) {
        const t = tally(k);
        if (winRight) t.inWinRight++;
        else t.inWinWrong++;
        if (wk.length === 1) {
          if (winRight) t.aloneRight++;
          else t.aloneWrong++;
        }
      }
      const key = wk.join('+');
      const c = combos.get(key) ?? { right: 0, wrong: 0 };
      if (winRight) c.right++;
      else c.wrong++;
      combos.set(key, c);
      if (print && (values.wins || (!winRight && values.show.length === 0)))
        console.log(
          `${winRight ? 'WIN+' : 'WIN-'} ${JSON.stringify(ev.rule.value)} want ${JSON.stringify(known)} ${page} [${key}] total ${win.total} | ${groups
            .filter((g) => g !== win)
            .slice(0, 3)
            .map((g) => `${JSON.stringify(g.candidates[0]!.value)} [${[...g.byKind.keys()].join('+')}] ${g.total}`)
            .join(', ')}`,
        );
    }
  }
}
console.log('kind                       pages right / wrong   in winner right / wrong   won alone right / wrong');
for (const [k, t] of [...byKind].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong))
  console.log(
    `${k.padEnd(26)} ${String(t.right).padStart(5)} / ${String(t.wrong).padEnd(5)}   ${String(t.inWinRight).padStart(9)} / ${String(t.inWinWrong).padEnd(5)}    ${String(t.aloneRight).padStart(9)} / ${t.aloneWrong}`,
  );
console.log('\nwinning kinds                 right / wrong');
for (const [k, c] of [...combos].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong))
  console.log(`${k.padEnd(40)} ${c.right} / ${c.wrong}`);
console.log('\ngroups clearing the threshold (won or not)  right / wrong');
for (const [k, c] of [...eligible].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong))
  console.log(`${k.padEnd(50)} ${c.right} / ${c.wrong}`);
console.log('\ncandidates that could win alone (score >= 2), pages  right / wrong');
for (const [k, c] of [...strong].sort((a, b) => b[1].right.size + b[1].wrong.size - a[1].right.size - a[1].wrong.size))
  console.log(`${k.padEnd(30)} ${c.right.size} / ${c.wrong.size}`);
