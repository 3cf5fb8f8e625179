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
  options: { under: { type: 'string', multiple: true, default: [] }, top: { type: 'string', default: '30' } },
});
if (positionals.length === 0) {
  console.error('usage: profile-split.ts [--under NAME]... [--top N] FILE.cpuprofile...');
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
const selfTime = new Map<string, number>();
const inclusive = new Map<string, number>();
const under = new Map<string, Map<string, number>>(values.under.map((u) => [u, new Map()]));
let busy = 0;

function label(n: ProfileNode): string {
  const file = n.callFrame.url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`;
}
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);

for (const file of positionals) {
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
