/**
 * Writing articles into a generation: one article row and its paragraph rows. Used both by a full
 * build (no FTS triggers: the builder indexes the rows it wrote, see build.ts) and by in-place
 * upserts (the triggers keep FTS5 in step). Articles are first made into rows (`toRowBatch`), which
 * a build does on the thread producing them. Callers own the transaction.
 */
import type { ArticleInput } from '../contract/types.ts';
import { CopyAssigner, fingerprint, SIG_WORDS } from '../text/copies.ts';
import { stripSentinels } from '../contract/match-ranges.ts';
import { isBrief } from '../text/brief.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './schema.ts';

/**
 * How a build (build.ts), which has no triggers, keeps track of its rows. Paragraph rowids are
 * handed out here and never reused, so "rows after `indexedThrough`" are exactly the unindexed
 * ones; SQLite's own choice (max + 1) would hand a replaced article's rowids to the next rows.
 * Removing an article whose rows are indexed already (an id met twice) takes them out of FTS5.
 */
export interface BuildRows {
  /** The last paragraph rowid handed out. */
  lastRowid: number;
  /** The last paragraph rowid indexed into FTS5. */
  indexedThrough: number;
}

/** An article's row in the order of the `articles` insert, its JSON columns already serialized. */
export type ArticleRow = [
  id: string,
  source: string,
  title: string,
  outlet: string,
  agency: string | null,
  carriedBy: string | null,
  date: string | null,
  year: number | null,
  url: string | null,
  language: string,
  provenance: string,
  hints: string,
  contentHash: string,
  dropped: string,
  paragraphCount: number,
];

/**
 * Articles as rows: the article rows, then every paragraph of them in order, in flat columns.
 * This is what crosses to a build's writer thread: structured clone copies strings and typed
 * arrays far faster than thousands of small objects (see build.ts), and the writer is then left
 * with little to do but bind values (and fingerprint paragraphs for copy groups, see writeRows).
 */
export interface RowBatch {
  articles: ArticleRow[];
  /** Paragraph texts, sentinels removed, article by article in position order. */
  texts: string[];
  positions: Int32Array;
  /** 1 for a heading, 0 for body text. */
  headings: Uint8Array;
  /** 1 for a brief paragraph (engine/text/brief.ts), 0 otherwise: the stored `brief` column. */
  briefs: Uint8Array;
  /** Source line, or 0 when unknown (lines are 1-based). */
  lines: Int32Array;
}

/** Everything the rows need from the articles but copy fingerprints, computed by the caller (for a build, on the producing thread). */
export function toRowBatch(articles: readonly ArticleInput[]): RowBatch {
  const total = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const batch: RowBatch = {
    articles: [],
    texts: [],
    positions: new Int32Array(total),
    headings: new Uint8Array(total),
    briefs: new Uint8Array(total),
    lines: new Int32Array(total),
  };
  let i = 0;
  for (const article of articles) {
    // The indexer makes paragraphs in position order: copied and sorted only when they are not.
    const paragraphs = inPositionOrder(article.paragraphs)
      ? article.paragraphs
      : [...article.paragraphs].sort((a, b) => a.position - b.position);
    batch.articles.push([
      article.id,
      article.source,
      article.title,
      article.outlet,
      article.agency,
      article.carriedBy,
      article.date,
      article.year,
      article.url,
      article.language,
      JSON.stringify(article.provenance ?? {}),
      JSON.stringify(article.hints ?? []),
      article.contentHash,
      JSON.stringify(article.dropped ?? []),
      paragraphs.length,
    ]);
    for (const p of paragraphs) {
      // The sentinels mark highlights; stored text must never contain them.
      const text = stripSentinels(p.text);
      batch.texts.push(text);
      batch.positions[i] = p.position;
      batch.headings[i] = p.kind === 'heading' ? 1 : 0;
      batch.briefs[i] = isBrief(p.kind, text) ? 1 : 0;
      batch.lines[i] = p.line ?? 0;
      i++;
    }
  }
  return batch;
}

function inPositionOrder(paragraphs: ArticleInput['paragraphs']): boolean {
  for (let i = 1; i < paragraphs.length; i++) if (paragraphs[i]!.position < paragraphs[i - 1]!.position) return false;
  return true;
}

export class ArticleWriter {
  private readonly findArticle;
  private readonly deleteParagraphs;
  private readonly deleteArticle;
  private readonly insertArticle;
  private readonly insertParagraph;

  private readonly setCopyOf;
  /** Statements only `revise` needs, prepared on its first use. */
  private revising: Revising | null = null;
  /** The statement only `rehash` needs, prepared on its first use. */
  private rehashing: Statement | null = null;

  /**
   * A build's own rowids, the statements only a build needs (see BuildRows), and its copy groups,
   * assigned as rows are written; null for upserts, which regroup afterwards (copy-groups.ts).
   */
  private readonly build: { rows: BuildRows; copies: CopyAssigner; unindexParagraphs: Statement; insertParagraphAt: Statement } | null;
  /** A build met an id again and removed rows that may lead copy groups: regroup before finishing. */
  removedDuringBuild = false;
  /** The paragraph being written's copy fingerprint (engine/text/copies.ts). */
  private readonly sig = new Uint32Array(SIG_WORDS);
  /** ...as stored: its SIG_WORDS words, in this machine's (little-endian) order. */
  private readonly sigBlob = Buffer.from(this.sig.buffer, 0, SIG_WORDS * 4);

  constructor(
    private readonly db: Db,
    options: { build?: BuildRows } = {},
  ) {
    this.build =
      options.build === undefined
        ? null
        : {
            rows: options.build,
            copies: new CopyAssigner(),
            unindexParagraphs: db.prepare(
              `INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) SELECT 'delete', rowid, text FROM paragraphs WHERE article_rowid = ? AND rowid <= ?`,
            ),
            insertParagraphAt: db.prepare(
              'INSERT INTO paragraphs (rowid, article_rowid, position, kind, text, line, copy_group, sig, brief) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            ),
          };
    this.setCopyOf = db.prepare('UPDATE articles SET copy_of = ?, copy_shared = ? WHERE rowid = ?');
    this.findArticle = db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck();
    this.deleteParagraphs = db.prepare('DELETE FROM paragraphs WHERE article_rowid = ?');
    this.deleteArticle = db.prepare('DELETE FROM articles WHERE rowid = ?');
    this.insertArticle = db.prepare(`INSERT INTO articles
      (id, source, title, outlet, agency, carried_by, date, year, url, language, provenance, hints, content_hash, dropped, paragraph_count)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertParagraph = db.prepare(
      'INSERT INTO paragraphs (article_rowid, position, kind, text, line, sig, brief) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** Insert the articles, each replacing any article with the same id. */
  write(articles: readonly ArticleInput[]): void {
    this.writeRows(toRowBatch(articles));
  }

  /**
   * Insert the batch's articles, each replacing any article with the same id. Copy fingerprints
   * are computed here, so a build's writer thread does it: the thread producing the rows (reading
   * and cleaning) is the build's bottleneck, and the writer has time to spare.
   */
  writeRows(batch: RowBatch): void {
    let i = 0;
    for (const row of batch.articles) {
      this.remove(row[0]);
      this.insertRows(row, batch, i);
      i += row[14];
    }
  }

  /** Insert one article's row and its paragraphs (the batch's, from `first` on), after every stored row. */
  private insertRows(row: ArticleRow, batch: RowBatch, first: number): void {
    const sigs = this.sig;
    const articleRowid = Number(this.insertArticle.run(row).lastInsertRowid);
    for (let i = first, end = first + row[14]; i < end; i++) {
      const kind = batch.headings[i] === 1 ? 'heading' : 'body';
      const line = batch.lines[i] === 0 ? null : batch.lines[i];
      // The blob is a view of the scratch words: bound (copied) by the insert before the next paragraph.
      const sig = fingerprint(batch.texts[i]!, sigs, 0) ? this.sigBlob : null;
      if (this.build === null) {
        this.insertParagraph.run(articleRowid, batch.positions[i], kind, batch.texts[i], line, sig, batch.briefs[i]);
        continue;
      }
      const rowid = ++this.build.rows.lastRowid;
      const group = this.build.copies.paragraph(rowid, articleRowid, sig === null ? null : sigs, 0);
      this.build.insertParagraphAt.run(rowid, articleRowid, batch.positions[i], kind, batch.texts[i], line, group, sig, batch.briefs[i]);
    }
    const copy = this.build?.copies.endArticle(articleRowid) ?? null;
    if (copy !== null) this.setCopyOf.run(copy.article, copy.shared, articleRowid);
  }

  /**
   * Rewrite the articles where they stand in index order (SearchEngine.reviseArticles): a stored
   * article keeps its row (its rowid is its place among articles) and its paragraph rows' rowids,
   * the paragraph at position k taking the rowid the stored one at position k had, so the order
   * of every paragraph row is what a build writing the new version at the old one's place would
   * give. A row whose text, kind, line and brief flag are the stored ones is not touched (FTS5
   * neither); a changed text is updated through the trigger; rows past the new version's end are
   * deleted; extra rows take the free rowids right after the article's last one. Should those be
   * taken (an article that grew, followed by another), the extra rows go to the end of the table,
   * and `regroup` then reads the index in article order (copy-groups.ts). An id not stored is
   * written as `write` writes it. Returns whether any paragraph's text or place changed, i.e.
   * whether copy groups must be worked out again.
   */
  revise(articles: readonly ArticleInput[]): boolean {
    const batch = toRowBatch(articles);
    const st = (this.revising ??= revisingStatements(this.db));
    const sigs = this.sig;
    let changed = false;
    let i = 0;
    for (const row of batch.articles) {
      const first = i;
      const count = row[14];
      i += count;
      const articleRowid = this.findArticle.get(row[0]) as number | undefined;
      if (articleRowid === undefined) {
        this.insertRows(row, batch, first);
        changed = true;
        continue;
      }
      st.updateArticle.run(...row.slice(1), articleRowid);
      const stored = st.storedParagraphs.all(articleRowid) as StoredParagraph[];
      for (let k = count; k < stored.length; k++) {
        st.deleteParagraph.run(stored[k]![0]);
        changed = true;
      }
      // Free rowids after the article's last row, up to the table's next row (looked up when one is needed).
      let nextRowid = stored.length === 0 ? null : stored[stored.length - 1]![0] + 1;
      let taken: number | null | undefined;
      for (let k = 0; k < count; k++) {
        const at = first + k;
        const text = batch.texts[at]!;
        const kind = batch.headings[at] === 1 ? 'heading' : 'body';
        const line = batch.lines[at] === 0 ? null : batch.lines[at]!;
        const brief = batch.briefs[at]!;
        const position = batch.positions[at]!;
        const old = stored[k];
        if (old !== undefined) {
          const [rowid, oldPosition, oldKind, oldText, oldLine, oldBrief] = old;
          if (oldText === text && oldKind === kind && oldLine === line && oldBrief === brief && oldPosition === position) continue;
          if (oldPosition !== position) changed = true;
          // Naming `text` in the SET fires the FTS5 trigger (schema.ts): only when it changed.
          if (oldText === text) {
            st.updateParagraphFacts.run(position, kind, line, brief, rowid);
            continue;
          }
          const sig = fingerprint(text, sigs, 0) ? this.sigBlob : null;
          st.updateParagraph.run(position, kind, text, line, sig, brief, rowid);
          changed = true;
          continue;
        }
        const sig = fingerprint(text, sigs, 0) ? this.sigBlob : null;
        if (nextRowid !== null) taken ??= st.nextUsed.get(nextRowid - 1) as number | null;
        if (nextRowid !== null && (taken === null || nextRowid < taken!)) {
          st.insertParagraphAt.run(nextRowid++, articleRowid, position, kind, text, line, sig, brief);
        } else {
          nextRowid = null;
          this.insertParagraph.run(articleRowid, position, kind, text, line, sig, brief);
        }
        changed = true;
      }
    }
    return changed;
  }

  /** A stored article's content hash replaced (SearchEngine.rehashArticles); an id not stored is passed over. */
  rehash(hashes: ReadonlyArray<{ id: string; contentHash: string }>): void {
    const update = (this.rehashing ??= this.db.prepare('UPDATE articles SET content_hash = ? WHERE id = ?'));
    for (const { id, contentHash } of hashes) update.run(contentHash, id);
  }

  /** Delete the article and its paragraphs. Returns whether it existed. */
  remove(id: string): boolean {
    const rowid = this.findArticle.get(id) as number | undefined;
    if (rowid === undefined) return false;
    if (this.build !== null) {
      this.build.unindexParagraphs.run(rowid, this.build.rows.indexedThrough);
      this.removedDuringBuild = true;
    }
    this.deleteParagraphs.run(rowid);
    this.deleteArticle.run(rowid);
    return true;
  }
}

/** A stored paragraph row as `revise` compares it: rowid, position, kind, text, line, brief. */
type StoredParagraph = [rowid: number, position: number, kind: string, text: string, line: number | null, brief: number];

interface Revising {
  updateArticle: Statement;
  storedParagraphs: Statement;
  nextUsed: Statement;
  updateParagraph: Statement;
  updateParagraphFacts: Statement;
  deleteParagraph: Statement;
  insertParagraphAt: Statement;
}

function revisingStatements(db: Db): Revising {
  return {
    // Every column an article's version sets; copy_of and copy_shared are the regroup's.
    updateArticle: db.prepare(`UPDATE articles SET
      source = ?, title = ?, outlet = ?, agency = ?, carried_by = ?, date = ?, year = ?, url = ?, language = ?, provenance = ?,
      hints = ?, content_hash = ?, dropped = ?, paragraph_count = ? WHERE rowid = ?`),
    storedParagraphs: db
      .prepare('SELECT rowid, position, kind, text, line, brief FROM paragraphs WHERE article_rowid = ? ORDER BY position')
      .raw(),
    nextUsed: db.prepare('SELECT min(rowid) FROM paragraphs WHERE rowid > ?').pluck(),
    updateParagraph: db.prepare('UPDATE paragraphs SET position = ?, kind = ?, text = ?, line = ?, sig = ?, brief = ? WHERE rowid = ?'),
    updateParagraphFacts: db.prepare('UPDATE paragraphs SET position = ?, kind = ?, line = ?, brief = ? WHERE rowid = ?'),
    deleteParagraph: db.prepare('DELETE FROM paragraphs WHERE rowid = ?'),
    insertParagraphAt: db.prepare(
      'INSERT INTO paragraphs (rowid, article_rowid, position, kind, text, line, sig, brief) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
}
