/**
 * `npx tsx bench/ingest/profile-split.ts [--under NAME]... [--top N] FILE.cpuprofile...`: where a
 * build's CPU goes, from the V8 profiles `node --cpu-prof dist/indexer/cli.js --full --no-prepare`
 * writes (one per thread: give them all). Shares are of the samples that ran code (idle left out),
 * summed over the files: the top functions by self time and by inclusive time (a function counted
 * once per sample however deep it recurses), and with `--under NAME` what each direct callee of
 * NAME costs, its own time as `(self)`: the question every speed round asks first ("how much of
 * `outletCandidates` is `promptNames`?"). Functions are named as `name file:line` (the built
 * dist's lines). Reads no page.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    under: { type: 'string', multiple: true, default: [] },
    top: { type: 'string', default: '30' },
    stages: { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: profile-split.ts [--under NAME]... [--top N] [--stages] FILE.cpuprofile...');
  process.exit(2);
}
const top = Number(values.top);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);

/**
 * Frames that mark a build stage, as `name dir/file.js` (the dist's file): a sample is the stage of
 * its innermost marking frame (a date read inside the furniture sample is the furniture sample's).
 * The rules' stages first: the page rules (cleaning), the metadata, what the corpus learns from
 * its pages; then what no rule touches.
 */
const STAGES: ReadonlyArray<readonly [stage: string, frames: readonly string[]]> = [
  ['rules: cleaning', ['cleanText clean/index.js', 'dropFurniture indexer/pipeline.js', 'withoutOutletLines clean/outlet-lines.js']],
  ['rules: metadata', ['settleMetadata infer/index.js']],
  [
    'rules: corpus learning',
    [
      'furnitureSampleOf clean/furniture.js',
      'furnitureFound indexer/pipeline.js',
      'siteOutlet indexer/pipeline.js',
      'addSample clean/furniture.js',
      'takeOutFurniture indexer/furniture-fixup.js',
    ],
  ],
  ['page lines and paragraph split', ['pageLines clean/page-lines.js', 'splitParagraphs split/paragraphs.js']],
  ['reading and parsing files', ['readFileDocuments read/read-file.js', 'readJsonLines formats/records.js', 'decodeBytes read/decode.js']],
  ['content hash', ['contentHash indexer/pipeline.js']],
  ['writer: FTS5 index of each batch', ['write sqlite/build.js']],
  ['writer: row inserts', ['writeRows sqlite/write.js', 'toRowBatch sqlite/write.js']],
  ['writer: copy fingerprints', ['fingerprint text/copies.js']],
  ['writer: finish (optimize, sync)', ['finish sqlite/build.js']],
  ['messages between threads', ['serialize node:v8', 'deserialize node:v8', 'postMessage node:internal/worker']],
  // The per-article rows a report keeps only with --json or --report (the bench runs without).
  ['report rows and output', ['accept indexer/report.js', 'copyReport indexer/report.js', 'output indexer/cli.js']],
  [
    'start-up (modules, language tables)',
    ['compileSourceTextModule esm/utils', 'loadLanguageDetector infer/language.js', 'ngramDetector infer/language.js'],
  ],
];
const stageOf = new Map<string, string>(STAGES.flatMap(([stage, frames]) => frames.map((f) => [f, stage] as const)));
/** Stage → seconds by file (thread). */
const stages = new Map<string, number[]>();
/** What the samples of no stage ran, by their innermost frames: where a new marker is wanted. */
const unstaged = new Map<string, number>();
const selfTime = new Map<string, number>();
const inclusive = new Map<string, number>();
const under = new Map<string, Map<string, number>>(values.under.map((u) => [u, new Map()]));
let busy = 0;

function label(n: ProfileNode): string {
  const file = n.callFrame.url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`;
}
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);

/** The sample's three innermost frames, the caller first. */
function innerFrames(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): string {
  const frames: string[] = [];
  for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) frames.push(label(byId.get(c)!));
  return frames.slice(0, 3).reverse().join(' > ');
}

/** The stage of the sample whose innermost frame is `id`. */
function sampleStage(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): string {
  if (byId.get(id)!.callFrame.functionName === '(garbage collector)') return 'GC';
  for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
    const { functionName, url } = byId.get(c)!.callFrame;
    const stage = stageOf.get(`${functionName} ${url.split('/').slice(-2).join('/')}`);
    if (stage !== undefined) return stage;
  }
  return 'other';
}

for (const [fileIndex, file] of positionals.entries()) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  p.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let fileBusy = 0;
  for (const [id, t] of perNode) {
    const n = byId.get(id)!;
    if (IDLE.has(n.callFrame.functionName)) continue;
    fileBusy += t;
    add(selfTime, label(n), t);
    if (values.stages) {
      const stage = sampleStage(id, byId, parent);
      if (!stages.has(stage))
        stages.set(
          stage,
          positionals.map(() => 0),
        );
      stages.get(stage)![fileIndex]! += t;
      if (stage === 'other') add(unstaged, innerFrames(id, byId, parent), t);
    }
    // Walk up the stack: each function once per sample, and for --under the callee right below NAME's outermost frame.
    const seen = new Set<string>();
    const seenUnder = new Set<string>();
    let below = label(n);
    for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
      const node = byId.get(c)!;
      const k = label(node);
      if (!seen.has(k)) {
        seen.add(k);
        add(inclusive, k, t);
      }
      const name = node.callFrame.functionName;
      const split = under.get(name);
      if (split && !seenUnder.has(name)) {
        // The outermost frame of NAME decides: find it by going on up first.
        let outer = true;
        for (let a = parent.get(c); a !== undefined; a = parent.get(a)) if (byId.get(a)!.callFrame.functionName === name) outer = false;
        if (outer) {
          seenUnder.add(name);
          add(split, c === id ? '(self)' : below, t);
        }
      }
      below = k;
    }
  }
  console.log(`${file}: ${(fileBusy / 1e6).toFixed(1)} s of samples running code`);
  busy += fileBusy;
}

const pct = (t: number) => `${((100 * t) / busy).toFixed(2).padStart(6)} %`;
const list = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
};
console.log(`all files: ${(busy / 1e6).toFixed(1)} s running code; shares below are of that`);
list('self time', selfTime);
list('inclusive time', inclusive);
for (const [name, m] of under) {
  let sum = 0;
  for (const t of m.values()) sum += t;
  list(`under ${name} (${pct(sum).trim()} in all)`, m);
}
if (values.stages) {
  console.log(`\nby build stage: % of all files' busy time, then seconds by file (thread) in the order given`);
  for (const [stage, byFile] of [...stages].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y)))
    console.log(
      `${pct(byFile.reduce((x, y) => x + y))}  ${stage.padEnd(38)} ${byFile.map((t) => (t / 1e6).toFixed(1).padStart(7)).join('')}`,
    );
  list("'other' by its innermost frames", unstaged);
}
