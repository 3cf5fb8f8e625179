/**
 * Work out a generation's prepared answers (prepared.ts): for every word and every short prefix
 * common enough that its first meeting ranks and counts many matches, the answer search.ts would
 * give, with the head of its relevance order. Run after a full build (the indexer does, unless
 * told not to); searches use the file as soon as it is renamed into place, and take the ordinary
 * path for everything it lacks, so preparing is never needed for a right answer, only a fast one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { interpret } from '../interpret.ts';
import { moduleWorker } from '../module-worker.ts';
import { parseQuery } from '../query.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { Generation } from './generation.ts';
import { readCurrent } from './generations.ts';
import { planQuery } from './plan.ts';
import { ANSWERS_SCHEMA, answersPath, answersTempPath, generationStamp } from './prepared.ts';
import { isSummarised, rankingMatch, rankPage, summaryKeyOf } from './search.ts';

export interface PrepareOptions {
  /** Queries matching at least this share of the paragraphs are prepared (default 0.5%). */
  minShare?: number;
  /** ...and at least this many paragraphs (default 2,000: fewer are quick to meet anyway). */
  minDocs?: number;
  /** Prefixes up to this many characters are candidates (default 4). */
  maxPrefix?: number;
  /** Rows of each relevance order kept (default 500: 25 pages of 20). */
  head?: number;
  /** Stop after this long, the costliest queries done first (default: no limit). */
  budgetSeconds?: number;
  /**
   * Threads preparing at once, this one included (default: the machine's cores, at most
   * MAX_THREADS). Each answer is worked out alone, so the file is the same whatever the number.
   */
  threads?: number;
}

/**
 * Each thread opens the generation and loads its own snapshot (at 1M paragraphs ~100 MB), and
 * FTS5's ranking is all CPU once the index is in the page cache: more threads than cores only
 * add memory.
 */
const MAX_THREADS = 2;

export interface PrepareReport {
  generation: string;
  candidates: number;
  answers: number;
  seconds: number;
  bytes: number;
}

/** One prepared answer, as a thread works it out: `index` is its candidate's rank (costliest first). */
export interface PreparedRow {
  index: number;
  key: string;
  figures: string;
  head: Uint32Array;
  variant: number;
  complete: number;
}

/** What a preparing thread is told (prepare-worker.ts). */
export interface ShareJob {
  dir: string;
  name: string;
  options: PrepareOptions;
  share: number;
  shares: number;
}

/** Prepare answers for the live generation of a data directory's SQLite index; null when there is none. */
export async function prepareLive(sqliteDir: string, options: PrepareOptions = {}): Promise<PrepareReport | null> {
  const name = readCurrent(sqliteDir);
  return name === null ? null : prepareAnswers(sqliteDir, name, options);
}

/**
 * Work out the answers in `threads` threads (candidates dealt out in turn, so each gets as many
 * costly ones), then write them in candidate order: the same file a single thread writes.
 * Measured at 200k paragraphs (load ~20 from other work, so CPU time, not wall): see the notes of issue 22s.
 */
export async function prepareAnswers(dir: string, name: string, options: PrepareOptions = {}): Promise<PrepareReport> {
  const started = performance.now();
  const shares = Math.max(1, Math.min(options.threads ?? Math.min(MAX_THREADS, os.availableParallelism()), MAX_THREADS * 4));
  const file = path.join(dir, name);
  // Read before any answer is worked out: a write meanwhile changes the stamp, and the answers go unused.
  const stamp = readStamp(file);
  const job = (share: number): ShareJob => ({ dir, name, options, share, shares });
  const others = Array.from({ length: shares - 1 }, (_, i) => inWorker(job(i + 1)));
  // Kept from crashing the process while this thread works on its own share; awaited below.
  for (const other of others) other.catch(() => {});
  const own = prepareShare(job(0));
  const rows = [own.rows, ...(await Promise.all(others))].flat().sort((a, b) => a.index - b.index);
  const answers = writeAnswers(file, rows, stamp);
  const seconds = (performance.now() - started) / 1000;
  return { generation: name, candidates: own.candidates, answers, seconds, bytes: fs.statSync(answersPath(file)).size };
}

function inWorker(job: ShareJob): Promise<PreparedRow[]> {
  return new Promise((resolve, reject) => {
    const worker = moduleWorker(import.meta.url, 'prepare-worker', { workerData: job });
    let rows: PreparedRow[] | null = null;
    worker.on('message', (message: { rows: PreparedRow[] } | { error: string }) => {
      if ('error' in message) reject(new Error(message.error));
      else rows = message.rows;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (rows !== null ? resolve(rows) : reject(new Error(`a preparing thread stopped (exit code ${code})`))));
  });
}

/** The answers of every `shares`-th candidate from the `share`-th, in the calling thread. */
export function prepareShare(job: ShareJob): { candidates: number; rows: PreparedRow[] } {
  const { options } = job;
  const started = performance.now();
  const generation = new Generation(job.dir, job.name);
  const rows: PreparedRow[] = [];
  try {
    const snap = generation.current();
    const minDocs = Math.max(options.minDocs ?? 2_000, Math.ceil(snap.paragraphCount * (options.minShare ?? 0.005)));
    const candidates = candidateQueries(snap.vocabulary, minDocs, options.maxPrefix ?? 4);
    const deadline = started + (options.budgetSeconds ?? Infinity) * 1000;
    const head = options.head ?? 500;
    for (let index = job.share; index < candidates.length; index += job.shares) {
      if (performance.now() > deadline) break;
      const parsed = parseQuery(candidates[index]!);
      const plan = planQuery(parsed, snap, interpret(parsed, snap));
      if (!isSummarised(plan, 'relevance', false, undefined)) continue;
      // The forms as written are what counting and the first bucket's ranking both read: one
      // FTS5 pass gives both (a prefix's doclists are merged once, not twice).
      generation.postings.primeWhole(rankingMatch(plan, [0]), plan.units[0]!.classes[0]!.match);
      const ranked = rankPage(generation, snap, plan, { filters: undefined, sort: 'relevance', grouped: false, offset: 0, perPage: head });
      const top = Uint32Array.from(ranked.rowids.slice(0, ranked.stable));
      const complete = top.length === ranked.figures.total ? 1 : 0;
      rows.push({ index, key: summaryKeyOf(plan), figures: JSON.stringify(ranked.figures), head: top, variant: ranked.usedVariant[0] ? 1 : 0, complete });
    }
    return { candidates: candidates.length, rows };
  } finally {
    generation.close();
  }
}

function readStamp(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return generationStamp(db);
  } finally {
    db.close();
  }
}

/** The answers file of generation `file`, written aside and renamed into place; returns how many answers it holds. */
function writeAnswers(file: string, rows: readonly PreparedRow[], stamp: string): number {
  const temp = answersTempPath(file);
  fs.rmSync(temp, { force: true });
  const out = new Database(temp);
  let answers = 0;
  try {
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.exec(ANSWERS_SCHEMA);
    const insert = out.prepare('INSERT OR IGNORE INTO answers(key, figures, head, variant, complete) VALUES (?, ?, ?, ?, ?)');
    out.transaction(() => {
      for (const r of rows) answers += insert.run(r.key, r.figures, Buffer.from(r.head.buffer, r.head.byteOffset, r.head.byteLength), r.variant, r.complete).changes;
      out.prepare(`INSERT INTO meta(key, value) VALUES ('stamp', ?)`).run(stamp);
    })();
    out.close();
    fs.renameSync(temp, answersPath(file));
  } catch (error) {
    if (out.open) out.close();
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return answers;
}

/**
 * Words in at least `minDocs` paragraphs, and prefixes (up to `maxPrefix` characters) whose words
 * together are: the queries whose first meeting costs most, costliest first.
 */
export function candidateQueries(vocabulary: Vocabulary, minDocs: number, maxPrefix: number): string[] {
  const weight = new Map<string, number>();
  const { words, docs } = vocabulary;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const d = docs[i]!;
    if (d >= minDocs) weight.set(word, Math.max(weight.get(word) ?? 0, d));
    const chars = Array.from(word);
    for (let n = 1; n <= Math.min(maxPrefix, chars.length - 1); n++) {
      const prefix = chars.slice(0, n).join('');
      // A prefix's first meeting walks the doclists of all its words: their sizes add up.
      weight.set(`${prefix}\u0000`, (weight.get(`${prefix}\u0000`) ?? 0) + d);
    }
  }
  const out: Array<[string, number]> = [];
  for (const [key, w] of weight) if (w >= minDocs) out.push([key.replace('\u0000', ''), w]);
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [...new Set(out.map(([q]) => q))];
}
