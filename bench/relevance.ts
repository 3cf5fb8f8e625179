/**
 * `npm run relevance`: index ../shared/corpora/bbc-news (read in place, never copied) with the
 * synonym list of corpus/, then
 * - the 62 graded queries of bench/relevance-graded.ts: nDCG@10, precision@10 and relevant hits in
 *   the top ten per query, per kind and overall, and the zero-result rate, each beside the figures
 *   recorded for the code before (bench/relevance-baseline.json; `--record` rewrites that file);
 *   a query that lost more than one relevant hit from its top ten is flagged;
 * - the 35 article-level queries of bench/relevance-bbc-judged.ts: recall@10 and MRR.
 * The embedded engine by default; Meilisearch when MEILI_URL is set (MEILI_API_KEY, a throwaway
 * index named relevance_<pid>, deleted afterwards). Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEngine } from '../engine/contract/open-engine.ts';
import type { SearchEngine } from '../engine/contract/types.ts';
import { indexCorpus } from '../indexer/run.ts';
import { loadSynonyms } from '../indexer/read/synonyms.ts';
import { bbcJudgements, type BbcJudgement } from './relevance-bbc-judged.ts';
import { gradedQueries, type GradedQuery } from './relevance-graded.ts';
import { queryFigures, summarise, type QueryFigures, type Summary } from './relevance-metrics.ts';
import { BBC_CORPUS } from './corpora.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BBC = BBC_CORPUS;
const BASELINE = path.join(ROOT, 'bench/relevance-baseline.json');

export interface Scored {
  judged: BbcJudgement;
  recall: number;
  reciprocalRank: number;
}

/** What bench/relevance-baseline.json holds: the figures of one earlier run, per engine. */
interface Baseline {
  recordedAt: string;
  commit: string;
  engine: string;
  queries: Record<string, QueryFigures>;
  summary: Summary;
}

/** Article-level: a hit counts for the article it belongs to; ten hits may show fewer articles. */
export async function score(
  engine: SearchEngine,
  judgements: BbcJudgement[],
  idOf: (file: string) => string | undefined,
): Promise<Scored[]> {
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

export async function gradedFigures(
  engine: SearchEngine,
  queries: GradedQuery[],
): Promise<Array<{ judged: GradedQuery; figures: QueryFigures }>> {
  const out: Array<{ judged: GradedQuery; figures: QueryFigures }> = [];
  for (const judged of queries) {
    const result = await engine.search({ q: judged.q, perPage: 10 });
    out.push({
      judged,
      figures: queryFigures(
        judged,
        result.hits.map((h) => h.id),
        result.total,
      ),
    });
  }
  return out;
}

async function readBaseline(engineName: string): Promise<Baseline | null> {
  try {
    const all = JSON.parse(await fs.readFile(BASELINE, 'utf8')) as Record<string, Baseline>;
    return all[engineName] ?? null;
  } catch {
    return null;
  }
}

async function recordBaseline(baseline: Baseline): Promise<void> {
  let all: Record<string, Baseline> = {};
  try {
    all = JSON.parse(await fs.readFile(BASELINE, 'utf8')) as Record<string, Baseline>;
  } catch {
    // First recording.
  }
  all[baseline.engine] = baseline;
  await fs.writeFile(BASELINE, `${JSON.stringify(all, null, 1)}\n`);
}

function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const f2 = (x: number | null | undefined): string => (x === null || x === undefined ? '   -' : x.toFixed(2));

function printGraded(figures: Array<{ judged: GradedQuery; figures: QueryFigures }>, before: Baseline | null): void {
  const was = (q: string) => before?.queries[q];
  console.log(
    `\ngraded set: ${figures.length} queries; before = ${before ? `${before.commit} (${before.recordedAt.slice(0, 10)})` : 'no baseline recorded'}`,
  );
  console.log(
    `${'query'.padEnd(30)}${'kind'.padEnd(11)}${'nDCG@10 before→now'.padEnd(21)}${'P@10 before→now'.padEnd(18)}${'rel'.padEnd(9)}${'total before→now'.padEnd(18)}notes`,
  );
  const lost: string[] = [];
  for (const { judged, figures: now } of figures) {
    const b = was(judged.q);
    const notes: string[] = [];
    if (now.unjudged > 0) notes.push(`${now.unjudged} unjudged`);
    if (now.zero) notes.push('no hits');
    if (b && b.relevant - now.relevant > 1) {
      notes.push(`LOST ${b.relevant - now.relevant} relevant`);
      lost.push(judged.q);
    }
    console.log(
      `${judged.q.slice(0, 29).padEnd(30)}${judged.kind.padEnd(11)}${`${f2(b?.ndcg)} → ${f2(now.ndcg)}`.padEnd(21)}${`${f2(b?.precision)} → ${f2(now.precision)}`.padEnd(18)}` +
        `${`${b?.relevant ?? '-'}→${now.relevant}`.padEnd(9)}${`${b?.total ?? '-'} → ${now.total}`.padEnd(18)}${notes.join(', ')}`,
    );
  }
  console.log('');
  const kinds = [...new Set(figures.map((f) => f.judged.kind))];
  const line = (label: string, of: typeof figures) => {
    const now = summarise(of);
    const prior = before
      ? summarise(of.map((f) => ({ judged: f.judged, figures: before.queries[f.judged.q]! })).filter((f) => f.figures))
      : null;
    const absent = of.every((f) => f.figures.ndcg === null);
    const body = absent
      ? `zero-result rate ${f2(prior?.absentZeroRate)} → ${f2(now.absentZeroRate)} (the word is not in the corpus)`
      : `nDCG@10 ${f2(prior?.ndcg)} → ${f2(now.ndcg)}   P@10 ${f2(prior?.precision)} → ${f2(now.precision)}   zero-result rate ${f2(prior?.zeroRate)} → ${f2(now.zeroRate)}`;
    console.log(`${label.padEnd(11)} n=${String(of.length).padEnd(3)} ${body}`);
  };
  for (const kind of kinds)
    line(
      kind,
      figures.filter((f) => f.judged.kind === kind),
    );
  line('all', figures);
  const all = summarise(figures);
  const prior = before?.summary;
  console.log(`${''.padEnd(11)}       absent words: zero-result rate ${f2(prior?.absentZeroRate)} → ${f2(all.absentZeroRate)}`);
  console.log(
    lost.length === 0
      ? 'no query lost more than one relevant hit from its top ten'
      : `queries that lost more than one relevant hit: ${lost.join(', ')}`,
  );
}

async function main(): Promise<void> {
  const record = process.argv.includes('--record');
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
    console.log(
      `${engine.name}: indexed ${articles.length} articles from ${BBC} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const graded = await gradedFigures(engine, gradedQueries);
    const before = await readBaseline(engine.name);
    printGraded(graded, record ? null : before);
    if (record) {
      await recordBaseline({
        recordedAt: new Date().toISOString(),
        commit: currentCommit(),
        engine: engine.name,
        queries: Object.fromEntries(graded.map((g) => [g.judged.q, g.figures])),
        summary: summarise(graded),
      });
      console.log(`recorded these figures as the baseline in ${path.relative(ROOT, BASELINE)}`);
    }

    const idOf = (file: string) => articles.find((a) => a.source === `news/${file}` || a.source.endsWith(`/${file}`))?.id;
    const scored = await score(engine, bbcJudgements, idOf);
    const missing = bbcJudgements.flatMap((j) => j.articles).filter((f) => idOf(f) === undefined);
    if (missing.length > 0) console.log(`warning: judged articles not in the index: ${missing.join(', ')}`);
    console.log(`${'\narticle-level set\nquery'.padEnd(36)}${'kind'.padEnd(10)}recall@10  RR`);
    for (const s of scored) {
      console.log(`${s.judged.q.padEnd(35)}${s.judged.kind.padEnd(10)}${s.recall.toFixed(2).padStart(9)}  ${s.reciprocalRank.toFixed(2)}`);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log('');
    for (const kind of [...new Set(scored.map((s) => s.judged.kind))]) {
      const of = scored.filter((s) => s.judged.kind === kind);
      console.log(
        `${kind.padEnd(10)} n=${String(of.length).padEnd(3)} recall@10 ${mean(of.map((s) => s.recall)).toFixed(3)}  MRR ${mean(of.map((s) => s.reciprocalRank)).toFixed(3)}`,
      );
    }
    console.log(
      `${'all'.padEnd(10)} n=${String(scored.length).padEnd(3)} recall@10 ${mean(scored.map((s) => s.recall)).toFixed(3)}  MRR ${mean(scored.map((s) => s.reciprocalRank)).toFixed(3)}`,
    );
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
