/**
 * The database layout of one index generation, and how a connection to it is opened.
 *
 * Paragraph text lives once, in `paragraphs`; the FTS5 table is an external-content index over it
 * (`content='paragraphs'`). Compared with a regular FTS5 table this stores the text once instead of
 * twice, and unlike a contentless table `highlight()` still works, because FTS5 reads the text back
 * from `paragraphs` by rowid. Only paragraph text is indexed, so every hit shows why it matched.
 *
 * The last query word is a prefix, and while someone types it is one to three letters long. Without
 * prefix indexes FTS5 expands such a prefix to every matching term for each query and again for each
 * highlighted hit (BBC corpus, "s"*: 170 ms to highlight 20 hits); the '1 2 3' prefix indexes cost
 * about 17% more disk and bring that under 1 ms.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Bump when the layout changes; a generation with another version is rebuilt, not read. */
export const SCHEMA_VERSION = 1;

const TABLES = `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  outlet TEXT NOT NULL,
  agency TEXT,
  carried_by TEXT,
  date TEXT,
  year INTEGER,
  url TEXT,
  language TEXT NOT NULL,
  provenance TEXT NOT NULL,
  hints TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  dropped TEXT NOT NULL,
  paragraph_count INTEGER NOT NULL
);
CREATE INDEX articles_source ON articles(source, id);
CREATE TABLE paragraphs (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  line INTEGER
);
CREATE UNIQUE INDEX paragraphs_article ON paragraphs(article_rowid, position);
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
  text,
  content = 'paragraphs',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/*
 * Triggers keep the FTS index in step with in-place writes (upsert, delete). A full build inserts
 * without them and indexes everything at the end with one 'rebuild', which is faster.
 */
const TRIGGERS = `
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER paragraphs_au AFTER UPDATE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.rowid, new.text);
END;
`;

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
}

/** Create a new, empty generation file ready for a bulk load (no triggers yet). */
export function createGeneration(path: string): Db {
  const db = new Database(path, { fileMustExist: false });
  try {
    configure(db);
    db.exec(TABLES);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Index everything loaded so far, install the triggers, compact the index, stamp the meta. */
export function finishGeneration(db: Db): void {
  db.transaction(() => {
    db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild')`);
    db.exec(TRIGGERS);
    db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('optimize')`);
    setMeta(db, 'schema_version', String(SCHEMA_VERSION));
    setMeta(db, 'built_at', new Date().toISOString());
    refreshCounts(db);
  })();
  // 'optimize' rewrites the index into one segment and frees the pages of the old ones; a fresh
  // file should not carry them (BBC corpus: 17.6 MB before, about 13 MB after).
  db.exec('VACUUM');
  // Fold the WAL into the main file so the generation is one complete file before it is named.
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Why this file cannot be a complete SQLite database, from its 100-byte header alone, or null. A
 * truncated file still opens, and fails only when a query reaches a missing page; comparing the
 * size with the header's page count finds it at once. (The header counts the main file as of the
 * last checkpoint, so a healthy file is never shorter, WAL or not.)
 */
export function headerProblem(path: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file is missing' : `the file cannot be read (${(error as Error).message})`;
  }
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    const size = fs.fstatSync(fd).size;
    if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return 'the file is not an SQLite database';
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    // The page count is only valid while the change counter matches "version-valid-for".
    if (pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92) && size < pageSize * pageCount) {
      return `the file is truncated (${size} of ${pageSize * pageCount} bytes)`;
    }
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** SQLite's own page-by-page check (`PRAGMA quick_check`); null when it finds nothing. */
export function integrityProblem(db: Db): string | null {
  const rows = db.prepare('PRAGMA quick_check(5)').pluck().all() as string[];
  return rows.length === 1 && rows[0] === 'ok' ? null : rows.join('; ');
}

/** Open a finished generation. Throws when the file does not exist or is not a generation. */
export function openGeneration(path: string): Db {
  const problem = headerProblem(path);
  if (problem !== null) throw new Error(`index ${path}: ${problem}`);
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
    const version = getMeta(db, 'schema_version');
    if (version !== String(SCHEMA_VERSION)) {
      throw new Error(`index ${path} has schema version ${version ?? 'none'}, expected ${SCHEMA_VERSION}`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  return row ?? null;
}

/** Recount articles and paragraphs into `meta` (inside the caller's transaction). */
export function refreshCounts(db: Db): void {
  setMeta(db, 'articles', String(db.prepare('SELECT count(*) FROM articles').pluck().get()));
  setMeta(db, 'paragraphs', String(db.prepare('SELECT count(*) FROM paragraphs').pluck().get()));
}
