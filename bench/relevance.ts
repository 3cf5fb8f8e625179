/**
 * `npm run relevance`: index ../shared/corpora/bbc-news (read in place, never copied) with the
 * synonym list of corpus/, run the judged queries of bench/relevance-bbc-judged.ts and print
 * recall@10 and MRR per query, per kind and overall, so ranking changes are measured, not guessed.
 * The embedded engine by default; Meilisearch when MEILI_URL is set (MEILI_API_KEY, a throwaway
 * index named relevance_<pid>, deleted afterwards). Prints figures; asserts nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEngine } from '../engine/index.ts';
import type { SearchEngine } from '../engine/types.ts';
import { indexCorpus } from '../indexer/run.ts';
import { loadSynonyms } from '../indexer/synonyms.ts';
import { bbcJudgements, type BbcJudgement } from './relevance-bbc-judged.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');

export interface Scored {
  judged: BbcJudgement;
  recall: number;
  reciprocalRank: number;
}

/** Article-level: a hit counts for the article it belongs to; ten hits may show fewer articles. */
export async function score(engine: SearchEngine, judgements: BbcJudgement[], idOf: (file: string) => string | undefined): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const judged of judgements) {
    const wanted = new Set(judged.articles.map((f) => idOf(f)).filter((id): id is string => id !== undefined));
    const { hits } = await engine.search({ q: judged.q, perPage: 10 });
    const found = new Set(hits.map((h) => h.articleId).filter((id) => wanted.has(id)));
    const first = hits.findIndex((h) => wanted.has(h.articleId));
    out.push({ judged, recall: wanted.size === 0 ? 0 : found.size / wanted.size, reciprocalRank: first === -1 ? 0 : 1 / (first + 1) });
  }
  return out;
}

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'relevance-'));
  const meiliUrl = process.env.MEILI_URL?.trim() || undefined;
  const engine = await openEngine({
    dataDir,
    role: 'indexer',
    ...(meiliUrl ? { meiliUrl, meiliApiKey: process.env.MEILI_API_KEY, meiliIndex: `relevance_${process.pid}` } : {}),
  });
  try {
    const started = performance.now();
    await indexCorpus({ corpusDir: BBC, engine, mode: 'full' });
    const rules = await loadSynonyms(path.join(ROOT, 'corpus'));
    if (rules) await engine.setSynonyms(rules);
    const articles = await engine.listArticles();
    console.log(`${engine.name}: indexed ${articles.length} articles from ${BBC} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const idOf = (file: string) => articles.find((a) => a.source === `news/${file}` || a.source.endsWith(`/${file}`))?.id;

    const scored = await score(engine, bbcJudgements, idOf);
    const missing = bbcJudgements.flatMap((j) => j.articles).filter((f) => idOf(f) === undefined);
    if (missing.length > 0) console.log(`warning: judged articles not in the index: ${missing.join(', ')}`);
    console.log('\nquery'.padEnd(36) + 'kind'.padEnd(10) + 'recall@10  RR');
    for (const s of scored) {
      console.log(`${s.judged.q.padEnd(35)}${s.judged.kind.padEnd(10)}${s.recall.toFixed(2).padStart(9)}  ${s.reciprocalRank.toFixed(2)}`);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log('');
    for (const kind of [...new Set(scored.map((s) => s.judged.kind))]) {
      const of = scored.filter((s) => s.judged.kind === kind);
      console.log(`${kind.padEnd(10)} n=${String(of.length).padEnd(3)} recall@10 ${mean(of.map((s) => s.recall)).toFixed(3)}  MRR ${mean(of.map((s) => s.reciprocalRank)).toFixed(3)}`);
    }
    console.log(`${'all'.padEnd(10)} n=${String(scored.length).padEnd(3)} recall@10 ${mean(scored.map((s) => s.recall)).toFixed(3)}  MRR ${mean(scored.map((s) => s.reciprocalRank)).toFixed(3)}`);
  } finally {
    await engine.close();
    await fs.rm(dataDir, { recursive: true, force: true });
    if (meiliUrl) {
      const { Meilisearch } = await import('meilisearch');
      const client = new Meilisearch({ host: meiliUrl, apiKey: process.env.MEILI_API_KEY });
      for (const uid of [`relevance_${process.pid}`, `relevance_${process.pid}_articles`]) await client.deleteIndexIfExists(uid);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
