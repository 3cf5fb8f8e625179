/**
 * Work out a generation's prepared answers (prepared.ts): for every word and every short prefix
 * common enough that its first meeting ranks and counts many matches, the answer search.ts would
 * give, with the head of its relevance order. Run after a full build (the indexer does, unless
 * told not to); searches use the file as soon as it is renamed into place, and take the ordinary
 * path for everything it lacks, so preparing is never needed for a right answer, only a fast one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { interpret } from '../query/interpret.ts';
import { parseQuery } from '../query/parse.ts';
import type { Vocabulary } from '../query/vocabulary.ts';
import { Generation } from './open-generation.ts';
import { readCurrent } from './generation-files.ts';
import { DEFAULT_PER_PAGE } from '../contract/request.ts';
import { shownHitsOf } from './hits.ts';
import { planQuery, type QueryPlan } from './plan.ts';
import type { Snapshot } from './snapshot.ts';
import { ANSWERS_SCHEMA, answersPath, answersTempPath, generationStamp, storedAnswer, type ShownRows } from './prepared.ts';
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
  /** Leading rows of each head kept as shown, read and highlighted (default 20: a first page). */
  firstPage?: number;
  /** Stop after this long, the costliest queries done first (default: no limit). */
  budgetSeconds?: number;
}

export interface PrepareReport {
  generation: string;
  candidates: number;
  answers: number;
  seconds: number;
  bytes: number;
}

/** Prepare answers for the live generation of a data directory's SQLite index; null when there is none. */
export function prepareLive(sqliteDir: string, options: PrepareOptions = {}): PrepareReport | null {
  const name = readCurrent(sqliteDir);
  return name === null ? null : prepareAnswers(sqliteDir, name, options);
}

export function prepareAnswers(dir: string, name: string, options: PrepareOptions = {}): PrepareReport {
  const started = performance.now();
  const generation = new Generation(dir, name);
  const file = path.join(dir, name);
  const temp = answersTempPath(file);
  fs.rmSync(temp, { force: true });
  const out = new Database(temp);
  let answers = 0;
  let candidates: string[] = [];
  try {
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.exec(ANSWERS_SCHEMA);
    const snap = generation.current();
    const minDocs = Math.max(options.minDocs ?? 2_000, Math.ceil(snap.paragraphCount * (options.minShare ?? 0.005)));
    candidates = candidateQueries(snap.vocabulary, minDocs, options.maxPrefix ?? 4);
    const insert = out.prepare('INSERT OR IGNORE INTO answers(key, figures, head, variant, complete, first) VALUES (?, ?, ?, ?, ?, ?)');
    const insertCopies = out.prepare('INSERT OR IGNORE INTO answer_copies(key, copies) VALUES (?, ?)');
    const deadline = started + (options.budgetSeconds ?? Infinity) * 1000;
    const head = options.head ?? 500;
    const firstPage = options.firstPage ?? DEFAULT_PER_PAGE;
    // Collapsed searches are the default once the index has copies: prepare those answers too.
    const modes = hasCopies(snap) ? [false, true] : [false];
    out.transaction(() => {
      for (const q of candidates) {
        if (performance.now() > deadline) break;
        const parsed = parseQuery(q);
        const plan = planQuery(parsed, snap, interpret(parsed, snap));
        if (!isSummarised(plan, 'relevance', false, undefined)) continue;
        // The forms as written are what counting and the first bucket's ranking both read: one
        // FTS5 pass gives both (a prefix's doclists are merged once, not twice).
        generation.postings.primeWhole(rankingMatch(plan, [0]), plan.units[0]!.classes[0]!.match);
        for (const dedupe of modes) {
          const request = { filters: undefined, sort: 'relevance' as const, grouped: false, dedupe, offset: 0 };
          let ranked = rankPage(generation, snap, plan, { ...request, perPage: head });
          // Past its first bucket the head was ranked with a variant's phrases too, which a page
          // within that bucket is not (rank.ts byRelevance): keep the bucket as such a page ranks it.
          if (ranked.stable < ranked.firstBucket) ranked = rankPage(generation, snap, plan, { ...request, perPage: ranked.firstBucket });
          const rows = Uint32Array.from(ranked.rowids.slice(0, ranked.stable));
          const complete = rows.length === (ranked.figures.distinctTotal ?? ranked.figures.total) ? 1 : 0;
          const stored = storedAnswer(
            ranked.figures,
            ranked.copies?.slice(0, rows.length) ?? null,
            firstShown(generation, plan, rows, firstPage),
          );
          const key = summaryKeyOf(plan, dedupe);
          const info = insert.run(key, stored.figures, Buffer.from(rows.buffer), ranked.usedVariant[0] ? 1 : 0, complete, stored.first);
          if (info.changes > 0 && stored.copies !== null) insertCopies.run(key, stored.copies);
          answers += info.changes;
        }
      }
      out.prepare(`INSERT INTO meta(key, value) VALUES ('stamp', ?)`).run(generationStamp(generation.db));
    })();
    out.close();
    fs.renameSync(temp, answersPath(file));
  } catch (error) {
    if (out.open) out.close();
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    generation.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { generation: name, candidates: candidates.length, answers, seconds, bytes: fs.statSync(answersPath(file)).size };
}

/** The head's first `count` rows as shown: read and highlighted as search.ts does. */
function firstShown(generation: Generation, plan: QueryPlan, head: Uint32Array, count: number): ShownRows | null {
  const rows = Array.from(head.subarray(0, count));
  if (rows.length === 0 || plan.anyUnit === null) return null;
  return { expr: plan.anyUnit, hits: shownHitsOf(generation.statements, plan.anyUnit, rows) };
}

/** Whether any paragraph belongs to another's copy group. */
function hasCopies(snap: Snapshot): boolean {
  const { copyGroupOf } = snap;
  for (let r = 0; r < copyGroupOf.length; r++) if (copyGroupOf[r] !== r) return true;
  return false;
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
