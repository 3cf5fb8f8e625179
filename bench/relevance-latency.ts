/**
 * Search-as-you-type cost of issue 4's expansions on the BBC corpus (embedded engine): each pair
 * is the same need typed exactly and with a typo or a variant spelling. Prints the median and
 * p95 of warm searches (first page, up to 20 hits; the two sides run alternately), the time of
 * each query's first run, and the ratios to the exact query. Prints only.
 *   npx tsx bench/relevance-latency.ts
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import type { SearchEngine } from '../engine/contract/types.ts';
import { indexCorpus } from '../indexer/run.ts';
import { loadSynonyms } from '../indexer/read/synonyms.ts';
import { BBC_CORPUS } from './corpora.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BBC = BBC_CORPUS;
const RUNS = 200;
const FIRST_SEEN = 300;

const PAIRS: Array<[kind: string, exact: string, other: string]> = [
  ['typo', 'government', 'goverment'],
  ['typo', 'Barclays', 'Barclys'],
  ['typo', 'Eurovision', 'Eurovisoin'],
  ['typo', 'election campaign', 'elecion campaign'],
  ['typo prefix', 'governm', 'govenm'],
  ['synonym', 'Burma', 'Myanmar'],
  ['synonym', 'Qaeda', 'Qaida'],
  ['synonym', 'Beijing', 'Peking'],
  ['synonym', 'ceasefire', 'truce'],
  ['compound', 'email', 'e-mail'],
];

interface Timing {
  median: number;
  p95: number;
  hits: number;
}

/**
 * Both queries of a pair, alternately, so a noisy neighbour or a GC pause weighs on both sides
 * alike rather than on whichever ran second.
 */
async function timePair(a: () => Promise<{ hits: unknown[] }>, b: () => Promise<{ hits: unknown[] }>): Promise<[Timing, Timing]> {
  for (let i = 0; i < 20; i++) {
    await a();
    await b();
  }
  const samples: [number[], number[]] = [[], []];
  const hits = [0, 0];
  for (let i = 0; i < RUNS; i++) {
    for (const [side, search] of [a, b].entries()) {
      const t = performance.now();
      const result = await search();
      samples[side]!.push(performance.now() - t);
      hits[side] = result.hits.length;
    }
  }
  return samples.map((s, side) => {
    s.sort((x, y) => x - y);
    return { median: s[Math.floor(RUNS / 2)]!, p95: s[Math.floor(RUNS * 0.95)]!, hits: hits[side]! };
  }) as [Timing, Timing];
}

/**
 * Search-as-you-type mostly meets queries for the first time, when nothing of them is cached.
 * Words of 6+ letters from the corpus itself, spread over its frequency ranks, each searched once
 * exactly and once misspelt (a middle letter dropped, or two neighbours swapped), alternately;
 * and every variant of the synonym list once, beside as many first-seen exact words.
 */
async function firstSeen(engine: SearchEngine): Promise<void> {
  const counts = new Map<string, number>();
  for (const file of await textFiles(BBC)) {
    for (const w of (await fs.readFile(file, 'utf8')).toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const words = Array.from({ length: FIRST_SEEN }, (_, i) => ranked[Math.floor((i * ranked.length) / FIRST_SEEN)]!);
  const misspelt = words.map((w, i) => {
    const k = 1 + (i % (w.length - 2));
    return i % 2 === 0 ? w.slice(0, k) + w.slice(k + 1) : w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  });
  const rules = await loadSynonyms(path.join(ROOT, 'corpus'));
  const variants = [...new Set([...(rules?.groups ?? []).flat(), ...(rules?.oneWay ?? []).map((r) => r.from)])];
  const time = async (q: string) => {
    const t = performance.now();
    await engine.search({ q });
    return performance.now() - t;
  };
  const typo: number[] = [];
  const exact: number[] = [];
  // Which goes first alternates: the second of a pair finds the word's pages in SQLite's cache.
  for (let i = 0; i < words.length; i++) {
    if (i % 2 === 0) exact.push(await time(words[i]!));
    typo.push(await time(misspelt[i]!));
    if (i % 2 === 1) exact.push(await time(words[i]!));
  }
  const synonym: number[] = [];
  const exactBeside: number[] = [];
  const others = ranked.filter((w) => !words.includes(w));
  for (let i = 0; i < variants.length; i++) {
    exactBeside.push(await time(others[Math.floor((i * others.length) / variants.length)]!));
    synonym.push(await time(variants[i]!));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
  const line = (label: string, xs: number[], base: number[]) =>
    `${label.padEnd(30)}${String(xs.length).padStart(4)} queries  mean ${mean(xs).toFixed(2).padStart(5)}  p95 ${p95(xs).toFixed(2).padStart(5)}  | exact beside them: mean ${mean(base).toFixed(2).padStart(5)}  p95 ${p95(base).toFixed(2).padStart(5)}  | ratio ${(mean(xs) / mean(base)).toFixed(2)}`;
  console.log('\nFirst seen (nothing of the query cached), ms:');
  console.log(line('misspelt words', typo, exact));
  console.log(line('synonym list variants', synonym, exactBeside));
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'latency-'));
try {
  const engine = await openSqliteEngine({ dataDir });
  await indexCorpus({ corpusDir: BBC, engine, mode: 'full' });
  const rules = await loadSynonyms(path.join(ROOT, 'corpus'));
  if (rules) await engine.setSynonyms(rules);
  const stats = await engine.stats();
  console.log(`BBC corpus: ${stats.articles} articles, ${stats.paragraphs} paragraphs; ${RUNS} warm runs each, ms`);
  console.log('Repeated (paging, facet clicks, the same keystrokes again):');
  console.log(`${'kind'.padEnd(12)}${'exact'.padEnd(20)}hits median   p95  | ${'variant'.padEnd(18)}hits median   p95  | ratio`);
  const cell = (t: Timing) => `${String(t.hits).padStart(4)} ${t.median.toFixed(2).padStart(6)} ${t.p95.toFixed(2).padStart(5)}`;
  // Per-snapshot structures are built on first use (the snapshot, the vocabulary's first-letter
  // index): build them with unrelated queries, so "first" is each query's own first cost.
  for (const q of ['the', 'parliamnt', 'zzyzx']) await engine.search({ q });
  for (const [kind, exact, other] of PAIRS) {
    const [a, b] = await timePair(
      () => engine.search({ q: exact }),
      () => engine.search({ q: other }),
    );
    console.log(`${kind.padEnd(12)}${exact.padEnd(20)}${cell(a)}  | ${other.padEnd(18)}${cell(b)}  | ${(b.median / a.median).toFixed(2)}`);
  }
  await firstSeen(engine);
  await engine.close();
} finally {
  await fs.rm(dataDir, { recursive: true, force: true });
}
