/**
 * One open index generation: its connection, prepared statements, and the in-memory snapshot,
 * reloaded whenever the database changes. Changes by this connection are reported with
 * `invalidate()`; changes by other connections or processes show up in `PRAGMA data_version`.
 */
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { getMeta, openGeneration, type Db } from './schema.ts';
import { Snapshot } from './snapshot.ts';

export class Generation {
  readonly db: Db;
  readonly name: string;
  readonly statements: Statements;
  private snapshot: Snapshot | null = null;
  private dataVersion = -1;
  private readonly dataVersionStmt: Statement;

  constructor(dir: string, name: string) {
    this.name = name;
    this.db = openGeneration(path.join(dir, name));
    this.statements = prepareStatements(this.db);
    this.dataVersionStmt = this.db.prepare('PRAGMA data_version').pluck();
  }

  /** The snapshot for the database as it is now. */
  current(): Snapshot {
    const version = this.dataVersionStmt.get() as number;
    if (this.snapshot === null || version !== this.dataVersion) {
      this.snapshot = new Snapshot(this.db);
      this.dataVersion = version;
    }
    return this.snapshot;
  }

  /** This connection wrote: `data_version` does not change for a connection's own commits. */
  invalidate(): void {
    this.snapshot = null;
  }

  builtAt(): string | null {
    return getMeta(this.db, 'built_at');
  }

  close(): void {
    this.snapshot = null;
    if (this.db.open) this.db.close();
  }
}

export type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Db) {
  return {
    matchRowids: db.prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?').pluck(),
    rankedRowids: db.prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rank, rowid').pluck(),
    rankedPage: db
      .prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?')
      .pluck(),
    hitRow: db
      .prepare(
        `SELECT p.position, p.kind, p.text, a.id, a.title, a.outlet, a.year, a.date, a.language
         FROM paragraphs p JOIN articles a ON a.rowid = p.article_rowid WHERE p.rowid = ?`,
      )
      .raw(),
    // `rowid BETWEEN r AND r`, not `rowid = ?`: with a bound `rowid = ?` beside MATCH, FTS5
    // (SQLite 3.53) hands highlight() the first matching row instead of the one asked for.
    highlightOne: db
      .prepare('SELECT highlight(paragraphs_fts, 0, ?, ?) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid BETWEEN ? AND ?')
      .pluck(),
    articleById: db.prepare('SELECT rowid AS rowid, * FROM articles WHERE id = ?'),
    articleParagraphs: db.prepare('SELECT rowid, position, kind, text FROM paragraphs WHERE article_rowid = ? ORDER BY position'),
    highlightRange: db
      .prepare(
        'SELECT rowid, highlight(paragraphs_fts, 0, ?, ?) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid BETWEEN ? AND ?',
      )
      .raw(),
    matchRange: db
      .prepare('SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid BETWEEN ? AND ?')
      .pluck(),
    listArticles: db.prepare('SELECT * FROM articles ORDER BY source, id'),
  };
}
