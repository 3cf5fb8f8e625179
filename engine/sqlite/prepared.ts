/**
 * Prepared answers: the figures and the head of the relevance order of the one-word and prefix
 * queries whose first meeting is slow (a common word, a one- or two-letter prefix: FTS5 bm25-scores
 * every match before the first row, and counting walks them all), worked out once per generation
 * by prepare.ts with the search's own code (search.ts `rankPage`) and kept in a file beside the
 * generation, `<generation>.answers`. A search whose plan has a prepared answer then reads one row
 * and shows a slice of it: its work follows the page, not the match count.
 *
 * Exact by construction: an answer is the engine's own answer for that plan, and is used only
 * while it can be the same answer:
 * - the plan is the same (the key is search.ts's summary key: every class's cost and expression);
 * - the generation has not been written to since (its `writes` stamp, bumped by every in-place
 *   write, synonyms included); a stale file is simply not read;
 * - the page lies within the stored head, which holds only rows every smaller request would get
 *   too (the first ranking bucket, see rank.ts `byRelevance`), or the head is the whole answer;
 * - the request is one unit, unfiltered, by relevance, not grouped (search.ts `isSummarised`);
 *   collapsed (dedupe) answers are kept under their own keys, prepared when the index has copies.
 * Everything else takes the ordinary path.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Figures } from './snapshot-memo.ts';
import type { SearchHit } from '../contract/types.ts';
import { getMeta, type Db } from './schema.ts';

/** The prepared answers' file of a generation's database file. */
export const answersPath = (generationPath: string): string => `${generationPath}.answers`;
/** Where the preparer writes before renaming into place: readers never see a half-written file. */
export const answersTempPath = (generationPath: string): string => `${generationPath}.answers-tmp`;
/** How often a generation without the file looks for it again (it is written after the build). */
const LOOK_AGAIN_MS = 1_000;

export interface PreparedAnswer {
  figures: Figures;
  /** The first rows of the relevance order (see the module comment). */
  head: Uint32Array;
  /** Whether the head's rows matched through a declared variant (they all share one bucket). */
  variant: boolean;
  /** Collapsed (dedupe) answers: each head row's other copies among the matches; else null. */
  copies: SearchHit['copies'][] | null;
}

/**
 * The figures column's JSON. A collapsed answer's figures carry its head rows' copies too, each as
 * [count, articles, ...outlet numbers] into the answer's own outlet list (`copyLists`): outlet
 * names repeated per row made the file ten times its size. Files written before copies counted
 * their articles stored `copies` ([count, ...outlets]) and a collapsed articleTotal counted among
 * the groups shown: such an answer is not used (the ordinary path answers), see `get`.
 */
type StoredFigures = Figures & { copyLists?: number[][]; copyOutlets?: string[]; copies?: unknown };

/** A collapsed answer's figures with its head rows' copies, as stored. */
export function storedFigures(figures: Figures, copies: SearchHit['copies'][] | null): StoredFigures {
  if (copies === null) return figures;
  const numbers = new Map<string, number>();
  const number = (outlet: string) => numbers.get(outlet) ?? (numbers.set(outlet, numbers.size), numbers.size - 1);
  const packed = copies.map((c) => (c === undefined ? [0, 0] : [c.count, c.articles, ...c.outlets.map(number)]));
  return { ...figures, copyLists: packed, copyOutlets: [...numbers.keys()] };
}

function unpackCopies(stored: StoredFigures): SearchHit['copies'][] | null {
  const { copyLists, copyOutlets = [] } = stored;
  return copyLists === undefined
    ? null
    : copyLists.map(([count, articles, ...outlets]) => ({
        count: count!,
        articles: articles!,
        outlets: outlets.map((o) => copyOutlets[o]!),
      }));
}

/** What an in-place write changes: a prepared file stamped otherwise is not used. */
export function generationStamp(db: Db): string {
  return `${getMeta(db, 'built_at') ?? ''}#${getMeta(db, 'writes') ?? '0'}`;
}

/** Count an in-place write (inside the writer's transaction). */
export function countWrite(db: Db): void {
  const writes = Number(getMeta(db, 'writes') ?? '0') + 1;
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    'writes',
    String(writes),
  );
}

export const ANSWERS_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE answers (
  key TEXT PRIMARY KEY,
  figures TEXT NOT NULL,
  head BLOB NOT NULL,
  variant INTEGER NOT NULL,
  complete INTEGER NOT NULL
) WITHOUT ROWID;`;

/** A generation's prepared answers, opened read-only once the file exists. */
export class PreparedAnswers {
  private db: Database.Database | null = null;
  private stamp: string | null = null;
  private lookup: Database.Statement | null = null;
  private lookedAt = -Infinity;

  constructor(private readonly file: string) {}

  /**
   * The answer prepared for `key`, if it was prepared for the data stamped `stamp` and holds the
   * first `want` rows of the order; else null.
   */
  get(key: string, stamp: string, want: number): PreparedAnswer | null {
    if (!this.open()) return null;
    if (this.stamp !== stamp) {
      // Prepared for other data (written to since, or replaced by a newer file): look again later.
      this.close();
      this.lookedAt = performance.now();
      return null;
    }
    const row = this.lookup!.get(key) as [string, Buffer, number, number] | undefined;
    if (row === undefined) return null;
    const [figures, head, variant, complete] = row;
    const rows = new Uint32Array(head.byteLength >> 2);
    Buffer.from(rows.buffer).set(head);
    if (complete !== 1 && want > rows.length) return null;
    const stored = JSON.parse(figures) as StoredFigures;
    // A collapsed answer in the older packing (see StoredFigures): its copies and articleTotal say less.
    if (stored.copies !== undefined) return null;
    const { copyLists: _copies, copyOutlets: _outlets, ...shown } = stored;
    return { figures: shown, head: rows, variant: variant === 1, copies: unpackCopies(stored) };
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  private open(): boolean {
    if (this.db !== null) return true;
    const now = performance.now();
    if (now - this.lookedAt < LOOK_AGAIN_MS) return false;
    this.lookedAt = now;
    if (!fs.existsSync(this.file)) return false;
    try {
      const db = new Database(this.file, { readonly: true, fileMustExist: true });
      this.stamp = (db.prepare(`SELECT value FROM meta WHERE key = 'stamp'`).pluck().get() as string | undefined) ?? null;
      this.lookup = db.prepare('SELECT figures, head, variant, complete FROM answers WHERE key = ?').raw();
      this.db = db;
      return true;
    } catch {
      // A damaged or foreign file only costs the shortcut: searches take the ordinary path.
      return false;
    }
  }
}
