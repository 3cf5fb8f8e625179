/**
 * The plain baseline, run as its own process so its memory is its own: a bare FTS5 table holding
 * the same paragraphs (unicode61 remove_diacritics 2, year/outlet/article stored beside the text),
 * bulk-inserted, then each query kind answered the simple way in-process, with no server:
 * bm25 top 20 with highlight(), an exact count(*), and year/outlet counts with GROUP BY.
 * With `--first-seen <file>` (a JSON list of first-seen queries, see first-seen.ts) it first asks
 * each of those once, in order, before the warm pools.
 * Prints one line `BASELINE <json>` on stdout.
 *
 *   node --import tsx bench/scale/baseline.ts --corpus <dir> --db <file> [--seconds 3] [--first-seen <file>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { Answered } from './ask-once.ts';
import type { FirstSeenQuery } from './first-seen.ts';
import { memoryOf, percentiles, type Percentiles } from './proc.ts';
import { QUERY_KINDS, type BenchQuery } from './queries.ts';
import { recordFacets, type BenchRecord } from './corpus.ts';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string' },
    db: { type: 'string' },
    seconds: { type: 'string', default: '3' },
    'first-seen': { type: 'string' },
  },
});
if (!args.corpus || !args.db) throw new Error('usage: baseline.ts --corpus <dir> --db <file> [--seconds n] [--first-seen <file>]');
const seconds = Number(args.seconds);

const db = new Database(args.db);
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.exec(
  `CREATE VIRTUAL TABLE t USING fts5(text, year UNINDEXED, outlet UNINDEXED, article UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
);
const insert = db.prepare('INSERT INTO t (text, year, outlet, article) VALUES (?, ?, ?, ?)');
const insertMany = db.transaction((rows: Array<[string, number, string, number]>) => {
  for (const r of rows) insert.run(...r);
});

// Bulk insert, timed end to end (reading and splitting the files included, as for the indexer).
const started = performance.now();
let paragraphs = 0;
let article = 0;
let batch: Array<[string, number, string, number]> = [];
for (const file of fs
  .readdirSync(args.corpus)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  for (const line of fs.readFileSync(path.join(args.corpus, file), 'utf8').split('\n')) {
    if (line === '') continue;
    const record = JSON.parse(line) as BenchRecord;
    article++;
    // Every line as a paragraph, furniture too: the plain way reads no page (corpus.ts).
    const { year, outlet } = recordFacets(record);
    for (const text of record.text.split('\n\n')) {
      batch.push([text, year, outlet, article]);
      paragraphs++;
    }
    if (batch.length >= 10_000) {
      insertMany(batch);
      batch = [];
    }
  }
}
insertMany(batch);
const insertSeconds = (performance.now() - started) / 1000;
const insertMemory = memoryOf('self');
const dbBytes = fs.statSync(args.db).size;

const top = db
  .prepare(`SELECT rowid, highlight(t, 0, '<mark>', '</mark>'), year, outlet FROM t WHERE t MATCH ? ORDER BY rank LIMIT 20 OFFSET ?`)
  .raw();
const topFiltered = db
  .prepare(
    `SELECT rowid, highlight(t, 0, '<mark>', '</mark>'), year, outlet FROM t WHERE t MATCH ? AND year = ? AND outlet = ? ORDER BY rank LIMIT 20 OFFSET ?`,
  )
  .raw();
const count = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
const countFiltered = db.prepare('SELECT count(*) FROM t WHERE t MATCH ? AND year = ? AND outlet = ?').pluck();
const topInYear = db
  .prepare(
    `SELECT rowid, highlight(t, 0, '<mark>', '</mark>'), year, outlet FROM t WHERE t MATCH ? AND year = ? ORDER BY rank LIMIT 20 OFFSET ?`,
  )
  .raw();
const countInYear = db.prepare('SELECT count(*) FROM t WHERE t MATCH ? AND year = ?').pluck();
const years = db.prepare('SELECT year, count(*) FROM t WHERE t MATCH ? GROUP BY year').raw();
const yearsFiltered = db.prepare('SELECT year, count(*) FROM t WHERE t MATCH ? AND outlet = ? GROUP BY year').raw();
const outlets = db.prepare('SELECT outlet, count(*) FROM t WHERE t MATCH ? GROUP BY outlet').raw();
const outletsFiltered = db.prepare('SELECT outlet, count(*) FROM t WHERE t MATCH ? AND year = ? GROUP BY outlet').raw();
const groupedTop = db
  .prepare('SELECT rowid, min(rank) AS best FROM t WHERE t MATCH ? GROUP BY article ORDER BY best LIMIT 20 OFFSET ?')
  .raw();
const groupedCount = db.prepare('SELECT count(DISTINCT article) FROM t WHERE t MATCH ?').pluck();
// `rowid BETWEEN r AND r`: a bound `rowid = ?` beside MATCH highlights the wrong row (SQLite 3.53).
const highlightOne = db
  .prepare(`SELECT highlight(t, 0, '<mark>', '</mark>'), year, outlet FROM t WHERE t MATCH ? AND rowid BETWEEN ? AND ?`)
  .raw();

/** The plain FTS5 reading of a query: words ANDed, quotes kept, a trailing `*` for prefixes. */
function toMatch(kind: string, q: string): string {
  return kind === 'prefix' || kind === 'typing' ? `${q}*` : q;
}

function answer(kind: string, query: BenchQuery): number {
  const match = toMatch(kind, query.q);
  const offset = ((query.page ?? 1) - 1) * 20;
  if (query.group) {
    for (const [rowid] of groupedTop.all(match, offset) as Array<[number]>) highlightOne.all(match, rowid, rowid);
    outlets.all(match);
    years.all(match);
    return groupedCount.get(match) as number;
  }
  if (query.year !== undefined && query.outlet !== undefined) {
    topFiltered.all(match, query.year, query.outlet, offset);
    yearsFiltered.all(match, query.outlet);
    outletsFiltered.all(match, query.year);
    return countFiltered.get(match, query.year, query.outlet) as number;
  }
  if (query.year !== undefined) {
    // Facets as the server counts them: years ignore the year filter, outlets respect it.
    topInYear.all(match, query.year, offset);
    years.all(match);
    outletsFiltered.all(match, query.year);
    return countInYear.get(match, query.year) as number;
  }
  top.all(match, offset);
  years.all(match);
  outlets.all(match);
  return count.get(match) as number;
}

// First seen: each query once, in the order given, before anything else is asked.
const firstSeen: Answered[] = [];
if (args['first-seen'] !== undefined) {
  for (const query of JSON.parse(fs.readFileSync(args['first-seen'], 'utf8')) as FirstSeenQuery[]) {
    const t = performance.now();
    const total = answer(query.kind, query);
    firstSeen.push({ ms: performance.now() - t, total });
  }
}

const kinds: Record<string, Percentiles & { qps: number; totals: number[] }> = {};
for (const { kind, queries } of QUERY_KINDS) {
  const samples: number[] = [];
  const totals = queries.map((q) => answer(kind, q)); // one warm pass, which also records the totals
  const until = performance.now() + seconds * 1000;
  for (let i = 0; samples.length < queries.length || performance.now() < until; i++) {
    const t = performance.now();
    answer(kind, queries[i % queries.length]!);
    samples.push(performance.now() - t);
  }
  const p = percentiles(samples);
  kinds[kind] = { ...p, qps: 1000 / p.mean, totals };
}
db.close();

console.log(
  `BASELINE ${JSON.stringify({
    paragraphs,
    articles: article,
    insertSeconds,
    insertRate: paragraphs / insertSeconds,
    insertPeakRss: insertMemory?.hwm ?? null,
    peakRss: memoryOf('self')?.hwm ?? null,
    dbBytes,
    kinds,
    firstSeen,
  })}`,
);
