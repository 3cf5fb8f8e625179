/**
 * `npx tsx bench/ingest/train-junk.ts`: trains the junk line classifier (indexer/clean/junk-model.ts)
 * on labelled pages and writes its weights to indexer/clean/junk-weights.ts. Reproducible: same
 * pages, same weights (Newton's method, no randomness).
 *
 * Trained on the `dev` split of ../shared/pages and on every write-from set of the extra dir (`--extra`,
 * default ../extra-pages; `setAccess` in pages.ts says which: never a check set nor the lead's; all dev,
 * third-party pages, never committed), never on a held-out page, and on a quarter of the BBC
 * corpus (all body). Each set is a group left out whole: the regularisation is chosen by junk kept
 * on each set by a model that never saw it (leave-one-set-out, the threshold too chosen without
 * it), and the threshold is the lowest whose out-of-fold body lines lost stay within the budget and
 * which keeps every BBC line of that quarter; the verdict also asks every line of the other three
 * quarters kept (never trained on, as `bench/indexer-bbc.ts` reads them). The report puts, per set, the rules alone, the shipped weights, the
 * chosen configuration left out, and in-sample side by side: the left-out column is the transfer to
 * sites nobody tuned on; "early" is the junk a left-out model ranks above the set's 1st/2nd/3rd
 * highest body line (what it catches before it costs 0/1/2 body lines, at any threshold).
 *
 * Decision rule (deterministic; ~35 s on 2 cores with shared + d4, ~3.5 min with --by-folder):
 * the weights are written only when the verdict line says BEATS: left out, no set loses more body
 * lines than under the shipped weights and the sets together keep fewer junk lines, and the BBC
 * quarter keeps every line. Then, before committing them, `npx tsx bench/eval-ingest.ts` must keep
 * fewer held-out junk lines with held-out body lost no higher (and within 1 %), d4 likewise
 * (`--dir ../extra-pages/d4`), and `bench/indexer-bbc.ts` must keep every line; else
 * `git checkout indexer/clean/junk-weights.ts`. On 2026-12-05 (shared dev + d4) nothing retrained
 * did: the shipped weights stay (docs/journal/ingestion.md, fourteenth session). On 2026-12-06 (`--cleaner`, seven
 * write-from sets): one pass left out 459 junk kept / 97 body lost, `--second` 447 / 94, but on d8 + d9 one
 * body line more than the shipped weights: nothing written (docs/journal/ingestion.md, seventeenth session). On
 * 2026-12-07 (thirtieth session, the eight write-from sets: shared dev, n23, n24, w-18*19; `--cleaner`): rules alone
 * 167 junk kept / 199 body lost, the shipped weights 155 / 205, retrained left out 165 / 199 at the 0.2 % budget (the
 * copies bind the threshold at 0.98-0.999) and 147-151 / 209-213 at 0.5-1 % or `--open-pages-only` (every extra line
 * on w-18body19), 153 / 206 with `--pages-only --gate off` (thresholds 0.73-0.87; w-18body19 +4 body): nothing
 * written. `--frontier` (one hindsight threshold, BBC whole) ranks the retrained models better (L2 1000: 153 against
 * 173 junk kept at +10 body lines), as in the twenty-seventh session: the threshold binds.
 *
 *   npx tsx bench/ingest/train-junk.ts            cross-validate, report, write the weights if they beat the shipped ones
 *   --force      write them whatever the verdict (when the features changed, the verdict is against the rules alone)
 *   --by-folder  leave out each folder of a set (d4/en, shared/romance, ...) instead of each set: more, smaller folds
 *   npx tsx bench/ingest/train-junk.ts --dry-run  report only
 *   npx tsx bench/ingest/train-junk.ts --budget 0.002   share of body lines the model may lose
 *   npx tsx bench/ingest/train-junk.ts --trees    also cross-validate boosted trees (for comparison)
 *   --curve      junk kept / body lost per set at a range of thresholds, left out and for the shipped weights, and what sets the threshold
 *   --top N      the N body and junk lines scored highest out of fold
 *   --drop RE    hold the features whose names match constant (ablation)
 *   --stack      also cross-validate a second pass reading the neighbours' first-pass scores
 *   --sets shared,d4,d5,d6,d7   train on and leave out only these sets, any folder of --extra by name (default: shared and every write-from set)
 *   --check d8,d9              sets never trained or chosen on: scored once by the weights fitted on --sets (a transfer check)
 *   --ablate 'RE1;RE2'         per group of features held constant, every grid configuration left out by set, then exit
 *   --early-at 0,1,2,5,10,20   body lines a left-out model may rank above the junk "early" credits it with
 *   --clean-in   the clean corpus is always trained on, never a fold; the threshold keeps every clean line under every
 *                fold's model and the one fitted on all (leaving out a BBC section made its sport lines bind every fold)
 *   --gate N     a page with N+ furniture lines the rules dropped (page-gate.ts, default 1) gets its own threshold, fitted
 *                on such pages (--open-budget, default --budget; --open-pages-only: not bound by the copies); --gate off: one threshold
 *   --furnished-model   a model of its own for those pages (trained on them alone), the shipped weights kept for the others:
 *                what JunkModel.furnished holds (2026-12-06: `--sets shared,d4,d5,d6,d7 --furnished-model`, grid L2 100 rule-ctx)
 *   --pages-only the copies are trained on but bind no threshold (the real pages' budget and BBC do)
 *   --bands      out-of-fold junk/body lines per score band and per furniture count of their page
 *   --shipped-open 0.8,0.85   the shipped weights at these thresholds on furnished pages, per set and check set
 *   --out FILE   write the weights there instead of junk-weights.ts
 *   --cleaner    the yardstick through the real cleaner: each set scored by `eval-ingest`'s pipeline (rules, the model, the
 *                passes after it) with the model fitted without it (threshold too), beside the shipped weights; then the
 *                weights fitted on every set on the --check sets and the shared held-out half (counts only)
 *   --second     a second pass (JunkModel.second) reading the first pass's scores around the line and on its page,
 *                each configuration of the grid left out by set (first pass out of fold inside the training sets too),
 *                through the cleaner with --cleaner; the one keeping least junk left out is fitted on every set, scored
 *                on the --check sets (and held-out counts with --cleaner) and written with --force or --out
 *   --frontier 0,5,10,20  threshold-free trade-off: for the shipped weights and each grid configuration (every set scored
 *                out of fold), the fewest junk lines kept summed over the sets at one threshold losing at most 0, 5, ... body
 *                lines more than the rules alone and no BBC line (in hindsight for both: an upper bound on what a threshold buys);
 *                --cap K: at most K lines of a page may drop (the K it scores highest)
 * JUNK_GRID=REGEX (environment) keeps the grid configurations whose JSON matches ('"lambda":1000,.*"ruleContext":true').
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
// The cleaning entry first: its modules import each other, and entering at line-features.ts reads one before it is initialised.
import '../../indexer/clean/index.ts';
import { parseArgs } from 'node:util';
import { FEATURE_COUNT, FEATURE_NAMES } from '../../indexer/clean/line-features.ts';
import { fitLogistic, predict, type Fit } from './logistic.ts';
import { fitForest, predictForest, type Forest } from './boost.ts';
import { cleanCorpusRows, pageRows, trainingSets, type PageRows, type TrainingSet } from './junk-data.ts';
import { BBC_NEWS } from '../corpora.ts';
import { JUNK_MODEL } from '../../indexer/clean/junk-weights.ts';
import { PAGES_DIR } from './pages.ts';
import { FURNITURE_LINES } from '../../indexer/clean/page-gate.ts';
import {
  SECOND_COUNT,
  SECOND_FEATURES,
  secondFeatures,
  useJunkModel,
  type JunkModel,
  type JunkWeights,
} from '../../indexer/clean/junk-model.ts';
import { scorePages } from './pages.ts';
import { figures as pipelineFigures, type SplitFigures } from './score.ts';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    budget: { type: 'string', default: '0.002' },
    extra: { type: 'string', default: fileURLToPath(new URL('../../../extra-pages', import.meta.url)) },
    copies: { type: 'string', default: '3' },
    trees: { type: 'boolean', default: false },
    'all-lines': { type: 'boolean', default: false },
    stack: { type: 'boolean', default: false },
    curve: { type: 'boolean', default: false },
    top: { type: 'string', default: '0' },
    drop: { type: 'string' },
    'by-folder': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    sets: { type: 'string' },
    check: { type: 'string' },
    ablate: { type: 'string' },
    'early-at': { type: 'string', default: '0,1,2' },
    'clean-in': { type: 'boolean', default: false },
    gate: { type: 'string', default: String(FURNITURE_LINES) },
    'open-budget': { type: 'string' },
    'open-pages-only': { type: 'boolean', default: false },
    'pages-only': { type: 'boolean', default: false },
    bands: { type: 'boolean', default: false },
    'shipped-open': { type: 'string' },
    'furnished-model': { type: 'boolean', default: false },
    out: { type: 'string' },
    cleaner: { type: 'boolean', default: false },
    second: { type: 'boolean', default: false },
    frontier: { type: 'string' },
    cap: { type: 'string' },
  },
});
const BUDGET = Number(values.budget);
/**
 * --gate N: a page on which the rules dropped N furniture lines or more (`page-gate.ts`) is judged to
 * carry furniture, and the model acts there at its own threshold, fitted on such pages alone
 * (`--open-budget`, default `--budget`); elsewhere at the threshold every clean line binds. `--gate off`:
 * one threshold everywhere (as before the gate).
 */
const GATE = values.gate === 'off' ? Infinity : Number(values.gate);
const OPEN_BUDGET = values['open-budget'] === undefined ? BUDGET : Number(values['open-budget']);
/** --open-pages-only: the furnished pages' threshold is fitted on the real pages alone, not bound by the copies with rule labels forgotten too. */
const OPEN_COPIES = !values['open-pages-only'];
const isOpen = (p: { furniture: number }) => p.furniture >= GATE;
/** A threshold on pages the gate opens, and on the others. */
interface Threshold {
  open: number;
  closed: number;
}
const flat = (t: number): Threshold => ({ open: t, closed: t });
const shownThreshold = (t: Threshold) =>
  t.open === t.closed ? t.closed.toFixed(3) : `${t.open.toFixed(3)} furnished / ${t.closed.toFixed(3)} other`;
/** The shipped weights' thresholds. */
const SHIPPED_T: Threshold = { open: JUNK_MODEL.furnished?.threshold ?? JUNK_MODEL.threshold, closed: JUNK_MODEL.threshold };
/**
 * --furnished-model: a model of its own for the pages the gate opens, trained and its threshold fitted
 * on those scraped pages alone (no clean article among them); the pages the gate keeps closed are
 * scored by the shipped weights at their threshold, which the run leaves as they are.
 */
const FURNISHED_MODEL = values['furnished-model'];
/** The pages a model is trained and its threshold fitted on. */
const trainable = (ps: readonly PageRows[]) => (FURNISHED_MODEL ? ps.filter((p) => isOpen(p) && !isClean(p)) : ps);
/** Copies of each page with rule labels forgotten (junk-data.ts, `forgetRules`). */
const COPIES = Number(values.copies);
/** Body lines a left-out model may rank above the junk it is credited with ("early"); --early-at 0,1,2,5,10 reads further down the ranking. */
const EARLY_AT = values['early-at'].split(',').map(Number);

const WEIGHTS_FILE = new URL('../../indexer/clean/junk-weights.ts', import.meta.url);

/** --sets a,b,c: only these sets are trained on and left out in turn (default: shared and every write-from set; a check or lead set is refused). */
const SET_NAMES = values.sets ? values.sets.split(',') : null;
/**
 * --check d8,d9: sets never trained on nor used to choose anything: scored once, after the
 * chosen configuration is fitted on the training sets, beside the shipped weights (a transfer check).
 */
const CHECK_NAMES = values.check ? values.check.split(',') : [];
const CHECK_SETS: TrainingSet[] = CHECK_NAMES.map((d) => ({ name: d, dir: `${values.extra}/${d}`, splits: ['dev'] }));

/** The labelled sets on this machine, each left out whole in turn (`trainingSets`: shared dev and every write-from set, or the folders --sets names). */
const SETS: TrainingSet[] = trainingSets(values.extra, PAGES_DIR, SET_NAMES, CHECK_NAMES);

/** A training configuration the cross-validation compares. */
interface Config {
  /** Logistic regression, or boosted trees of this depth (0: logistic). */
  treeDepth: number;
  lambda: number;
  positiveWeight: number;
  /** Learn from the lines the rules left only, or from every line but the headline. */
  residual: boolean;
  /** Read the rules' verdicts around a line (their labels), or the line's own shape and place only. */
  ruleContext: boolean;
}

/** Features that read what the rules decided: on the training pages (the rules were shaped on them) they say more than they will on the next site. */
const RULE_CONTEXT = new Set(['prev-junk', 'next-junk', 'near-junk', 'page-junk-share']);
const RULE_CONTEXT_INDEX = FEATURE_NAMES.flatMap((n, f) => (RULE_CONTEXT.has(n) ? [f] : []));
/** --drop REGEX: features whose names match are held constant (an ablation: the model as if they did not exist). */
let DROPPED = values.drop ? FEATURE_NAMES.flatMap((n, f) => (new RegExp(values.drop!).test(n) ? [f] : [])) : [];

let D = FEATURE_COUNT;
/** Values the stacked pass adds: the neighbours' first-pass verdicts. */
const STACK_FEATURES = 3;

function stack(pages: readonly PageRows[], c: Config): { x: Float64Array; y: Uint8Array } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of pages)
    for (let i = 0; i < p.y.length; i++) {
      if (c.residual && !p.unlabelled[i]) continue;
      for (let f = 0; f < D; f++) xs.push(p.x[i * D + f]!);
      ys.push(p.y[i]!);
    }
  const x = Float64Array.from(xs);
  for (let i = 0; i < ys.length; i++) for (const f of DROPPED) x[i * D + f] = 0;
  // A feature left out is constant: standardised to 0, its weight stays 0.
  if (!c.ruleContext) for (let i = 0; i < ys.length; i++) for (const f of RULE_CONTEXT_INDEX) x[i * D + f] = 0;
  return { x, y: Uint8Array.from(ys) };
}

type Model = { kind: 'logistic'; fit: Fit } | { kind: 'trees'; forest: Forest };

function train(pages: readonly PageRows[], c: Config): Model {
  const { x, y } = stack(pages, c);
  if (c.treeDepth === 0) return { kind: 'logistic', fit: fitLogistic(x, y, D, c.lambda, c.positiveWeight) };
  const options = { rounds: 60, depth: c.treeDepth, rate: 0.2, lambda: c.lambda, minLeaf: 8, positiveWeight: c.positiveWeight };
  return { kind: 'trees', forest: fitForest(x, y, D, options) };
}

function score(model: Model, x: Float64Array, c: Config): Float64Array {
  const z = Float64Array.from(x);
  for (let i = 0; i < z.length / D; i++) for (const f of DROPPED) z[i * D + f] = 0;
  if (!c.ruleContext) for (let i = 0; i < z.length / D; i++) for (const f of RULE_CONTEXT_INDEX) z[i * D + f] = 0;
  return model.kind === 'logistic' ? predict(model.fit, z, D) : predictForest(model.forest, z, D);
}

/** Out-of-fold junk probability of every line the rules left, with its truth. */
interface Scored {
  p: number;
  where: string;
  junk: boolean;
  group: string;
  augmented: boolean;
  /** The page gate's verdict on the line's page, and the furniture lines the rules dropped there. */
  open: boolean;
  furniture: number;
}

function crossValidate(pages: readonly PageRows[], c: Config): Scored[] {
  const out: Scored[] = [];
  // --clean-in: the clean corpus is always trained on, never a fold; its lines' scores for the threshold are the highest any fold's model gives them.
  const cleanMax = new Map<PageRows, Float64Array>();
  for (const g of new Set(pages.map((p) => p.group))) {
    if (values['clean-in'] && isClean({ group: g })) continue;
    const model = train(
      pages.filter((p) => p.group !== g),
      c,
    );
    if (values['clean-in'])
      for (const p of pages.filter(isClean)) {
        const probs = score(model, p.x, c);
        const m = cleanMax.get(p);
        if (!m) cleanMax.set(p, probs);
        else for (let i = 0; i < m.length; i++) m[i] = Math.max(m[i]!, probs[i]!);
      }
    for (const p of pages.filter((q) => q.group === g)) push(p, score(model, p.x, c));
  }
  if (values['clean-in']) {
    // And the model fitted on every page given, as the weights written are: the clean corpus must keep every line under it too.
    const all = train(pages, c);
    for (const p of pages.filter(isClean)) {
      const probs = score(all, p.x, c);
      const m = cleanMax.get(p)!;
      for (let i = 0; i < m.length; i++) m[i] = Math.max(m[i]!, probs[i]!);
    }
  }
  for (const [p, probs] of cleanMax) push(p, probs);
  return out;

  function push(p: PageRows, probs: Float64Array): void {
    for (let i = 0; i < p.y.length; i++)
      if (p.unlabelled[i])
        out.push({
          p: probs[i]!,
          where: `${p.page}:${p.lineNumbers[i]}${p.augmented ? '*' : ''}`,
          junk: p.y[i] === 1,
          group: p.group,
          augmented: p.augmented,
          open: isOpen(p),
          furniture: p.furniture,
        });
  }
}

/** Pipeline figures at a threshold (rules and model together) on the pages `pick` selects. */
function atThreshold(
  pages: readonly PageRows[],
  scored: readonly Scored[],
  threshold: number | Threshold,
  pick: (p: { group: string; augmented: boolean }) => boolean,
) {
  const t = typeof threshold === 'number' ? flat(threshold) : threshold;
  const ps = pages.filter(pick);
  const ss = scored.filter(pick);
  const junk = ps.reduce((n, p) => n + p.junk, 0);
  const body = ps.reduce((n, p) => n + p.body, 0);
  const drops = (s: Scored) => s.p >= (s.open ? t.open : t.closed);
  const caught = ss.filter((s) => s.junk && drops(s)).length;
  const lost = ss.filter((s) => !s.junk && drops(s)).length;
  return {
    junk,
    body,
    junkKept: ps.reduce((n, p) => n + p.junkKeptByRules, 0) - caught,
    bodyLost: ps.reduce((n, p) => n + p.bodyLostByRules, 0) + lost,
    lost,
  };
}

/**
 * The lowest threshold at which the model's out-of-fold body lines lost stay within the budget,
 * on the labelled pages as the rules read them and on the copies with rule labels forgotten
 * alike; and above every line of the clean corpus, which keeps all its text.
 */
function thresholdFor(pages: readonly PageRows[], scored: readonly Scored[]): Threshold {
  type Pick = (p: { group: string; augmented: boolean; furniture?: number; open?: boolean }) => boolean;
  const edge = (pick: Pick, budget: number) => {
    const body = pages.filter(pick).reduce((n, p) => n + p.body, 0);
    const probs = scored
      .filter((s) => !s.junk && pick(s))
      .map((s) => s.p)
      .sort((a, b) => b - a);
    // Above the (allowed+1)-th highest body score, at most `allowed` body lines are dropped.
    return (probs[Math.floor(budget * body)] ?? 0) + 1e-6;
  };
  const labelled = (augmented: boolean) => (p: { group: string; augmented: boolean }) => !isClean(p) && p.augmented === augmented;
  // --pages-only: the copies with rule labels forgotten are trained on but set no threshold (the real pages and BBC do).
  const edges = [edge(labelled(false), BUDGET), values['pages-only'] ? 0 : edge(labelled(true), BUDGET), edge(isClean, 0)];
  if (values.curve) console.log(`  threshold edges (pages, copies, clean corpus): ${edges.map((e) => e.toFixed(3)).join(', ')}`);
  const closed = Math.min(0.999, Math.max(0.5, ...edges));
  if (GATE === Infinity) return flat(closed);
  // On pages the gate opens: the same edges over those pages' lines alone (a page row carries `furniture`, a scored line `open`).
  const opened =
    (pick: Pick): Pick =>
    (p) =>
      pick(p) && (p.open ?? (p.furniture !== undefined && p.furniture >= GATE));
  const openEdges = [
    edge(opened(labelled(false)), OPEN_BUDGET),
    OPEN_COPIES ? edge(opened(labelled(true)), OPEN_BUDGET) : 0,
    edge(opened(isClean), 0),
  ];
  if (values.curve) console.log(`  furnished pages' edges (pages, copies, clean corpus): ${openEdges.map((e) => e.toFixed(3)).join(', ')}`);
  return { open: Math.min(0.999, Math.max(0.5, ...openEdges)), closed: FURNISHED_MODEL ? JUNK_MODEL.threshold : closed };
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} % (${a}/${b})`;
const real = (p: { augmented: boolean }) => !p.augmented;
const simulated = (p: { augmented: boolean }) => p.augmented;

const CLEAN = 'bbc';
const isClean = (p: { group: string }) => p.group.startsWith(`${CLEAN}/`);
type Figures = ReturnType<typeof atThreshold>;
const figure = (r: Figures) => `kept ${r.junkKept}/${r.junk} lost ${r.bodyLost}/${r.body}`;
const ofSet = (name: string) => (p: { group: string; augmented: boolean }) => p.group === name && !p.augmented;

// --by-folder: each folder of a set (d4/en, d4/intl, shared/romance, ...) is left out whole instead: more, smaller folds.
const labelled = SETS.flatMap((set) => pageRows(set, COPIES)).map((p) =>
  values['by-folder'] ? { ...p, group: p.page.split('/').slice(0, 2).join('/') } : p,
);
const pages = [...labelled, ...cleanCorpusRows(CLEAN, BBC_NEWS)];
const setNames = [...new Set(labelled.map((p) => p.group))];
console.log(
  `pages: ${pages.filter(real).length} (+${pages.filter(simulated).length} copies with rule labels forgotten); sets: ${setNames.join(', ')}`,
);
for (const [name, pick] of [
  ['pages', real],
  ['copies', simulated],
] as const) {
  const r = atThreshold(pages, [], 1, pick);
  console.log(`rules alone, ${name}: junk kept ${pct(r.junkKept, r.junk)}, body lost ${pct(r.bodyLost, r.body)}`);
}

// Boosted trees (--trees) did no better out of fold than the linear score (2026-12-04: copies
// 31.8 % junk kept against 32.7-33.4 %, pages 97 against 100 of 971), and a linear score is a
// dot product at indexing time: the weights written are always the linear model's. Learning
// from every line (the rules' own catches too) did no better on the copies either (31.9-36.8 %
// against 30.2-35.5 %): --all-lines to compare again. Junk weighed 3x did no better than 1x.
const grid: Config[] = [];
const only = process.env.JUNK_GRID;
const depths = values.trees ? [0, 3] : [0];
const learnFrom = values['all-lines'] ? [true, false] : [true];
for (const treeDepth of depths) {
  for (const ruleContext of [true, false]) {
    for (const residual of learnFrom) {
      for (const lambda of treeDepth ? [10] : [10, 100, 1000, 10000]) {
        const c = { treeDepth, lambda, positiveWeight: 1, residual, ruleContext };
        if (!only || new RegExp(only).test(JSON.stringify(c))) grid.push(c);
      }
    }
  }
}

// --ablate 'RE1;RE2;...': each group of features held constant in turn, every configuration of the grid left out by set (then exit).
if (values.ablate) {
  for (const re of ['^$', ...values.ablate.split(';')]) {
    DROPPED = FEATURE_NAMES.flatMap((n, f) => (new RegExp(re).test(n) ? [f] : []));
    for (const c of grid) {
      const t = transfer(pages, c);
      const sum = setNames.reduce((n, name) => n + t.get(name)!.junkKept, 0);
      const lost = setNames.reduce((n, name) => n + t.get(name)!.bodyLost, 0);
      const early3 = EARLY_AT.map((_, k) => k).map((k) => setNames.reduce((n, name) => n + t.get(name)!.early[k]!, 0));
      console.log(
        `ablate ${re.padEnd(30)} ${c.ruleContext ? 'rule-ctx' : 'shape   '} lambda ${String(c.lambda).padEnd(5)} kept ${sum} lost ${lost} early ${early3.join('/')} | ${setNames.map((n) => `${n} ${figure(t.get(n)!)} early ${t.get(n)!.early.join('/')}`).join(' | ')}`,
      );
    }
  }
  process.exit(0);
}

if (values.frontier !== undefined) {
  frontier(grid, values.frontier.split(',').map(Number));
  process.exit(0);
}

if (values.second) {
  await secondMode(grid);
  process.exit(0);
}

/**
 * Chosen by leave-one-set-out junk kept on real pages (sites the model never saw), the threshold set without the
 * left-out set, among the configurations that lose no more body lines left out than the shipped weights on any set
 * (the verdict's own condition; when none does, among all): a near-flat model at L2 10000 otherwise won by dropping
 * one set's body lines with its junk (2026-12-07, eight write-from sets: w-18body19 14 kept for 146 lost).
 */
const shippedForChoice = shippedScores();
const shippedLost = (name: string) => atThreshold(pages, shippedForChoice ?? [], shippedForChoice ? SHIPPED_T : 1, ofSet(name)).bodyLost;
let best: { c: Config; kept: number; safe: boolean } | null = null;
for (const c of grid) {
  const t = transfer(pages, c);
  const sum = setNames.reduce((n, name) => n + t.get(name)!.junkKept, 0);
  const lost = setNames.reduce((n, name) => n + t.get(name)!.bodyLost, 0);
  const safe = setNames.every((name) => t.get(name)!.bodyLost <= shippedLost(name));
  const name = `${c.treeDepth ? `trees${c.treeDepth}` : 'linear'} ${c.ruleContext ? 'rule-ctx' : 'shape   '} ${c.residual ? 'residual ' : 'all-lines'} lambda ${String(c.lambda).padEnd(5)}`;
  console.log(
    `${name} left out: kept ${sum} lost ${lost}${safe ? '' : ' (a set loses more body than under the shipped weights)'} | ${setNames.map((n) => `${n} ${figure(t.get(n)!)} early ${t.get(n)!.early.join('/')}`).join(' | ')}`,
  );
  if (c.treeDepth !== 0) continue;
  if (!best || (safe && !best.safe) || (safe === best.safe && sum < best.kept)) best = { c, kept: sum, safe };
}
if (!best) throw new Error('no configuration');
const chosen = best.c;
const scored = crossValidate(trainable(pages), chosen);
const threshold = thresholdFor(trainable(pages), scored);
if (values.stack) stackedPass(chosen);
if (values.curve) {
  curve('left out (each set scored by a model that never saw it)', scored);
  const shipped = shippedScores();
  if (shipped) curve('shipped weights', shipped);
}
if (Number(values.top) > 0) highest(scored, Number(values.top));
if (values.bands) bands(scored);
if (values['shipped-open']) shippedOpen(values['shipped-open'].split(',').map(Number));

const model = train(trainable(pages), chosen);
if (model.kind !== 'logistic') throw new Error('only the logistic model is written');
const fit = model.fit;
const beats = report(chosen, threshold, fit);
if (CHECK_SETS.length > 0) checkSets(threshold, fit);
if (values.cleaner) await throughCleaner(chosen, threshold, fit);
const ranked = FEATURE_NAMES.map((name, f) => ({ name, w: fit.weights[f]! })).sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
console.log(`\nweights (standardised), largest first: ${ranked.map((r) => `${r.name} ${r.w.toFixed(2)}`).join(', ')}`);
if (!values['dry-run'] && !beats && !values.force)
  console.log('not written: the retrained weights do not beat the shipped ones left out (--force writes them anyway)');
else if (!values['dry-run']) {
  // --out FILE: written there instead (to compare candidates before one replaces the shipped weights).
  const out = values.out ?? WEIGHTS_FILE.pathname;
  fs.writeFileSync(out, weightsSource(fit, threshold, chosen, trainable(pages).filter(real).length));
  console.log(`wrote ${out}`);
}

/**
 * --check: the sets nobody trained or chose on, scored once by the weights fitted on every training
 * set at their threshold, beside the rules alone and the shipped weights (junk kept, body lost, early).
 */
function checkSets(t: Threshold, f: Fit): void {
  const rows = CHECK_SETS.flatMap((set) => pageRows(set, 0));
  const mine = scoreRows(
    rows,
    gated((x) => predict(f, x, D)),
  );
  console.log(`\ncheck sets (never trained on; trained on ${setNames.join(', ')} and BBC), junk kept / body lost:`);
  for (const set of CHECK_SETS) {
    const pick = ofSet(set.name);
    const ship = shippedRowScores(rows);
    console.log(
      `  ${set.name.padEnd(8)} rules alone ${figure(atThreshold(rows, [], 1, pick)).padEnd(22)} shipped ${ship ? `${figure(atThreshold(rows, ship, SHIPPED_T, pick))} early ${early(ship.filter(pick)).join('/')}` : '-'}   new (t ${shownThreshold(t)}) ${figure(atThreshold(rows, mine, t, pick))} early ${early(mine.filter(pick)).join('/')}`,
    );
  }
}

/** The shipped weights' scores of `rows`, or null when they read other features. */
function shippedRowScores(rows: readonly PageRows[]): Scored[] | null {
  const fit = shippedFit();
  return fit && scoreRows(rows, (x) => predict(fit, x, D));
}

/**
 * The shipped weights as a fit over today's features: when features were added (every shipped
 * feature still computed, by name), the new ones get weight 0, so the shipped model can be
 * compared with one retrained with them; null when a shipped feature is gone.
 */
function shippedFit(): Fit | null {
  const at = JUNK_MODEL.features.map((n) => (FEATURE_NAMES as readonly string[]).indexOf(n));
  if (at.some((f) => f < 0)) return null;
  const fit = {
    mean: new Array<number>(FEATURE_COUNT).fill(0),
    scale: new Array<number>(FEATURE_COUNT).fill(1),
    weights: new Array<number>(FEATURE_COUNT).fill(0),
    bias: JUNK_MODEL.bias,
  };
  at.forEach((f, k) => {
    fit.mean[f] = JUNK_MODEL.mean[k]!;
    fit.scale[f] = JUNK_MODEL.scale[k]!;
    fit.weights[f] = JUNK_MODEL.weights[k]!;
  });
  return fit;
}

/**
 * Leave-one-set-out: for each labelled set, the whole procedure run without it (threshold by
 * leave-one-set-out over the others, weights fitted on the others) and judged on its real pages.
 */
function transfer(all: readonly PageRows[], c: Config): Map<string, Figures & { early: number[] }> {
  const out = new Map<string, Figures & { early: number[] }>();
  for (const name of setNames) {
    const others = trainable(all.filter((p) => p.group !== name));
    const t = thresholdFor(others, crossValidate(others, c));
    const left = all.filter(ofSet(name));
    const model = train(others, c);
    const scoredLeft = scoreRows(
      left,
      gated((x) => score(model, x, c)),
    );
    out.set(name, { ...atThreshold(left, scoredLeft, t, ofSet(name)), early: early(scoredLeft.filter(real)) });
  }
  return out;
}

/**
 * Junk lines scored above the highest body line, above the second and above the third: what a
 * model catches on a set before it costs that set 0, 1 and 2 body lines, whatever threshold it
 * would have been given (a set's threshold is chosen on the others, and on two sets it moves).
 */
function early(scored: readonly Scored[]): number[] {
  const body = scored
    .filter((s) => !s.junk)
    .map((s) => s.p)
    .sort((a, b) => b - a);
  return EARLY_AT.map((k) => scored.filter((s) => s.junk && s.p > (body[k] ?? 0)).length);
}

/** With --furnished-model, `by` scores the pages the gate opens, the shipped weights the others. */
function gated(by: (x: Float64Array) => Float64Array): (x: Float64Array, p: PageRows) => Float64Array {
  if (!FURNISHED_MODEL) return by;
  const shipped = shippedFit();
  if (!shipped) throw new Error("--furnished-model needs the shipped weights to read today's features");
  return (x, p) => (isOpen(p) ? by(x) : predict(shipped, x, D));
}

/** Every judged line the rules left on `rows`, scored by `by`. */
function scoreRows(rows: readonly PageRows[], by: (x: Float64Array, p: PageRows) => Float64Array): Scored[] {
  return rows.flatMap((p) => {
    const probs = by(p.x, p);
    const out: Scored[] = [];
    for (let i = 0; i < p.y.length; i++)
      if (p.unlabelled[i])
        out.push({
          p: probs[i]!,
          where: `${p.page}:${p.lineNumbers[i]}`,
          junk: p.y[i] === 1,
          group: p.group,
          augmented: p.augmented,
          open: isOpen(p),
          furniture: p.furniture,
        });
    return out;
  });
}

/**
 * Per set: rules alone, the shipped weights, the chosen configuration left out and in-sample; and
 * the verdict, whether the retrained weights beat the shipped ones (or, when the features changed
 * and the shipped weights cannot be read, the rules alone): on every set no more body lines lost
 * left out, fewer junk lines kept left out summed over the sets, and every BBC line kept in-sample.
 */
function report(c: Config, t: Threshold, f: Fit): boolean {
  const loso = transfer(pages, c);
  const shipped = shippedScores();
  if (shipped)
    console.log(
      `shipped weights, junk caught before 0/1/2 body lines lost: ${setNames.map((n) => `${n} ${early(shipped.filter(ofSet(n))).join('/')}`).join(' | ')}`,
    );
  const inSample = scoreRows(
    pages,
    gated((x) => predict(f, x, D)),
  );
  console.log(`\nchosen: ${JSON.stringify(c)} threshold ${shownThreshold(t)}; per set (real pages; junk kept, body lost):`);
  console.log(`  set      rules alone            shipped (t ${shownThreshold(SHIPPED_T)})   left out               in-sample`);
  for (const name of [...setNames, CLEAN]) {
    const pick = name === CLEAN ? isClean : ofSet(name);
    const cells = [
      atThreshold(pages, [], 1, pick),
      shipped && atThreshold(pages, shipped, SHIPPED_T, pick),
      name === CLEAN ? null : loso.get(name)!,
      atThreshold(pages, inSample, t, pick),
    ];
    console.log(`  ${name.padEnd(8)} ${cells.map((r) => (r ? figure(r) : '-').padEnd(22)).join(' ')}`);
  }
  const base = (name: string) => atThreshold(pages, shipped ?? [], shipped ? SHIPPED_T : 1, ofSet(name));
  const noMoreLost = setNames.every((name) => loso.get(name)!.bodyLost <= base(name).bodyLost);
  const keptLeftOut = setNames.reduce((n, name) => n + loso.get(name)!.junkKept, 0);
  const keptBase = setNames.reduce((n, name) => n + base(name).junkKept, 0);
  // The BBC articles never trained on (three in four) must keep every line too: the quarter the threshold is fitted
  // above says nothing of the venue and kick-off lines of the others (2026-12-07: "all kept" in-sample, 13 lost on the rest).
  const rest = cleanCorpusRows(CLEAN, BBC_NEWS, 'rest');
  const restLost = atThreshold(
    rest,
    scoreRows(
      rest,
      gated((x) => predict(f, x, D)),
    ),
    t,
    isClean,
  ).lost;
  const shippedRest = shippedRowScores(rest);
  const bbcKept = atThreshold(pages, inSample, t, isClean).bodyLost === 0 && restLost === 0;
  const beats = noMoreLost && keptLeftOut < keptBase && bbcKept;
  console.log(
    `BBC articles never trained on (${rest.length}): lines the model drops ${restLost}${shippedRest ? `, the shipped weights ${atThreshold(rest, shippedRest, SHIPPED_T, isClean).lost}` : ''}`,
  );
  console.log(
    `verdict against ${shipped ? 'the shipped weights' : 'the rules alone'}: left out junk kept ${keptLeftOut} against ${keptBase}, body lost no higher on every set: ${noMoreLost}, BBC all kept (trained quarter and the rest): ${bbcKept}: ${beats ? 'BEATS' : 'does not beat'}`,
  );
  return beats;
}

function weightsSource(f: Fit, threshold: Threshold, c: Config, n: number): string {
  const nums = (a: readonly number[]) => `[${a.map((v) => Number(v.toPrecision(6))).join(', ')}]`;
  const block = (
    w: { mean: readonly number[]; scale: readonly number[]; weights: readonly number[]; bias: number },
    t: number,
    indent: string,
  ) =>
    `${indent}mean: ${nums(w.mean)},\n${indent}scale: ${nums(w.scale)},\n${indent}weights: ${nums(w.weights)},\n${indent}bias: ${Number(w.bias.toPrecision(6))},\n${indent}threshold: ${Number(t.toPrecision(4))},`;
  const how = `${c.residual ? 'lines the rules left' : 'every line but the headline'}, L2 ${c.lambda}, junk weight ${c.positiveWeight}`;
  const gate = `pages with ${GATE}+ furniture lines (page-gate.ts)`;
  if (FURNISHED_MODEL) {
    // The weights for pages without furniture stay as shipped; the furnished pages' model is (re)written.
    const shipped = fs.readFileSync(WEIGHTS_FILE, 'utf8');
    const header = /^\/\*\*[\s\S]*?\*\//.exec(shipped)![0].replace(/\n \* Furnished pages:[\s\S]*?(?=\n \*\/)/, '');
    return `${header.replace(/\n \*\/$/, `\n * Furnished pages: \`--furnished-model\`, trained on ${n} ${gate} (and copies), ${how},\n * threshold for ${OPEN_BUDGET * 100} % of their out-of-fold body lines lost${OPEN_COPIES ? ' (pages and copies)' : ' (real pages)'}.\n */`)}
import type { JunkModel } from './junk-model.ts';

export const JUNK_MODEL: JunkModel = {
  features: ${JSON.stringify(FEATURE_NAMES)},
${block(JUNK_MODEL, JUNK_MODEL.threshold, '  ')}
  furnished: {
${block(f, threshold.open, '    ')}
  },
};
`;
  }
  return `/**
 * Written by \`npx tsx bench/ingest/train-junk.ts\` (${n} labelled training pages, ${how},
 * threshold for ${BUDGET * 100} % out-of-fold body lines lost${threshold.open === threshold.closed ? '' : `; on ${gate}, for ${OPEN_BUDGET * 100} % of theirs`}): do not edit by hand.
 */
import type { JunkModel } from './junk-model.ts';

export const JUNK_MODEL: JunkModel = {
  features: ${JSON.stringify(FEATURE_NAMES)},
${block(f, threshold.closed, '  ')}${threshold.open === threshold.closed ? '' : `\n  furnished: {\n${block(f, threshold.open, '    ')}\n  },`}
};
`;
}

/**
 * Junk kept and body lost per labelled set (and the clean corpus) at a range of thresholds: the
 * trade-off, not one point of it. Two models are compared at equal body lost, not at their own
 * thresholds: one threshold rule can flatter either.
 */
function curve(label: string, scored: readonly Scored[]): void {
  console.log(`${label}:`);
  for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const sets = [...setNames, CLEAN].map((name) => {
      const r = atThreshold(pages, scored, t, (p) => real(p) && p.group.split('/')[0] === name);
      return `${name} ${r.junkKept}/${r.junk} kept, ${r.bodyLost}/${r.body} lost`;
    });
    console.log(`  t ${t}: ${sets.join(' | ')}`);
  }
}

/** The shipped weights' scores of every judged line the rules left, or null when they read other features. */
function shippedScores(): Scored[] | null {
  return shippedRowScores(pages);
}

/** The body and junk lines the model scores highest out of fold (page:line), to read what sets the threshold. */
function highest(scored: readonly Scored[], n: number): void {
  const top = (junk: boolean) =>
    scored
      .filter((s) => s.junk === junk && !s.augmented)
      .sort((a, b) => b.p - a.p)
      .slice(0, n);
  console.log(
    `highest body: ${top(false)
      .map((s) => `${s.where} ${s.p.toFixed(3)}`)
      .join(', ')}`,
  );
  console.log(
    `highest junk: ${top(true)
      .map((s) => `${s.where} ${s.p.toFixed(3)}`)
      .join(', ')}`,
  );
}

/**
 * --stack: a second pass that reads the first pass's verdicts on the neighbours (a cheap stacked
 * model), cross-validated like the first. The training rows' first-pass scores come from models
 * that left out their own fold but saw the scored one, which if anything flatters the second pass;
 * on 2026-12-04 it still caught nothing more (k dev 51 of 155 kept either way).
 */
function stackedPass(c: Config): void {
  const stacked = stackPages(pages, c);
  D = FEATURE_COUNT + STACK_FEATURES;
  for (const lambda of [10, 100, 1000]) {
    const s2 = crossValidate(stacked, { ...c, lambda });
    const t2 = thresholdFor(stacked, s2);
    const r = atThreshold(stacked, s2, t2, real);
    const a = atThreshold(stacked, s2, t2, simulated);
    console.log(
      `stacked lambda ${lambda} t ${shownThreshold(t2)}  pages: junk kept ${pct(r.junkKept, r.junk)} body lost ${pct(r.bodyLost, r.body)}   copies: junk kept ${pct(a.junkKept, a.junk)}`,
    );
    curve(`stacked lambda ${lambda}`, s2);
  }
  D = FEATURE_COUNT;
}

/** First-pass out-of-fold scores of every judged row, per page. */
function firstPass(pages: readonly PageRows[], c: Config): Map<PageRows, Float64Array> {
  const out = new Map<PageRows, Float64Array>();
  for (const g of new Set(pages.map((p) => p.group))) {
    const model = train(
      pages.filter((p) => p.group !== g),
      c,
    );
    for (const p of pages.filter((q) => q.group === g)) out.set(p, score(model, p.x, c));
  }
  return out;
}

/** Pages whose rows gain the first pass's verdicts on the neighbours (rule junk 1, judged p, else 0). */
function stackPages(pages: readonly PageRows[], c: Config): PageRows[] {
  const p1 = firstPass(pages, c);
  return pages.map((p) => {
    const v = Float64Array.from(p.ruleJunk);
    const probs = p1.get(p)!;
    p.index.forEach((li, r) => {
      if (!p.ruleJunk[li]) v[li] = probs[r]!;
    });
    const d2 = FEATURE_COUNT + STACK_FEATURES;
    const x = new Float64Array(p.y.length * d2);
    p.index.forEach((li, r) => {
      x.set(p.x.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT), r * d2);
      const prev = v[li - 1] ?? 0;
      const next = v[li + 1] ?? 0;
      let sum = 0;
      let n = 0;
      for (let j = li - 2; j <= li + 2; j++) if (j !== li && j >= 0 && j < v.length) (sum += v[j]!), n++;
      x[r * d2 + FEATURE_COUNT] = Math.max(prev, next);
      x[r * d2 + FEATURE_COUNT + 1] = Math.min(prev, next);
      x[r * d2 + FEATURE_COUNT + 2] = n ? sum / n : 0;
    });
    return { ...p, x };
  });
}

/**
 * --bands: out-of-fold junk / body lines (real pages) per band of score and per count of furniture
 * lines the rules dropped on their page: where a lower threshold would pay, and on which pages.
 */
function bands(scored: readonly Scored[]): void {
  const edges = [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01];
  const buckets: [string, (n: number) => boolean][] = [
    ['0', (n) => n === 0],
    ['1', (n) => n === 1],
    ['2', (n) => n === 2],
    ['3-4', (n) => n >= 3 && n <= 4],
    ['5-9', (n) => n >= 5 && n <= 9],
    ['10+', (n) => n >= 10],
  ];
  console.log(
    `\nout of fold, real pages, junk/body lines per score band (columns) and furniture lines on the page (rows): ${edges.slice(0, -1).join(' | ')}`,
  );
  for (const [name, inBucket] of buckets) {
    const cells = edges.slice(0, -1).map((lo, k) => {
      const hi = edges[k + 1]!;
      const ss = scored.filter((s) => !s.augmented && inBucket(s.furniture) && s.p >= lo && s.p < hi);
      const tag = (pick: (s: Scored) => boolean) => ss.filter(pick).length;
      return `${tag((s) => s.junk)}/${tag((s) => !s.junk && !isClean(s))}${ss.some(isClean) ? `+${tag(isClean)}bbc` : ''}`;
    });
    console.log(`  ${name.padEnd(4)} ${cells.map((c) => c.padEnd(12)).join(' ')}`);
  }
}

/**
 * --shipped-open 0.8,0.85,...: the shipped weights (their threshold on pages without furniture kept)
 * at each threshold on the pages the gate opens, per training set and check set: the gate fitted
 * without retraining.
 */
function shippedOpen(ts: readonly number[]): void {
  const mine = shippedScores();
  const rows = CHECK_SETS.flatMap((set) => pageRows(set, 0));
  const theirs = shippedRowScores(rows);
  if (!mine || !theirs) return;
  console.log(
    `\nshipped weights, threshold ${JUNK_MODEL.threshold} on pages without furniture, and on pages with ${GATE}+ furniture lines:`,
  );
  for (const open of ts) {
    const t = { open, closed: JUNK_MODEL.threshold };
    const cells = [
      ...[...setNames, CLEAN].map((n) => `${n} ${figure(atThreshold(pages, mine, t, n === CLEAN ? isClean : ofSet(n)))}`),
      ...CHECK_SETS.map((c) => `${c.name} ${figure(atThreshold(rows, theirs, t, ofSet(c.name)))}`),
    ];
    console.log(`  ${open.toFixed(3)}: ${cells.join(' | ')}`);
  }
}

/** The model the indexer loads for a fit at its thresholds, as `weightsSource` writes it. */
function modelOf(f: Fit, t: Threshold): JunkModel {
  const w = (threshold: number): JunkWeights => ({ mean: f.mean, scale: f.scale, weights: f.weights, bias: f.bias, threshold });
  if (FURNISHED_MODEL) return { ...JUNK_MODEL, furnished: w(t.open) };
  return { features: FEATURE_NAMES, ...w(t.closed), ...(t.open === t.closed ? {} : { furnished: w(t.open) }) };
}

/**
 * The shipped weights as the cleaner can run them: as shipped, or, when features were added since,
 * read over today's features (`shippedFit`: the new ones weigh 0) at the shipped thresholds.
 */
function shippedModel(): JunkModel {
  if (JUNK_MODEL.features.join() === FEATURE_NAMES.join()) return JUNK_MODEL;
  const f = shippedFit();
  if (!f) throw new Error('the shipped weights read a feature that is gone: the cleaner cannot run them');
  return modelOf(f, SHIPPED_T);
}

/** A set's figures through the real pipeline (`eval-ingest`, each page alone) with `model` in the shipped weights' place. */
async function cleanerFigures(dir: string, split: 'dev' | 'heldout', model: JunkModel = shippedModel()): Promise<SplitFigures> {
  useJunkModel(model);
  try {
    return pipelineFigures((await scorePages(dir)).filter((s) => s.split === split));
  } finally {
    useJunkModel();
  }
}

function cell(f: SplitFigures): string {
  return `${f.junkKept.hits}/${f.junkKept.of} ${f.bodyLost.hits}/${f.bodyLost.of} t${f.title.hits}`;
}

/**
 * --cleaner: leave-one-set-out through the real cleaner. For each set, the configuration's whole procedure
 * run without it (threshold by leave-one-set-out over the others, weights fitted on the others), put in the
 * shipped weights' place, and the set's pages scored as `eval-ingest` scores them (rules, the model, the
 * passes after it): junk kept, body lost, titles. Then the weights fitted on every set, scored on the
 * --check sets and on the shared held-out half (counts only), beside the shipped weights.
 */
async function throughCleaner(c: Config, t: Threshold, f: Fit): Promise<void> {
  const dirOf = new Map(SETS.map((s) => [s.name, s.dir]));
  console.log(`\nthrough the cleaner (eval-ingest's pipeline; junk kept, body lost, titles): ${JSON.stringify(c)}`);
  console.log(`  set      rules alone (no model)   shipped                  left out`);
  // The rules alone: the shipped weights at a threshold no score reaches (what the model adds at all).
  const noModel: JunkModel = { ...shippedModel(), threshold: 2, furnished: undefined, second: undefined };
  const sum = { rulesKept: 0, rulesLost: 0, shippedKept: 0, shippedLost: 0, leftKept: 0, leftLost: 0 };
  for (const name of setNames) {
    const dir = dirOf.get(name);
    if (dir === undefined) continue;
    const others = trainable(pages.filter((p) => p.group !== name));
    const tl = thresholdFor(others, crossValidate(others, c));
    const m = train(others, c);
    if (m.kind !== 'logistic') throw new Error('only the logistic model runs in the cleaner');
    const rules = await cleanerFigures(dir, 'dev', noModel);
    const shipped = await cleanerFigures(dir, 'dev');
    const left = await cleanerFigures(dir, 'dev', modelOf(m.fit, tl));
    sum.rulesKept += rules.junkKept.hits;
    sum.rulesLost += rules.bodyLost.hits;
    sum.shippedKept += shipped.junkKept.hits;
    sum.shippedLost += shipped.bodyLost.hits;
    sum.leftKept += left.junkKept.hits;
    sum.leftLost += left.bodyLost.hits;
    console.log(
      `  ${name.padEnd(8)} ${cell(rules).padEnd(24)} ${cell(shipped).padEnd(24)} ${cell(left).padEnd(24)} t ${shownThreshold(tl)}`,
    );
  }
  console.log(
    `  sum      ${`${sum.rulesKept} ${sum.rulesLost}`.padEnd(24)} ${`${sum.shippedKept} ${sum.shippedLost}`.padEnd(24)} ${sum.leftKept} ${sum.leftLost}`,
  );
  const all = modelOf(f, t);
  const checks: [string, string, 'dev' | 'heldout'][] = [
    ...CHECK_SETS.map((s): [string, string, 'dev'] => [s.name, s.dir, 'dev']),
    ['held-out', PAGES_DIR, 'heldout'],
  ];
  console.log(`fitted on ${setNames.join(', ')} (t ${shownThreshold(t)}): shipped -> these weights`);
  for (const [name, dir, split] of checks)
    console.log(`  ${name.padEnd(8)} ${cell(await cleanerFigures(dir, split)).padEnd(24)} ${cell(await cleanerFigures(dir, split, all))}`);
}

/** A two-pass model: the first pass's fit, the second's (over FEATURE_COUNT + SECOND_COUNT values) and its thresholds. */
interface TwoPass {
  f1: Fit;
  f2: Fit;
  t2: Threshold;
}

/** Rows with the second pass's features appended, from first-pass scores of each page's rows. */
function withSecond(ps: readonly PageRows[], p1: (p: PageRows) => Float64Array): PageRows[] {
  const d2 = FEATURE_COUNT + SECOND_COUNT;
  return ps.map((p) => {
    const probs = p1(p);
    const scored: number[] = [];
    const sp: number[] = [];
    for (let r = 0; r < p.y.length; r++)
      if (p.unlabelled[r]) {
        scored.push(p.index[r]!);
        sp.push(probs[r]!);
      }
    const extra = secondFeatures(p.ruleJunk, scored, sp, Array.from(p.index));
    const x = new Float64Array(p.y.length * d2);
    for (let r = 0; r < p.y.length; r++) {
      x.set(p.x.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT), r * d2);
      x.set(extra.subarray(r * SECOND_COUNT, (r + 1) * SECOND_COUNT), r * d2 + FEATURE_COUNT);
    }
    return { ...p, x };
  });
}

/** With D widened to the second pass's width while `fn` runs. */
function wide<T>(fn: () => T): T {
  D = FEATURE_COUNT + SECOND_COUNT;
  try {
    return fn();
  } finally {
    D = FEATURE_COUNT;
  }
}

/**
 * The two-pass procedure on `tr`: the first pass fitted on it, its scores of `tr` out of fold (by
 * group), the second pass's threshold by cross-validation over those rows and its fit on them all.
 */
function fitTwoPass(tr: readonly PageRows[], c: Config): TwoPass {
  const m1 = train(tr, c);
  if (m1.kind !== 'logistic') throw new Error('logistic only');
  const oof = firstPass(tr, c);
  const tr2 = withSecond(tr, (p) => oof.get(p)!);
  return wide(() => {
    const t2 = thresholdFor(tr2, crossValidate(tr2, c));
    const m2 = train(tr2, c);
    if (m2.kind !== 'logistic') throw new Error('logistic only');
    return { f1: m1.fit, f2: m2.fit, t2 };
  });
}

/** The rows of `te` scored by a two-pass model (first pass, then the second over its verdicts). */
function scoreTwoPass(m: TwoPass, te: readonly PageRows[]): { rows: PageRows[]; scored: Scored[] } {
  const rows = withSecond(te, (p) => predict(m.f1, p.x, FEATURE_COUNT));
  return { rows, scored: wide(() => scoreRows(rows, (x) => predict(m.f2, x, D))) };
}

/** The JunkModel the indexer loads for a two-pass model. */
function twoPassModel(m: TwoPass): JunkModel {
  const w = (f: Fit, threshold: number): JunkWeights => ({ mean: f.mean, scale: f.scale, weights: f.weights, bias: f.bias, threshold });
  return {
    features: FEATURE_NAMES,
    ...w(m.f1, 1),
    second: { ...w(m.f2, m.t2.closed), ...(m.t2.open === m.t2.closed ? {} : { furnishedThreshold: m.t2.open }) },
  };
}

/**
 * --second: each configuration of the grid, two passes, left out by set (trainer figures: rules before
 * the passes after the model), and through the cleaner with --cleaner; then the first configuration
 * fitted on every set, scored on the --check sets (and the shared held-out half, counts only, with
 * --cleaner), written with --force or --out.
 */
async function secondMode(configs: readonly Config[]): Promise<void> {
  const dirOf = new Map(SETS.map((s) => [s.name, s.dir]));
  let best: { c: Config; kept: number } | null = null;
  for (const c of configs) {
    let kept = 0;
    let lost = 0;
    let cKept = 0;
    let cLost = 0;
    const cells: string[] = [];
    for (const name of setNames) {
      const others = pages.filter((p) => p.group !== name);
      const m = fitTwoPass(others, c);
      const left = pages.filter(ofSet(name));
      const { rows, scored: sc } = scoreTwoPass(m, left);
      const r = atThreshold(rows, sc, m.t2, ofSet(name));
      kept += r.junkKept;
      lost += r.bodyLost;
      let cleanerCell = '';
      const dir = dirOf.get(name);
      if (values.cleaner && dir !== undefined) {
        const f = await cleanerFigures(dir, 'dev', twoPassModel(m));
        cKept += f.junkKept.hits;
        cLost += f.bodyLost.hits;
        cleanerCell = ` cleaner ${cell(f)}`;
      }
      cells.push(`${name} ${figure(r)} t ${shownThreshold(m.t2)}${cleanerCell}`);
    }
    console.log(
      `second ${c.ruleContext ? 'rule-ctx' : 'shape   '} lambda ${String(c.lambda).padEnd(5)} left out: kept ${kept} lost ${lost}${values.cleaner ? ` | cleaner kept ${cKept} lost ${cLost}` : ''}\n  ${cells.join('\n  ')}`,
    );
    // Chosen by junk kept left out: through the cleaner with --cleaner, else the trainer's figure.
    const score = values.cleaner ? cKept : kept;
    if (!best || score < best.kept) best = { c, kept: score };
  }
  if (!best) throw new Error('no configuration');
  const c = best.c;
  const m = fitTwoPass(pages, c);
  console.log(`\nfitted on ${setNames.join(', ')} and BBC (${JSON.stringify(c)}), t ${shownThreshold(m.t2)}`);
  const inSample = scoreTwoPass(m, pages);
  console.log(`  BBC lines lost in-sample: ${atThreshold(inSample.rows, inSample.scored, m.t2, isClean).bodyLost}`);
  for (const set of CHECK_SETS) {
    const rows = pageRows(set, 0);
    const { rows: r2, scored: sc } = scoreTwoPass(m, rows);
    const ship = shippedRowScores(rows);
    console.log(
      `  ${set.name.padEnd(8)} trainer: rules ${figure(atThreshold(rows, [], 1, ofSet(set.name)))} shipped ${ship ? figure(atThreshold(rows, ship, SHIPPED_T, ofSet(set.name))) : '-'} two-pass ${figure(atThreshold(r2, sc, m.t2, ofSet(set.name)))}`,
    );
  }
  if (values.cleaner) {
    const checks: [string, string, 'dev' | 'heldout'][] = [
      ...CHECK_SETS.map((s): [string, string, 'dev'] => [s.name, s.dir, 'dev']),
      ['held-out', PAGES_DIR, 'heldout'],
    ];
    for (const [name, dir, split] of checks)
      console.log(
        `  ${name.padEnd(8)} cleaner: shipped ${cell(await cleanerFigures(dir, split))} two-pass ${cell(await cleanerFigures(dir, split, twoPassModel(m)))}`,
      );
  }
  const ranked = [...FEATURE_NAMES, ...SECOND_FEATURES].map((name, f) => ({ name, w: m.f2.weights[f]! }));
  ranked.sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
  console.log(
    `second pass weights, largest first: ${ranked
      .slice(0, 12)
      .map((r) => `${r.name} ${r.w.toFixed(2)}`)
      .join(', ')}`,
  );
  if (values.force || values.out) {
    const out = values.out ?? WEIGHTS_FILE.pathname;
    fs.writeFileSync(out, twoPassSource(m, c));
    console.log(`wrote ${out}`);
  }
}

function twoPassSource(m: TwoPass, c: Config): string {
  const nums = (a: readonly number[]) => `[${a.map((v) => Number(v.toPrecision(6))).join(', ')}]`;
  const block = (f: Fit, t: number, indent: string) =>
    `${indent}mean: ${nums(f.mean)},\n${indent}scale: ${nums(f.scale)},\n${indent}weights: ${nums(f.weights)},\n${indent}bias: ${Number(f.bias.toPrecision(6))},\n${indent}threshold: ${Number(t.toPrecision(4))},`;
  return `/**
 * Written by \`npx tsx bench/ingest/train-junk.ts --second\` (${pages.filter((p) => real(p) && !isClean(p)).length} labelled pages of ${setNames.join(', ')},
 * lines the rules left, L2 ${c.lambda}${c.ruleContext ? '' : ', shape only'}; second pass over the first's scores, threshold for ${BUDGET * 100} % out-of-fold body lines lost): do not edit by hand.
 */
import type { JunkModel } from './junk-model.ts';

export const JUNK_MODEL: JunkModel = {
  features: ${JSON.stringify(FEATURE_NAMES)},
${block(m.f1, 1, '  ')}
  second: {
${block(m.f2, m.t2.closed, '    ')}${m.t2.open === m.t2.closed ? '' : `\n    furnishedThreshold: ${Number(m.t2.open.toPrecision(4))},`}
  },
};
`;
}

/**
 * --frontier: the trade-off each model can reach with one threshold, chosen in hindsight (the same for
 * every model, so the comparison is fair though optimistic): per body budget k, the threshold that
 * catches the most junk lines on the sets' real pages while dropping at most k body lines (beyond the
 * rules') and no line of the clean corpus (BBC), with per-set junk kept / body lost there. The shipped
 * weights' scores are in-sample for shared dev (they saw it); every grid configuration's are out of fold
 * (each set, and each BBC section, scored by a model that never saw it).
 */
function frontier(configs: readonly Config[], budgets: readonly number[]): void {
  const models: [string, Scored[] | null][] = [
    ['shipped', shippedScores()],
    ...configs.map((c): [string, Scored[]] => [
      `${c.ruleContext ? 'rule-ctx' : 'shape'} L2 ${c.lambda}`,
      crossValidate(trainable(pages), c),
    ]),
  ];
  const rules = setNames.map((n) => atThreshold(pages, [], 1, ofSet(n)));
  const rulesKept = rules.reduce((n, r) => n + r.junkKept, 0);
  const rulesLost = rules.reduce((n, r) => n + r.bodyLost, 0);
  console.log(
    `\nfrontier (one threshold for all sets, no BBC line dropped); rules alone keep ${rulesKept} junk, lose ${rulesLost} body lines`,
  );
  for (const [name, all] of models) {
    if (!all) continue;
    const scored = values.cap === undefined ? all : capPerPage(all, Number(values.cap));
    const lines = scored.filter((s) => !s.augmented).sort((a, b) => b.p - a.p);
    const best = budgets.map(() => ({ caught: 0, lost: 0, t: 1.01 }));
    let caught = 0;
    let lost = 0;
    for (let i = 0; i < lines.length; ) {
      // Every line scored at or above lines[i].p drops at this threshold.
      const t = lines[i]!.p;
      let bbc = false;
      for (; i < lines.length && lines[i]!.p === t; i++) {
        const s = lines[i]!;
        if (isClean(s)) bbc = true;
        else if (s.junk) caught++;
        else lost++;
      }
      if (bbc) break;
      budgets.forEach((k, b) => {
        if (lost <= k && caught > best[b]!.caught) best[b] = { caught, lost, t };
      });
    }
    for (const [b, k] of budgets.entries()) {
      const { t } = best[b]!;
      const cells = setNames.map((n) => {
        const r = atThreshold(pages, scored, t, ofSet(n));
        return `${n} ${r.junkKept}/${r.bodyLost}`;
      });
      console.log(
        `  ${name.padEnd(16)} +${String(k).padEnd(3)} t ${t > 1 ? 'none ' : t.toFixed(3)} junk kept ${rulesKept - best[b]!.caught} body lost ${rulesLost + best[b]!.lost} | ${cells.join(' ')}`,
      );
    }
  }
}

/** --cap K (with --frontier): at most the K highest-scored judged lines of a page may drop; the others score -1 (never drop). */
function capPerPage(scored: readonly Scored[], k: number): Scored[] {
  const byPage = new Map<string, Scored[]>();
  for (const s of scored) {
    const page = s.where.replace(/:\d+\*?$/, '') + (s.augmented ? '*' : '');
    const list = byPage.get(page);
    if (list) list.push(s);
    else byPage.set(page, [s]);
  }
  const kept = new Set<Scored>();
  for (const list of byPage.values()) for (const s of [...list].sort((a, b) => b.p - a.p).slice(0, k)) kept.add(s);
  return scored.map((s) => (kept.has(s) ? s : { ...s, p: -1 }));
}
