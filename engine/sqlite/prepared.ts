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
 *   too (the first ranking bucket, ranked by its own expression as a page within it is, not with
 *   a later bucket's variants: see rank.ts `byRelevance`), or the head is the whole answer;
 * - the request is one unit, unfiltered, by relevance, not grouped (search.ts `isSummarised`);
 *   collapsed (dedupe) answers are kept under their own keys, prepared when the index has copies.
 * Everything else takes the ordinary path.
 *
 * An answer also keeps its head's first page as shown (each row read and highlighted, and its
 * copies when collapsed): a first meeting of the query then reads one row and no paragraph, where
 * reading and highlighting 20 hits was most of its time. A collapsed answer's copies of all 500
 * head rows (26 KB on average at a million paragraphs) are a row of their own, read only for a
 * page past the first.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { type CacheGuard, GuardedCache } from './guarded-cache.ts';
import { copyFigures, type Figures, type ShownHit } from './snapshot-memo.ts';
import type { SearchHit } from '../contract/types.ts';
import { getMeta, type Db } from './schema.ts';

/** The prepared answers' file of a generation's database file. */
export const answersPath = (generationPath: string): string => `${generationPath}.answers`;
/** Where the preparer writes before renaming into place: readers never see a half-written file. */
export const answersTempPath = (generationPath: string): string => `${generationPath}.answers-tmp`;
/** How often a generation without the file looks for it again (it is written after the build). */
const LOOK_AGAIN_MS = 1_000;

export interface PreparedAnswer {
  /** The answer's own copy: whoever receives it may keep or change it. */
  figures: Figures;
  /** The first rows of the relevance order (see the module comment). */
  head: Uint32Array;
  /** Whether the head's rows matched through a declared variant (they all share one bucket). */
  variant: boolean;
  /** Whether this is a collapsed (dedupe) answer, with each head row's other copies stored. */
  collapsed: boolean;
  /** Collapsed: head rows `from` to `to`'s copies (read from the file only past the first page); else null. */
  copies(from: number, to: number): SearchHit['copies'][] | null;
  /** The head's first rows as a page shows them, read and matched with `expr`; null when none were kept. */
  shown: ShownRows | null;
}

/** Rows as shown (hits.ts `shownHitsOf`): the head's first, in order, for the highlight expression `expr`. */
export interface ShownRows {
  expr: string;
  hits: ShownHit[];
}

/** The `first` column: the head's first page as shown and, collapsed, those rows' copies packed (PreparedCopies). */
interface FirstPage extends ShownRows {
  copies: { words: number[]; outlets: string[] } | null;
}

/**
 * A collapsed answer's head rows' copies, as stored: one blob of 32-bit words, `rows + 1` offsets
 * and then each row's [count, articles, ...outlet numbers], the numbers into the answer's own
 * outlet list. Only the rows a page shows are unpacked: a head holds 500 rows, and at a million
 * paragraphs of syndicated news each names every outlet (tens), so unpacking (or JSON-parsing)
 * all of them cost a collapsed search more than the rest of its answer.
 */
export class PreparedCopies {
  constructor(
    private readonly words: Uint32Array,
    private readonly outlets: readonly string[],
  ) {}

  /** Pack each row's copies (a row without copies as none: 0 paragraphs in 0 articles). */
  static pack(copies: readonly SearchHit['copies'][]): { blob: Buffer; outlets: string[] } {
    const numbers = new Map<string, number>();
    const number = (outlet: string) => numbers.get(outlet) ?? (numbers.set(outlet, numbers.size), numbers.size - 1);
    const words: number[] = [];
    const offsets: number[] = [];
    for (const c of copies) {
      offsets.push(words.length);
      words.push(c?.count ?? 0, c?.articles ?? 0, ...(c?.outlets ?? []).map(number));
    }
    offsets.push(words.length);
    const packed = Uint32Array.from([...offsets.map((o) => o + offsets.length), ...words]);
    return { blob: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength), outlets: [...numbers.keys()] };
  }

  /** Rows `from` to `to` (exclusive, within the head) as a hit shows them. */
  slice(from: number, to: number): SearchHit['copies'][] {
    const { words, outlets } = this;
    const out: SearchHit['copies'][] = [];
    for (let i = from; i < to; i++) {
      const start = words[i]!;
      const end = words[i + 1]!;
      const names: string[] = [];
      for (let w = start + 2; w < end; w++) names.push(outlets[words[w]!]!);
      out.push({ count: words[start]!, articles: words[start + 1]!, outlets: names });
    }
    return out;
  }

  /** Rows held. */
  get rows(): number {
    return this.words[0]! - 1;
  }

  /** Bytes held, for the cache's size. */
  get bytes(): number {
    return this.words.byteLength;
  }
}

/** The figures column's JSON; a collapsed answer's also names the outlets its copies blob numbers. */
type StoredFigures = Figures & { copyOutlets?: string[] };

/**
 * A row of the answers table as stored: the figures column's JSON, the first page's (`shown`, the
 * head's first rows; null for none) and the copies blob, packed.
 */
export function storedAnswer(
  figures: Figures,
  copies: readonly SearchHit['copies'][] | null,
  shown: ShownRows | null,
): { figures: string; first: string | null; copies: Buffer | null } {
  const first = (firstCopies: FirstPage['copies']) =>
    shown === null ? null : JSON.stringify({ ...shown, copies: firstCopies } satisfies FirstPage);
  if (copies === null) return { figures: JSON.stringify(figures), first: first(null), copies: null };
  const packed = PreparedCopies.pack(copies);
  const firstPacked = PreparedCopies.pack(copies.slice(0, shown?.hits.length ?? 0));
  return {
    figures: JSON.stringify({ ...figures, copyOutlets: packed.outlets } satisfies StoredFigures),
    first: first({ words: Array.from(wordsOf(firstPacked.blob)), outlets: firstPacked.outlets }),
    copies: packed.blob,
  };
}

/** A blob's bytes as 32-bit words of their own (the blob's buffer need not be aligned). */
function wordsOf(blob: Buffer): Uint32Array {
  const words = new Uint32Array(blob.byteLength >> 2);
  Buffer.from(words.buffer).set(blob);
  return words;
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

/**
 * The answers file's tables. A collapsed answer's copies are a blob of their own (PreparedCopies)
 * in a table of their own: beside the answer, they made reading a collapsed answer's row cost
 * 130 us of CPU against 50 us for a plain one's (at 1M paragraphs: tens of KB of overflow pages
 * between the rows). A file from before this layout fails the lookups' prepare and is not used,
 * as a damaged file is not: the indexer writes a new one after every build.
 */
export const ANSWERS_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE answers (
  key TEXT PRIMARY KEY,
  figures TEXT NOT NULL,
  head BLOB NOT NULL,
  variant INTEGER NOT NULL,
  complete INTEGER NOT NULL,
  first TEXT
) WITHOUT ROWID;
CREATE TABLE answer_copies (key TEXT PRIMARY KEY, copies BLOB NOT NULL) WITHOUT ROWID;`;

/** An answer as read from the file, kept while it is asked again (see PreparedAnswers). */
interface ReadAnswer {
  key: string;
  figures: Figures;
  head: Uint32Array;
  variant: boolean;
  complete: boolean;
  /** Collapsed: the outlets the copies blob numbers; else null. */
  copyOutlets: string[] | null;
  shown: ShownRows | null;
  /** Collapsed: the first page's copies. */
  firstCopies: PreparedCopies | null;
  /** Bytes of the first page's JSON, for the cache's size. */
  firstBytes: number;
  /** The whole head's copies, once a page past the first asked for them. */
  copies: PreparedCopies | null;
}

/**
 * Bytes of read answers kept per generation and thread: the warm mix asks the same common words
 * again and again, and each was read and parsed anew (~2 KB of rows, ~100 KB of copies collapsed).
 */
const KEPT_BYTES = 4 * 2 ** 20;

/**
 * The page cache of the connection to the answers file, KiB. SQLite's default here is 16,000 KiB
 * per connection, so each search worker's connection kept every page it had read, up to 16 MB of
 * its malloc heap: a spike's distinct words read distinct answers, and that cache grew for as long
 * as the spike lasted and stayed (one Generation in-process on the 1M stress index, 6,000 distinct
 * spike searches: 4.0 MB held by it, against 1.1 MB so bounded; the thread's heap 25.3 against 22.7
 * MB). A lookup reads a row by its key, so what is
 * worth keeping is the B-tree's interior pages (~150 of 4 KB for the 1M index's 147 MB file); the leaf
 * pages are read once, from the system's file cache. What this connection read before is kept in
 * `kept` above, parsed, when asked again.
 */
const ANSWERS_CACHE_KIB = 1_024;

/** A generation's prepared answers, opened read-only once the file exists. */
export class PreparedAnswers {
  private db: Database.Database | null = null;
  private stamp: string | null = null;
  private lookup: Database.Statement | null = null;
  private copiesLookup: Database.Statement | null = null;
  private lookedAt = -Infinity;
  private readonly kept: GuardedCache<ReadAnswer>;

  constructor(
    private readonly file: string,
    guard: CacheGuard,
  ) {
    this.kept = new GuardedCache({
      guard,
      maxSize: KEPT_BYTES,
      sizeOf: (answer) => 1_024 + answer.head.byteLength + answer.firstBytes + (answer.copies?.bytes ?? 0),
    });
  }

  /** The page cache (KiB) the connection to the file may fill, once it is open: for tests. */
  cacheKib(): number | null {
    return this.db === null ? null : -(this.db.pragma('cache_size', { simple: true }) as number);
  }

  /** Bytes of read answers held, in the main LRU and on probation (guarded-cache.ts). */
  held(): { main: number; probation: number } {
    return this.kept.held;
  }

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
    const answer = this.kept.get(key) ?? this.read(key);
    if (answer === null || (!answer.complete && want > answer.head.length)) return null;
    const { head, variant, shown } = answer;
    const collapsed = answer.copyOutlets !== null;
    return {
      figures: copyFigures(answer.figures),
      head,
      variant,
      collapsed,
      copies: (from, to) => (collapsed ? this.copiesOf(answer, from, to) : null),
      shown,
    };
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.kept.clear();
  }

  private read(key: string): ReadAnswer | null {
    const row = this.lookup!.get(key) as [string, Buffer, number, number, string | null] | undefined;
    if (row === undefined) return null;
    const [figures, head, variant, complete, firstJson] = row;
    // The outlets the copies blob numbers belong to that blob, not to the figures shown.
    const { copyOutlets, ...shownFigures } = JSON.parse(figures) as StoredFigures;
    const first = firstJson === null ? null : (JSON.parse(firstJson) as FirstPage);
    const answer: ReadAnswer = {
      key,
      figures: shownFigures,
      head: wordsOf(head),
      variant: variant === 1,
      complete: complete === 1,
      copyOutlets: copyOutlets ?? null,
      shown: first === null ? null : { expr: first.expr, hits: first.hits },
      firstCopies: first?.copies ? new PreparedCopies(Uint32Array.from(first.copies.words), first.copies.outlets) : null,
      firstBytes: firstJson?.length ?? 0,
      copies: null,
    };
    this.kept.set(key, answer);
    return answer;
  }

  /** A collapsed answer's copies of head rows `from` to `to`: the first page's as kept, else from the blob. */
  private copiesOf(answer: ReadAnswer, from: number, to: number): SearchHit['copies'][] {
    if (answer.firstCopies !== null && to <= answer.firstCopies.rows) return answer.firstCopies.slice(from, to);
    if (answer.copies === null) {
      answer.copies = new PreparedCopies(wordsOf(this.copiesLookup!.get(answer.key) as Buffer), answer.copyOutlets ?? []);
      // Re-sized with the copies it now holds.
      this.kept.set(answer.key, answer);
    }
    return answer.copies.slice(from, to);
  }

  private open(): boolean {
    if (this.db !== null) return true;
    const now = performance.now();
    if (now - this.lookedAt < LOOK_AGAIN_MS) return false;
    this.lookedAt = now;
    if (!fs.existsSync(this.file)) return false;
    let db: Database.Database | null = null;
    try {
      db = new Database(this.file, { readonly: true, fileMustExist: true });
      db.pragma(`cache_size = -${ANSWERS_CACHE_KIB}`);
      this.stamp = (db.prepare(`SELECT value FROM meta WHERE key = 'stamp'`).pluck().get() as string | undefined) ?? null;
      this.lookup = db.prepare('SELECT figures, head, variant, complete, first FROM answers WHERE key = ?').raw();
      // A first page has its copies in `first`: the whole head's are read only past it.
      this.copiesLookup = db.prepare('SELECT copies FROM answer_copies WHERE key = ?').pluck();
      this.db = db;
      return true;
    } catch {
      // A damaged, foreign or older file only costs the shortcut: searches take the ordinary path.
      db?.close();
      return false;
    }
  }
}
