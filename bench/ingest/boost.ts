/**
 * Gradient-boosted shallow trees on the logistic loss (an alternative to `logistic.ts`, compared by
 * the same cross-validation): trees can learn interactions a linear score cannot ("short AND after
 * the body AND next to chrome"). Splits are tried at a few quantiles of each feature; leaves take
 * the Newton step; shrinkage and an L2 on the leaves keep a tree from memorising one page.
 */

/** A node: a split (feature, threshold, children) or a leaf (value). */
export type TreeNode = { f: number; t: number; l: TreeNode; r: TreeNode } | { v: number };

export interface Forest {
  base: number;
  trees: TreeNode[];
}

export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  lambda: number;
  minLeaf: number;
  positiveWeight: number;
}

function thresholds(x: Float64Array, d: number, f: number, rows: readonly number[]): number[] {
  const values = [...new Set(rows.map((i) => x[i * d + f]!))].sort((a, b) => a - b);
  if (values.length <= 1) return [];
  const out = new Set<number>();
  for (let q = 1; q < 16; q++) {
    const k = Math.floor((q / 16) * (values.length - 1));
    out.add((values[k]! + values[Math.min(values.length - 1, k + 1)]!) / 2);
  }
  return [...out];
}

function grow(x: Float64Array, d: number, g: Float64Array, h: Float64Array, rows: number[], depth: number, o: BoostOptions): TreeNode {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i]!;
    H += h[i]!;
  }
  const leaf = { v: (-G / (H + o.lambda)) * o.rate };
  if (depth === 0 || rows.length < 2 * o.minLeaf) return leaf;
  const parent = (G * G) / (H + o.lambda);
  let best = { gain: 1e-9, f: -1, t: 0 };
  for (let f = 0; f < d; f++) {
    for (const t of thresholds(x, d, f, rows)) {
      let gl = 0;
      let hl = 0;
      let nl = 0;
      for (const i of rows)
        if (x[i * d + f]! <= t) {
          gl += g[i]!;
          hl += h[i]!;
          nl++;
        }
      if (nl < o.minLeaf || rows.length - nl < o.minLeaf) continue;
      const gain = (gl * gl) / (hl + o.lambda) + ((G - gl) * (G - gl)) / (H - hl + o.lambda) - parent;
      if (gain > best.gain) best = { gain, f, t };
    }
  }
  if (best.f < 0) return leaf;
  const left = rows.filter((i) => x[i * d + best.f]! <= best.t);
  const right = rows.filter((i) => x[i * d + best.f]! > best.t);
  return { f: best.f, t: best.t, l: grow(x, d, g, h, left, depth - 1, o), r: grow(x, d, g, h, right, depth - 1, o) };
}

export function treeValue(node: TreeNode, x: ArrayLike<number>, offset: number): number {
  let n = node;
  while (!('v' in n)) n = x[offset + n.f]! <= n.t ? n.l : n.r;
  return n.v;
}

export function fitForest(x: Float64Array, y: Uint8Array, d: number, o: BoostOptions): Forest {
  const n = y.length;
  const weight = (i: number) => (y[i] ? o.positiveWeight : 1);
  let pos = 0;
  let all = 0;
  for (let i = 0; i < n; i++) {
    pos += y[i]! * weight(i);
    all += weight(i);
  }
  const base = Math.log(pos / Math.max(1e-9, all - pos));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const rows = Array.from({ length: n }, (_, i) => i);
  const trees: TreeNode[] = [];
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = weight(i) * (p - y[i]!);
      h[i] = weight(i) * p * (1 - p);
    }
    const tree = grow(x, d, g, h, rows, o.depth, o);
    trees.push(tree);
    for (let i = 0; i < n; i++) score[i]! += treeValue(tree, x, i * d);
  }
  return { base, trees };
}

export function predictForest(forest: Forest, x: Float64Array, d: number): Float64Array {
  const n = x.length / d;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = forest.base;
    for (const t of forest.trees) s += treeValue(t, x, i * d);
    out[i] = 1 / (1 + Math.exp(-s));
  }
  return out;
}
