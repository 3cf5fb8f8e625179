/**
 * One open index generation: its connection, prepared statements, and the in-memory snapshot,
 * reloaded whenever the database changes. Changes by this connection are reported with
 * `invalidate()`; changes by other connections or processes show up in `PRAGMA data_version`.
 */
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { Answers } from './snapshot-memo.ts';
import { CacheGuard } from './guarded-cache.ts';
import { Postings } from './match-cache.ts';
import { answersPath, generationStamp, PreparedAnswers, type PreparedAnswer } from './prepared.ts';
import { getMeta, openGeneration, type Db } from './schema.ts';
import { Snapshot } from './snapshot.ts';
import { loadSynonyms, loadVocabulary } from './vocabulary.ts';
import type { Lexicon } from '../query/interpret.ts';
import { WorkspacePool } from './workspace.ts';

export class Generation {
  readonly db: Db;
  readonly name: string;
  readonly statements: Statements;
  private snapshot: Snapshot | null = null;
  /** What searches learnt about the data the snapshot was read from: dropped with it. */
  private caches: { postings: Postings; answers: Answers; workspaces: WorkspacePool } | null = null;
  private dataVersion = -1;
  /** The data's stamp as of the snapshot (prepared.ts): prepared answers must carry the same. */
  private stamp = '';
  private readonly preparedAnswers: PreparedAnswers;
  /** Whether the running search came during a spike, for every cache below (guarded-cache.ts). */
  private readonly cacheGuard = new CacheGuard();
  private readonly dataVersionStmt: Statement;
  /** The vocabulary and synonyms read without a snapshot (see `lexicon`), and the data version they are of. */
  private lexiconOnly: { version: number; lexicon: Lexicon } | null = null;

  constructor(dir: string, name: string) {
    this.name = name;
    this.db = openGeneration(path.join(dir, name));
    // Highlighting a page of hits, or one article, runs the query against a scratch FTS5 table
    // holding just those paragraphs (same tokenizer, see page-table.ts): against the real index,
    // highlight() beside a rowid range walks the whole doclist of a common word each time (~20 ms
    // per hit at 1M paragraphs), and a short prefix merges the doclists of all its words.
    this.db.pragma('temp_store = MEMORY');
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.hit_marks USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')`);
    this.statements = prepareStatements(this.db);
    this.dataVersionStmt = this.db.prepare('PRAGMA data_version').pluck();
    this.preparedAnswers = new PreparedAnswers(answersPath(path.join(dir, name)), this.cacheGuard);
  }

  /** The snapshot for the database as it is now. */
  current(): Snapshot {
    const version = this.dataVersionStmt.get() as number;
    if (this.snapshot === null || version !== this.dataVersion) {
      this.snapshot = new Snapshot(this.db);
      this.stamp = generationStamp(this.db);
      this.caches = null;
      this.dataVersion = version;
    }
    return this.snapshot;
  }

  /**
   * The snapshot, with every array its searches would make on first use made now (the snapshot's
   * and a workspace's): memory then stays flat when a spike of varied searches arrives, instead
   * of growing by ~30 bytes per paragraph in each search worker as they meet their first date
   * sort, empty query or collapsed search. Search workers call this when told to warm up.
   */
  readyForSearches(): Snapshot {
    const snap = this.current();
    snap.reserve();
    this.workspaces.reserve(snap);
    return snap;
  }

  /**
   * The vocabulary and synonyms for the database as it is now: the snapshot's when one is loaded,
   * else read alone. The serving thread reads an article's marks with them; loading a whole
   * snapshot there (typed arrays of every paragraph: tens of MB at a million) would hold a second
   * copy of what the search workers hold, for as long as the data does not change.
   */
  lexicon(): Lexicon {
    const version = this.dataVersionStmt.get() as number;
    if (this.snapshot !== null && version === this.dataVersion) return this.snapshot;
    if (this.lexiconOnly?.version !== version)
      this.lexiconOnly = { version, lexicon: { vocabulary: loadVocabulary(this.db), synonyms: loadSynonyms(this.db) } };
    return this.lexiconOnly.lexicon;
  }

  /**
   * Say that a search (or article read) starts, and whether the server admitted it during a spike
   * (`SearchOptions.spike`): then what it works out is kept only if a later search asks again.
   */
  beginSearch(spike: boolean): void {
    this.cacheGuard.begin(spike);
  }

  /** What the caches hold, each in its main LRU and on probation (guarded-cache.ts): for benchmarks and tests. */
  cachesHeld(): Record<string, { main: number; probation: number }> {
    const { postings, answers } = this.cachesOfSnapshot();
    return { ...postings.held(), ...answers.held(), preparedAnswers: this.preparedAnswers.held() };
  }

  /** Match sets and bm25 orders for the current snapshot (call `current()` first). */
  get postings(): Postings {
    return this.cachesOfSnapshot().postings;
  }

  /** Summaries and shown hits of earlier searches in the current snapshot (call `current()` first). */
  get answers(): Answers {
    return this.cachesOfSnapshot().answers;
  }

  /** Working arrays for the current snapshot's searches, one workspace per search (call `current()` first). */
  get workspaces(): WorkspacePool {
    return this.cachesOfSnapshot().workspaces;
  }

  private cachesOfSnapshot(): { postings: Postings; answers: Answers; workspaces: WorkspacePool } {
    this.caches ??= {
      postings: new Postings(this.statements, this.cacheGuard),
      answers: new Answers(this.cacheGuard),
      workspaces: new WorkspacePool(),
    };
    return this.caches;
  }

  /**
   * The answer prepared for a one-unit query's summary key (prepared.ts) holding the first `want`
   * rows, if one was prepared for the data as it is now (call `current()` first).
   */
  prepared(key: string, want: number): PreparedAnswer | null {
    return this.preparedAnswers.get(key, this.stamp, want);
  }

  /** This connection wrote: `data_version` does not change for a connection's own commits. */
  invalidate(): void {
    this.snapshot = null;
    this.caches = null;
    this.lexiconOnly = null;
  }

  builtAt(): string | null {
    return getMeta(this.db, 'built_at');
  }

  close(): void {
    this.invalidate();
    this.preparedAnswers.close();
    if (this.db.open) this.db.close();
  }
}

export type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Db) {
  return {
    // One row for the whole match set: stepping a row through better-sqlite3 costs more than FTS5
    // takes to find it, so at hundreds of thousands of matches this is 2-4 times faster.
    matchRowidList: db.prepare('SELECT group_concat(rowid) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?').pluck(),
    rankedRowids: db.prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rank, rowid').pluck(),
    // A whole ranking as one row (see matchRowidList); the aggregate's ORDER BY keeps bm25 order.
    rankedRowidList: db
      .prepare(`SELECT group_concat(rowid, ',' ORDER BY rank, rowid) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`)
      .pluck(),
    // bm25 of chosen rows only: FTS5 walks the matches in rowid order and scores just the rows
    // the list lets through, where ORDER BY rank would score every match first.
    scoresAmong: db
      .prepare(
        'SELECT rowid, bm25(paragraphs_fts) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))',
      )
      .raw(),
    hitRow: db
      .prepare(
        `SELECT p.position, p.kind, p.text, a.id, a.title, a.outlet, a.year, a.date, a.language,
           (SELECT la.id || '-' || lp.position FROM paragraphs lp JOIN articles la ON la.rowid = lp.article_rowid WHERE lp.rowid = p.copy_group)
         FROM paragraphs p JOIN articles a ON a.rowid = p.article_rowid WHERE p.rowid = ?`,
      )
      .raw(),
    markInsert: db.prepare('INSERT INTO temp.hit_marks (rowid, text) VALUES (?, ?)'),
    marks: db.prepare('SELECT rowid, highlight(hit_marks, 0, ?, ?) FROM temp.hit_marks WHERE hit_marks MATCH ?').raw(),
    markMatches: db.prepare('SELECT rowid FROM temp.hit_marks WHERE hit_marks MATCH ?').pluck(),
    // See page-table.ts.
    markBegin: db.prepare('SAVEPOINT hit_marks'),
    markRollback: db.prepare('ROLLBACK TO hit_marks'),
    markRelease: db.prepare('RELEASE hit_marks'),
    // The other articles' copies of an article's paragraphs: those in groups its rows lead, and
    // the rest of the groups its rows belong to (each through the copy_group index).
    articleCopies: db
      .prepare(
        `WITH mine AS (SELECT position, coalesce(copy_group, rowid) AS g FROM paragraphs WHERE article_rowid = @article)
         SELECT mine.position, p.article_rowid FROM mine JOIN paragraphs p ON p.copy_group = mine.g WHERE p.article_rowid != @article
         UNION
         SELECT mine.position, p.article_rowid FROM mine JOIN paragraphs p ON p.rowid = mine.g WHERE p.article_rowid != @article`,
      )
      .raw(),
    // A paragraph id (`<article id>-<position>`) to its rowid: the row a copy group is named after.
    paragraphRowid: db
      .prepare('SELECT p.rowid FROM paragraphs p JOIN articles a ON a.rowid = p.article_rowid WHERE a.id = ? AND p.position = ?')
      .pluck(),
    articleBrief: db.prepare('SELECT id, title, outlet, date FROM articles WHERE rowid = ?'),
    articleById: db.prepare(
      'SELECT rowid AS rowid, *, (SELECT c.id FROM articles c WHERE c.rowid = articles.copy_of) AS copy_of_id FROM articles WHERE id = ?',
    ),
    articleParagraphs: db.prepare(
      `SELECT rowid, position, kind, text,
         (SELECT la.id || '-' || lp.position FROM paragraphs lp JOIN articles la ON la.rowid = lp.article_rowid WHERE lp.rowid = paragraphs.copy_group) AS leader
       FROM paragraphs WHERE article_rowid = ? ORDER BY position`,
    ),
    listArticles: db.prepare(
      'SELECT *, (SELECT c.id FROM articles c WHERE c.rowid = articles.copy_of) AS copy_of_id FROM articles ORDER BY source, id',
    ),
  };
}
