/**
 * The database layout of one index generation, and how a connection to it is opened.
 *
 * Paragraph text lives once, in `paragraphs`; the FTS5 table is an external-content index over it
 * (`content='paragraphs'`). Compared with a regular FTS5 table this stores the text once instead of
 * twice, and unlike a contentless table `highlight()` still works, because FTS5 reads the text back
 * from `paragraphs` by rowid. Only paragraph text is indexed, so every hit shows why it matched.
 *
 * No FTS5 prefix indexes. The last query word is a prefix, and '1 2 3' prefix indexes made short
 * prefixes cheap to count ("s"* at 1M paragraphs: 72 ms, 1.5 s without), but each prefix length
 * indexes every token once more: at 1M BBC paragraphs (64 MB build hash) FTS5 took 46 s to index
 * and 12 s to optimize with them, 18 s and 5 s without, and the file was 1,209 MB instead of
 * 750 MB. That was most of a build. Without them a short prefix costs its first meeting more (the
 * match sets and rankings are then cached for the snapshot, see match-cache.ts); pages and articles
 * are highlighted in a scratch table of their own rows (page-table.ts), where no prefix is costly.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Bump when the layout changes; a generation with another version is rebuilt, not read (opening
 * it fails as "schema version", which start-up and the indexer treat like a damaged index: a full
 * rebuild from the corpus). v3: the generated `brief` flag. v4: copy groups (`copy_group`, `sig`,
 * `copy_of`, `copy_shared`; copies.ts), which only a full pass over every paragraph can fill.
 * v5: `brief` stored, set by the writer (write.ts), no longer a generated column: SQLite computed
 * it with `replace()` over every inserted paragraph's text for the partial index, ~5% of a
 * build's writer thread.
 */
export const SCHEMA_VERSION = 5;

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
  paragraph_count INTEGER NOT NULL,
  -- The earlier article this one mostly copies (engine/text/copies.ts), and how many of its paragraphs.
  copy_of INTEGER,
  copy_shared INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_source ON articles(source, id);
CREATE TABLE paragraphs (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  line INTEGER,
  -- The rowid of the first indexed paragraph of this one's copy group; NULL when it is that one.
  copy_group INTEGER,
  -- Its copy fingerprint (engine/text/copies.ts, SIG_WORDS little-endian uint32s); NULL when it has no words.
  sig BLOB,
  -- 1 for a heading or a line of few words (engine/text/brief.ts), ranked below body paragraphs.
  brief INTEGER NOT NULL
);
CREATE UNIQUE INDEX paragraphs_article ON paragraphs(article_rowid, position);
CREATE INDEX paragraphs_brief ON paragraphs(brief) WHERE brief = 1;
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
  text,
  content = 'paragraphs',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/*
 * Triggers keep the FTS index in step with in-place writes (upsert, delete). A full build writes
 * without them and indexes each batch of rows right after writing it (build.ts), in one
 * transaction for the whole build, so the FTS hash flushes once per batch. Through these triggers
 * it is ~5x slower (each a sub-statement with its own savepoint).
 */
const TRIGGERS = `
-- Made once the rows are written (one sort), not kept up row by row through the build: on the
-- bench's 1M paragraphs (99% copies) keeping it up cost the writer ~2.0 s of inserts against
-- 0.9 s plus this 0.3 s sort (0.8 s with the table scan) at the end.
CREATE INDEX paragraphs_copies ON paragraphs(copy_group) WHERE copy_group IS NOT NULL;
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
-- Only a change of text touches FTS5: regrouping copies (copy-groups.ts) updates copy_group alone.
CREATE TRIGGER paragraphs_au AFTER UPDATE OF text ON paragraphs BEGIN
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

/**
 * FTS5 buffers this many bytes of new index entries in memory before it writes a segment (its
 * default is 1 MB). During a build, fewer and bigger flushes mean fewer segments to merge: at
 * 200,000 paragraphs the 'rebuild' took 8.7 s with 1 MB and 5.1 s with 64 MB. Stored in the
 * generation's FTS config, so it is set back to FTS5's default once the build is done.
 */
const BUILD_HASH_BYTES = 64 * 2 ** 20;
const DEFAULT_HASH_BYTES = 2 ** 20;
/**
 * FTS5 merges segments as they pile up (automerge, default 4). A build ends with 'optimize',
 * which merges everything into one segment anyway, so merging on the way is work done twice: at
 * 1M BBC paragraphs indexing took 18.2 s with automerge 4 and 13.5 s with 0, 'optimize' 3.2 s
 * after either. Set back to the default once the build is done, for in-place writes.
 */
const BUILD_AUTOMERGE = 0;
const DEFAULT_AUTOMERGE = 4;

/** FTS5 rejects bound values here (better-sqlite3 binds a JS number as a real), so they are spelled out. */
function setFtsConfig(db: Db, key: 'hashsize' | 'automerge', value: number): void {
  db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('${key}', ${Math.trunc(value)})`);
}

/**
 * A generation file under construction is private to its builder and only named in `CURRENT`
 * after `finishGeneration` has synced it, so a crash mid-build leaves a file nobody reads (and
 * `cleanupGenerations` deletes). It therefore needs no rollback journal and no syncs while it is
 * written. Temporary b-trees stay in memory.
 */
function configureBuild(db: Db): void {
  // Set before the first table exists, so the file is laid out in 16 KB pages. 200,000 BBC
  // paragraphs, writer alone, three interleaved rounds: writing 13% and 'optimize' 30% faster than
  // with SQLite's 4 KB, and the file 5% smaller.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('temp_store = MEMORY');
  // The build reads and writes mostly in sequence; a small cache costs no time measurably
  // (200,000 paragraphs: 19.0 s with 16 MB, 21.5 s with 64 MB) and 48 MB less memory.
  db.pragma('cache_size = -16384');
}

/** Create a new, empty generation file ready for a bulk load (no triggers yet). */
export function createGeneration(path: string): Db {
  const db = new Database(path, { fileMustExist: false });
  try {
    configureBuild(db);
    db.exec(TABLES);
    setFtsConfig(db, 'hashsize', BUILD_HASH_BYTES);
    setFtsConfig(db, 'automerge', BUILD_AUTOMERGE);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Install the triggers, merge the index into one segment, stamp the meta, then make the file what
 * readers expect (WAL mode) and durable before anyone names it. Every row must be indexed already
 * (build.ts). No VACUUM: the file was written once, so 'optimize' leaves only the pages of the
 * merged segments free (200,000 paragraphs: 1,416 of 61,417 pages, 2%), and VACUUM rewrote the
 * whole file for them.
 */
export function finishGeneration(db: Db): void {
  db.transaction(() => {
    db.exec(TRIGGERS);
    db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('optimize')`);
    setFtsConfig(db, 'hashsize', DEFAULT_HASH_BYTES);
    setFtsConfig(db, 'automerge', DEFAULT_AUTOMERGE);
    setMeta(db, 'schema_version', String(SCHEMA_VERSION));
    setMeta(db, 'built_at', new Date().toISOString());
    refreshCounts(db);
  })();
  // Back to the serving configuration; WAL mode is recorded in the file's header.
  configure(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  // Written with synchronous = OFF: sync the whole file once, before CURRENT may point at it.
  const fd = fs.openSync(db.name, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
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
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'the file is missing'
      : `the file cannot be read (${(error as Error).message})`;
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
