/**
 * `npx tsx bench/ingest/train-outlet.ts`: measures a learned outlet scorer against the hand-set
 * rules (issue 18). Every candidate outlet of a page, the rules' and the wide net's
 * (bench/ingest/outlet-wide.ts), is a row of bench/ingest/outlet-features.ts; a logistic
 * regression learns which names the page's outlet; the page's best candidate is asserted above a
 * threshold. Reproducible: same pages, same figures (Newton's method, no randomness).
 *
 * Sets: the `dev` split of ../shared/pages, the dev halves of ../extra-pages k, m and n, all of
 * ../extra-pages/o (a tuning set) and /tmp/unseen-pages (when present). j is read for its wrong
 * outlets only (its truth does not know the outlet). Never a held-out page of pages, k, m or n.
 *
 * The figure that predicts a new set is leave-one-set-out: each set is scored by a model that
 * never saw it, with a threshold chosen on the other sets' own leave-one-set-out scores (the
 * lowest at which none of them gets a wrong outlet). "hybrid" is the rules, and the learned pick
 * where they leave the page Unknown. The scorer is not wired into inference: out of fold it adds
 * one outlet in 65, and on the held-out halves it asserted wrong ones (docs/journal/ingestion.md).
 *
 *   npx tsx bench/ingest/train-outlet.ts
 *   --lambda N     L2 penalty (default: each of a small grid)
 *   --margin P     added to the chosen threshold (default 0.02)
 *   --floor P      the lowest threshold allowed (default 0.05)
 *   --all-pages    learn from every page, not only those the rules leave Unknown
 *   --no-wide      the rules' candidates only (what the wide net adds)
 *   --show SET     list that set's pages: truth, rules, learned pick and its probability
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { OUTLET_FEATURE_COUNT, OUTLET_FEATURES } from './outlet-features.ts';
import { fitLogistic, type Fit } from './logistic.ts';
import { loadOutletSet, type OutletPage, type OutletSet } from './outlet-data.ts';
import { PAGES_DIR } from './pages.ts';
import { sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    extra: { type: 'string', default: fileURLToPath(new URL('../../../extra-pages', import.meta.url)) },
    unseen: { type: 'string', default: '/tmp/unseen-pages' },
    lambda: { type: 'string' },
    margin: { type: 'string', default: '0.02' },
    floor: { type: 'string', default: '0.05' },
    show: { type: 'string' },
    'all-pages': { type: 'boolean', default: false },
    'no-wide': { type: 'boolean', default: false },
  },
});
const MARGIN = Number(values.margin);
const D = OUTLET_FEATURE_COUNT;
/** The lowest threshold the scorer may use. */
const FLOOR = Number(values.floor);

const SETS: OutletSet[] = [
  { name: 'pages', dir: PAGES_DIR, splits: ['dev'] },
  { name: 'k', dir: `${values.extra}/k`, splits: ['dev'] },
  { name: 'm', dir: `${values.extra}/m`, splits: ['dev'] },
  { name: 'n', dir: `${values.extra}/n`, splits: ['dev'] },
  { name: 'o', dir: `${values.extra}/o`, splits: ['dev', 'heldout'] },
  { name: 'u', dir: values.unseen, splits: ['dev', 'heldout'] },
];
const J: OutletSet = { name: 'j', dir: `${values.extra}/j`, splits: ['dev'] };

/** A page's pick under a model: the best candidate and its probability. */
interface Pick {
  page: OutletPage;
  name: string | null;
  p: number;
  right: boolean;
}

function fit(pages: readonly OutletPage[], lambda: number): Fit {
  // The learned part speaks only where the rules are silent: it learns from those pages (--all-pages: from every page).
  const rows = pages.filter((p) => p.outlet !== null && (values['all-pages'] || p.rule === null)).flatMap((p) => p.cases);
  const x = new Float64Array(rows.length * D);
  const y = new Uint8Array(rows.length);
  rows.forEach((r, i) => {
    x.set(r.row, i * D);
    y[i] = r.right ? 1 : 0;
  });
  return fitLogistic(x, y, D, lambda);
}

function probability(f: Fit, row: Float64Array): number {
  let z = f.bias;
  for (let k = 0; k < D; k++) z += f.weights[k]! * ((row[k]! - f.mean[k]!) / f.scale[k]!);
  return 1 / (1 + Math.exp(-z));
}

function picks(f: Fit, pages: readonly OutletPage[]): Pick[] {
  return pages.map((page) => {
    let best: Pick = { page, name: null, p: 0, right: false };
    for (const c of page.cases) {
      const p = probability(f, c.row);
      if (p > best.p) best = { page, name: c.name, p, right: c.right };
    }
    return best;
  });
}

/** Leave-one-set-out picks: each set's pages scored by a model fitted on the other sets. */
function outOfFold(bySet: Map<string, OutletPage[]>, lambda: number): Map<string, Pick[]> {
  const out = new Map<string, Pick[]>();
  for (const [name, pages] of bySet) {
    const rest = [...bySet].filter(([n]) => n !== name).flatMap(([, p]) => p);
    out.set(name, picks(fit(rest, lambda), pages));
  }
  return out;
}

/** The lowest threshold at which no pick that the learned part asserts is wrong (hybrid: only where the rules are silent). */
function safeThreshold(all: Iterable<Pick[]>): number {
  let t = FLOOR;
  for (const ps of all)
    for (const p of ps) if (consulted(p) && p.name !== null && !p.right && p.page.outlet !== null) t = Math.max(t, p.p + MARGIN);
  return t;
}

/** The learned part speaks only where the rules leave the page Unknown. */
function consulted(p: Pick): boolean {
  return p.page.rule === null;
}

interface Tally {
  named: number;
  rules: number;
  rulesWrong: number;
  learned: number;
  learnedWrong: number;
  hybrid: number;
  hybridWrong: number;
}

function tally(ps: readonly Pick[], t: number): Tally {
  const s: Tally = { named: 0, rules: 0, rulesWrong: 0, learned: 0, learnedWrong: 0, hybrid: 0, hybridWrong: 0 };
  for (const p of ps) {
    const truth = p.page.outlet;
    const learned = p.name !== null && p.p >= t ? p.name : null;
    const hybrid = p.page.rule ?? learned;
    const judge = (got: string | null, right: boolean): [number, number] =>
      got === null ? [0, 0] : truth === null ? [0, 1] : right ? [p.page.stated ? 1 : 0, 0] : [0, 1];
    if (p.page.stated) s.named++;
    const ruleRight = p.page.rule !== null && truth !== null && sameOutlet(p.page.rule, truth);
    const [r1, w1] = judge(p.page.rule, ruleRight);
    const [r2, w2] = judge(learned, p.right);
    const [r3, w3] = judge(hybrid, p.page.rule !== null ? ruleRight : p.right);
    s.rules += r1;
    s.rulesWrong += w1;
    s.learned += r2;
    s.learnedWrong += w2;
    s.hybrid += r3;
    s.hybridWrong += w3;
  }
  return s;
}

function line(name: string, s: Tally, t: number): string {
  const f = (r: number, w: number) => `${r}/${s.named} (${w} wrong)`.padEnd(18);
  return `${name.padEnd(6)} rules ${f(s.rules, s.rulesWrong)} learned ${f(s.learned, s.learnedWrong)} hybrid ${f(s.hybrid, s.hybridWrong)} threshold ${t.toFixed(3)}`;
}

/** Transfer: each set scored by a model that never saw it, threshold from the others' own out-of-fold picks. */
function leaveOneSetOut(bySet: Map<string, OutletPage[]>, lambda: number): { total: Tally; lines: string[] } {
  const lines: string[] = [];
  const total: Tally = { named: 0, rules: 0, rulesWrong: 0, learned: 0, learnedWrong: 0, hybrid: 0, hybridWrong: 0 };
  for (const [name, pages] of bySet) {
    const rest = new Map([...bySet].filter(([n]) => n !== name));
    const t = safeThreshold(outOfFold(rest, lambda).values());
    const restPages = [...rest.values()].flat();
    const s = tally(picks(fit(restPages, lambda), pages), t);
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += s[k];
    lines.push(line(name, s, t));
  }
  lines.push(line('all', total, NaN));
  return { total, lines };
}

function main(): void {
  const bySet = new Map<string, OutletPage[]>();
  for (const set of SETS) {
    const pages = loadOutletSet(set).map((p) => (values['no-wide'] ? { ...p, cases: p.cases.filter((c) => !c.wide) } : p));
    if (pages.length > 0) bySet.set(set.name, pages);
  }
  const counts = [...bySet].map(([n, p]) => `${n} ${p.length} (${p.filter((x) => x.stated).length} named)`).join(', ');
  console.log(`sets: ${counts}`);
  const grid = values.lambda ? [Number(values.lambda)] : [3, 10, 30, 100, 300];
  let best = { lambda: grid[0]!, score: -Infinity };
  for (const lambda of grid) {
    const { total, lines } = leaveOneSetOut(bySet, lambda);
    console.log(`\nleave one set out, L2 ${lambda}:`);
    for (const l of lines) console.log(`  ${l}`);
    const score = total.hybrid - 3 * total.hybridWrong;
    // A tie goes to the stronger penalty: fewer ways to fit the training sets.
    if (score >= best.score) best = { lambda, score };
  }
  const oof = outOfFold(bySet, best.lambda);
  const threshold = safeThreshold(oof.values());
  const all = [...bySet.values()].flat();
  const model = fit(all, best.lambda);
  console.log(`\nfitted on every set: L2 ${best.lambda}, threshold ${threshold.toFixed(3)}; out of fold at that threshold:`);
  for (const [name, ps] of oof) console.log(`  ${line(name, tally(ps, threshold), threshold)}`);
  const j = picks(model, loadOutletSet(J)).filter((p) => p.page.rule === null && p.p >= threshold);
  console.log(
    `  j: the learned part asserts on ${j.length} pages whose outlet the truth does not know: ${j.map((p) => `${p.name} ${p.p.toFixed(2)}`).join(', ')}`,
  );
  console.log('\nweights (standardised):');
  OUTLET_FEATURES.forEach((n, k) => console.log(`  ${n.padEnd(18)} ${model.weights[k]!.toFixed(3)}`));
  for (const ps of oof.values())
    for (const p of ps)
      if (consulted(p) && p.name !== null && !p.right && p.p >= FLOOR)
        console.log(`wrong pick out of fold: ${p.page.set} ${p.page.page} ${p.name} ${p.p.toFixed(3)} (truth ${p.page.outlet})`);
  if (values.show)
    for (const p of oof.get(values.show) ?? [])
      console.log(
        `${p.page.stated ? '*' : ' '} ${p.page.page} want ${p.page.outlet} rule ${p.page.rule} pick ${p.name} ${p.p.toFixed(3)} ${p.right ? 'right' : ''}`,
      );
}

main();
