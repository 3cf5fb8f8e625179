/**
 * `npm run bench -- --paragraphs 1000000`: the embedded engine at scale, end to end, beside a plain
 * FTS5 baseline measured in the same run.
 *
 * 1. Writes a corpus of exactly N paragraphs of real BBC News text (../shared/corpora/bbc-news,
 *    read in place) as JSONL into a temporary folder (bench/scale/corpus.ts), shaped as a
 *    scraper's records: page furniture around the story, most stating no language.
 * 2. Indexes it with the real indexer (`indexer/cli.ts --full`, its own process): wall time, CPU
 *    time (all its threads; steadier than wall time when other work shares the machine) and peak
 *    RSS (VmHWM). The corpus files are fsynced as written, so no write-back of them runs meanwhile.
 * 3. Starts the real server (`server/start.ts`, PORT=0), and a second one for the collapsed side,
 *    and, first, asks the first-seen workload (bench/scale/first-seen.ts: ~1,900 distinct queries
 *    drawn with --seed) once each, one connection, plain on the first and collapsed (dedupe=1) on
 *    the second, alternately; the second server is then stopped. Then drives `/api/search` with autocannon from this process: each warm pool
 *    (bench/scale/queries.ts) alone on one connection (latency), then the whole mix on 32
 *    connections (sustained throughput, errors). Then the server's VmHWM.
 * 4. Runs the baseline (bench/scale/baseline.ts, its own process): bulk insert into a bare FTS5
 *    table, then the same first-seen list and pools in-process with bm25 top 20 + highlight +
 *    count + GROUP BY facets.
 * Prints the first-seen table and the warm table, and writes bench/out/bench-<N>.json.
 *
 * Options: `npm run bench -- --help`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { badUsage, commandLine, seconds, wholeNumber } from './scale/args.ts';
import { askPaired, untilSearching, type Answered } from './scale/ask-once.ts';
import { runToEnd, startServer, type RunningServer } from './scale/children.ts';
import { readSource, writeCorpus } from './scale/corpus.ts';
import { DEFAULT_FIRST_SEEN, drawFirstSeen } from './scale/first-seen.ts';
import { firstSeenFigures } from './scale/first-seen-table.ts';
import { load, type LoadResult } from './scale/load.ts';
import { memoryOf, percentiles, type Percentiles } from './scale/proc.ts';
import { apiPath, QUERY_KINDS } from './scale/queries.ts';
import { renderTable, type BaselineTotals, type BenchFigures } from './scale/table.ts';
import { sourceWords } from './scale/word-bands.ts';
import { BBC_NEWS } from './corpora.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const USAGE = `Usage: npm run bench -- [options]

  --paragraphs <n>      paragraphs in the generated corpus (default 200000)
  --seconds <s>         seconds per query kind, one connection (default 5)
  --mixed-seconds <s>   seconds of the whole mix (default 20)
  --connections <c>     connections for the mix (default 32)
  --first-seen <n>      distinct queries asked once each, first (default ${DEFAULT_FIRST_SEEN})
  --seed <n>            which draw of first-seen queries (default 1): the same seed, the same queries
  --out <dir>           where bench-<n>.json goes (default bench/out)
  --source <dir>        the BBC news folder (default ../shared/corpora/bbc-news/news)
  --no-baseline         skip the bare-FTS5 baseline (its columns show —)
  --keep                keep the temporary corpus and index (for bench/serve.ts)
  -h, --help            show this help`;

const args = commandLine(USAGE, {
  paragraphs: { type: 'string', default: '200000' },
  seconds: { type: 'string', default: '5' },
  'mixed-seconds': { type: 'string', default: '20' },
  connections: { type: 'string', default: '32' },
  'first-seen': { type: 'string', default: String(DEFAULT_FIRST_SEEN) },
  seed: { type: 'string', default: '1' },
  out: { type: 'string', default: path.join(ROOT, 'bench', 'out') },
  source: { type: 'string', default: BBC_NEWS },
  keep: { type: 'boolean', default: false },
  'no-baseline': { type: 'boolean', default: false },
});
const paragraphs = wholeNumber('paragraphs', args.paragraphs, 1, 20_000_000, USAGE);
const perKindSeconds = seconds('seconds', args.seconds, 600, USAGE);
const mixedSeconds = seconds('mixed-seconds', args['mixed-seconds'], 3600, USAGE);
const connections = wholeNumber('connections', args.connections, 1, 1000, USAGE);
const firstSeenCount = wholeNumber('first-seen', args['first-seen'], 10, 100_000, USAGE);
const seed = wholeNumber('seed', args.seed, 0, 2 ** 32 - 1, USAGE);
if (!fs.existsSync(args.source)) badUsage(`--source ${args.source} does not exist`, USAGE);

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nutgraf-bench-'));
const corpusDir = path.join(tmp, 'corpus');
const dataDir = path.join(tmp, 'data');

/** The 1-minute load average, said beside timings: on a shared machine wall time follows it. */
const loadNow = () => os.loadavg()[0]!.toFixed(1);

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

type BaselineFigures = BaselineTotals & { kinds: Record<string, Percentiles & { qps: number; totals: number[] }>; firstSeen: Answered[] };

/** The bare-FTS5 baseline in its own process, over the same corpus and first-seen list. */
async function runBaseline(corpusDir: string, db: string, firstSeenFile: string): Promise<BaselineFigures> {
  say('baseline: bare FTS5 table, in-process');
  const run = await runToEnd(ROOT, 'bench/scale/baseline.ts', [
    '--corpus',
    corpusDir,
    '--db',
    db,
    '--seconds',
    String(perKindSeconds),
    '--first-seen',
    firstSeenFile,
  ]);
  const line = run.stdout.split('\n').find((l) => l.startsWith('BASELINE '));
  if (run.code !== 0 || line === undefined) throw new Error(`baseline failed (${run.code}):\n${run.stderr}`);
  return JSON.parse(line.slice('BASELINE '.length)) as BaselineFigures;
}

/** --no-baseline: every baseline figure unknown (the tables show —). */
function skippedBaseline(firstSeenCount: number): BaselineFigures {
  say('baseline: skipped (--no-baseline)');
  const kinds = Object.fromEntries(
    QUERY_KINDS.map(({ kind, queries }) => [
      kind,
      { n: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN, qps: NaN, totals: queries.map(() => NaN) },
    ]),
  );
  const firstSeen = Array.from({ length: firstSeenCount }, () => ({ ms: NaN, total: NaN }));
  return { paragraphs: NaN, insertSeconds: NaN, insertRate: NaN, insertPeakRss: NaN, peakRss: NaN, dbBytes: NaN, kinds, firstSeen };
}

/**
 * The servers the first-seen pass asks: the one the rest of the run measures (plain, `dedupe=0`)
 * and one for the collapsed side (`dedupe=1`, issue 24: within 1.5× of plain), started together so
 * that both are the same age when the pass begins. Started apart, the first one sat idle while the
 * second loaded its snapshot, and V8's memory reducer shrank its heap meanwhile; that server then
 * collected its old generation two to four times as often during the pass (5-8 major collections
 * of the serving thread against 2-3), and whichever side went first took more stalls.
 */
async function startPair(dataDir: string, corpusDir: string): Promise<{ plain: RunningServer; collapsed: RunningServer }> {
  say('starting server/start.ts twice: the measured server, and one for the collapsed side of the first-seen pass');
  const env = { DATA_DIR: dataDir, CORPUS_DIR: corpusDir };
  const [plain, collapsed] = await Promise.allSettled([startServer(ROOT, env), startServer(ROOT, env)]);
  if (plain.status === 'rejected' || collapsed.status === 'rejected') {
    for (const started of [plain, collapsed]) if (started.status === 'fulfilled') await started.value.stop();
    throw plain.status === 'rejected' ? plain.reason : (collapsed as PromiseRejectedResult).reason;
  }
  await Promise.all([untilSearching(plain.value.url), untilSearching(collapsed.value.url)]);
  return { plain: plain.value, collapsed: collapsed.value };
}

try {
  const firstSeen = drawFirstSeen(sourceWords(readSource(args.source)), { seed, total: firstSeenCount });
  const firstSeenFile = path.join(tmp, 'first-seen.json');
  fs.writeFileSync(firstSeenFile, JSON.stringify(firstSeen));
  say(`first seen: ${firstSeen.length} distinct queries drawn with --seed ${seed} (${firstSeenFile})`);

  say(`writing ${paragraphs.toLocaleString('en')} paragraphs into ${corpusDir}`);
  const corpus = writeCorpus(args.source, corpusDir, paragraphs, path.join(ROOT, 'corpus', 'synonyms.yaml'));
  say(
    `corpus: ${corpus.articles} articles in ${corpus.files} JSONL files, ${(corpus.bytes / 1e6).toFixed(0)} MB, ` +
      `${corpus.furniture} furniture lines around the story's paragraphs`,
  );

  say(`indexing with indexer/cli.ts --full (the corpus is on disk: fsynced as written; 1-minute load ${loadNow()})`);
  // Preparing answers is its own step (timed apart): the build's rate is the indexer's alone.
  const indexed = await runToEnd(ROOT, 'indexer/cli.ts', ['--full', '--no-prepare', '--corpus', corpusDir, '--data', dataDir]);
  if (indexed.code !== 0) throw new Error(`indexer failed (${indexed.code}):\n${indexed.stdout}\n${indexed.stderr}`);
  const counts = /Indexed (\d+) article\(s\), (\d+) paragraph\(s\)/.exec(indexed.stdout);
  const indexedParagraphs = counts ? Number(counts[2]) : NaN;
  say(
    `indexed ${indexedParagraphs} paragraphs in ${indexed.seconds.toFixed(1)} s, ${indexed.cpuSeconds.toFixed(1)} s of CPU, ` +
      `peak RSS ${(indexed.peakRss / 2 ** 20).toFixed(0)} MB (1-minute load ${loadNow()})`,
  );
  say('preparing answers with indexer/prepare.ts');
  const prepared = await runToEnd(ROOT, 'indexer/prepare.ts', ['--data', dataDir]);
  if (prepared.code !== 0) throw new Error(`preparing answers failed (${prepared.code}):\n${prepared.stdout}\n${prepared.stderr}`);
  const answerCount = Number(/Prepared (\d+) answer/.exec(prepared.stdout)?.[1] ?? NaN);
  say(`prepared ${answerCount} answers in ${prepared.seconds.toFixed(1)} s, peak RSS ${(prepared.peakRss / 2 ** 20).toFixed(0)} MB`);
  // The prepared answers' file included: it is part of the index on disk.
  const indexBytes = dirBytes(path.join(dataDir, 'sqlite'));

  const { plain: server, collapsed: collapsedServer } = await startPair(dataDir, corpusDir);
  const startedRss = memoryOf(server.pid);
  say(`serving at ${server.url} (pid ${server.pid}) after ${server.startSeconds.toFixed(1)} s`);
  const perKind: Array<{ kind: string; about: string; totals: number[]; cold: Percentiles; http: LoadResult }> = [];
  let mixed: LoadResult;
  let servingMemory;
  let firstSeenAnswers;
  let collapsedAnswers;
  try {
    // Before anything else: every query is new to both servers, as most typed queries are.
    say(`first seen: asking ${firstSeen.length} queries once each, one connection, plain and collapsed (dedupe=1) alternately`);
    try {
      ({ plain: firstSeenAnswers, collapsed: collapsedAnswers } = await askPaired(server.url, collapsedServer.url, firstSeen));
    } finally {
      await collapsedServer.stop();
    }

    // One pass over every query: warms the server and records what each query finds.
    // Its latencies are the cold figures: the first time the server meets each query (caches empty).
    const totals = new Map<string, number[]>();
    const cold = new Map<string, Percentiles>();
    for (const { kind, queries } of QUERY_KINDS) {
      const list: number[] = [];
      const times: number[] = [];
      for (const q of queries) {
        const t = performance.now();
        const response = await fetch(server.url + apiPath(q));
        if (!response.ok) throw new Error(`${apiPath(q)}: HTTP ${response.status} ${await response.text()}`);
        const body = (await response.json()) as { total: number; hits: unknown[] };
        times.push(performance.now() - t);
        list.push(body.total);
      }
      totals.set(kind, list);
      cold.set(kind, percentiles(times));
    }
    for (const { kind, about, queries } of QUERY_KINDS) {
      say(`load: ${kind}, 1 connection, ${perKindSeconds} s`);
      const http = await load(server.url, queries.map(apiPath), 1, perKindSeconds);
      perKind.push({ kind, about, totals: totals.get(kind)!, cold: cold.get(kind)!, http });
    }
    // The mix: kinds interleaved, so every stretch of the run carries every kind.
    const longest = Math.max(...QUERY_KINDS.map((k) => k.queries.length));
    const mix: string[] = [];
    for (let i = 0; i < longest; i++) for (const k of QUERY_KINDS) mix.push(apiPath(k.queries[i % k.queries.length]!));
    say(`load: the mix, ${connections} connections, ${mixedSeconds} s`);
    mixed = await load(server.url, mix, connections, mixedSeconds);
    servingMemory = memoryOf(server.pid);
  } finally {
    await server.stop();
  }

  const baseline = args['no-baseline']
    ? skippedBaseline(firstSeen.length)
    : await runBaseline(corpusDir, path.join(tmp, 'baseline.db'), firstSeenFile);

  const figures: BenchFigures = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', memoryBytes: os.totalmem(), node: process.version },
    settings: { paragraphs, secondsPerKind: perKindSeconds, mixedSeconds, connections, firstSeen: firstSeenCount, seed },
    corpus: { articles: corpus.articles, paragraphs: corpus.paragraphs, files: corpus.files, bytes: corpus.bytes },
    nutgraf: {
      indexedParagraphs,
      indexSeconds: indexed.seconds,
      indexRate: indexedParagraphs / indexed.seconds,
      indexCpuSeconds: indexed.cpuSeconds,
      indexCpuRate: indexedParagraphs / indexed.cpuSeconds,
      indexPeakRss: indexed.peakRss,
      indexBytes,
      prepareSeconds: prepared.seconds,
      preparePeakRss: prepared.peakRss,
      preparedAnswers: answerCount,
      serverStartSeconds: server.startSeconds,
      serverRssAfterStart: startedRss?.rss ?? null,
      servingPeakRss: servingMemory?.hwm ?? null,
      servingRss: servingMemory?.rss ?? null,
      kinds: perKind.map(({ kind, about, totals, cold, http }) => ({ kind, about, totals, cold, ...http })),
      mixed: mixed!,
    },
    baseline: {
      paragraphs: baseline.paragraphs,
      insertSeconds: baseline.insertSeconds,
      insertRate: baseline.insertRate,
      insertPeakRss: baseline.insertPeakRss,
      peakRss: baseline.peakRss,
      dbBytes: baseline.dbBytes,
      kinds: QUERY_KINDS.map(({ kind }) => ({ kind, ...baseline.kinds[kind]! })),
    },
    firstSeen: firstSeenFigures(seed, firstSeen, firstSeenAnswers!, baseline.firstSeen, collapsedAnswers!),
  };
  console.log(renderTable(figures));
  fs.mkdirSync(args.out, { recursive: true });
  const outFile = path.join(args.out, `bench-${paragraphs}.json`);
  fs.writeFileSync(outFile, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nFigures: ${outFile}`);
} finally {
  if (args.keep) say(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
