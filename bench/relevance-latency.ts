/**
 * Search-as-you-type cost of issue 4's expansions on the BBC corpus (embedded engine): each pair
 * is the same need typed exactly and with a typo or a variant spelling. Prints the median and
 * p95 of warm searches (first page, up to 20 hits; the two sides run alternately) and the ratio
 * to the exact query. Prints only.
 *   npx tsx bench/relevance-latency.ts
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import { indexCorpus } from '../indexer/run.ts';
import { loadSynonyms } from '../indexer/synonyms.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');
const RUNS = 200;

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

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'latency-'));
try {
  const engine = await openSqliteEngine({ dataDir });
  await indexCorpus({ corpusDir: BBC, engine, mode: 'full' });
  const rules = await loadSynonyms(path.join(ROOT, 'corpus'));
  if (rules) await engine.setSynonyms(rules);
  const stats = await engine.stats();
  console.log(`BBC corpus: ${stats.articles} articles, ${stats.paragraphs} paragraphs; ${RUNS} warm runs each, ms`);
  console.log('kind'.padEnd(12) + 'exact'.padEnd(20) + 'hits median   p95  | ' + 'variant'.padEnd(18) + 'hits median   p95  | ratio');
  const cell = (t: Timing) => `${String(t.hits).padStart(4)} ${t.median.toFixed(2).padStart(6)} ${t.p95.toFixed(2).padStart(5)}`;
  for (const [kind, exact, other] of PAIRS) {
    const [a, b] = await timePair(() => engine.search({ q: exact }), () => engine.search({ q: other }));
    console.log(`${kind.padEnd(12)}${exact.padEnd(20)}${cell(a)}  | ${other.padEnd(18)}${cell(b)}  | ${(b.median / a.median).toFixed(2)}`);
  }
  await engine.close();
} finally {
  await fs.rm(dataDir, { recursive: true, force: true });
}
