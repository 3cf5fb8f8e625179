/**
 * Search-as-you-type cost of issue 4's expansions on the BBC corpus (embedded engine): each pair
 * is the same need typed exactly and with a typo or a variant spelling. Prints the median and
 * p95 of warm searches (first page, 20 hits) and the ratio to the exact query. Prints only.
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

async function time(search: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 20; i++) await search();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await search();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, p95: samples[Math.floor(RUNS * 0.95)]! };
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'latency-'));
try {
  const engine = await openSqliteEngine({ dataDir });
  await indexCorpus({ corpusDir: BBC, engine, mode: 'full' });
  const rules = await loadSynonyms(path.join(ROOT, 'corpus'));
  if (rules) await engine.setSynonyms(rules);
  const stats = await engine.stats();
  console.log(`BBC corpus: ${stats.articles} articles, ${stats.paragraphs} paragraphs; ${RUNS} warm runs each, ms`);
  console.log('kind'.padEnd(12) + 'exact'.padEnd(20) + 'median   p95  | ' + 'variant'.padEnd(18) + 'median   p95  | ratio');
  for (const [kind, exact, other] of PAIRS) {
    const a = await time(() => engine.search({ q: exact }));
    const b = await time(() => engine.search({ q: other }));
    console.log(
      `${kind.padEnd(12)}${exact.padEnd(20)}${a.median.toFixed(2).padStart(6)} ${a.p95.toFixed(2).padStart(5)}  | ${other.padEnd(18)}${b.median.toFixed(2).padStart(6)} ${b.p95.toFixed(2).padStart(5)}  | ${(b.median / a.median).toFixed(2)}`,
    );
  }
  await engine.close();
} finally {
  await fs.rm(dataDir, { recursive: true, force: true });
}
