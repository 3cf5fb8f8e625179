/**
 * Writing articles into a generation: one article row and its paragraph rows. Used both by a full
 * build (no FTS triggers: the builder indexes the rows it wrote, see build.ts) and by in-place
 * upserts (the triggers keep FTS5 in step). Callers own the transaction.
 */
import type { ArticleInput } from '../types.ts';
import { stripSentinels } from '../highlight.ts';
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

export class ArticleWriter {
  private readonly findArticle;
  private readonly deleteParagraphs;
  private readonly deleteArticle;
  private readonly insertArticle;
  private readonly insertParagraph;

  /** A build's own rowids and the statements only a build needs (see BuildRows); null for upserts. */
  private readonly build: { rows: BuildRows; unindexParagraphs: Statement; insertParagraphAt: Statement } | null;

  constructor(db: Db, options: { build?: BuildRows } = {}) {
    this.build =
      options.build === undefined
        ? null
        : {
            rows: options.build,
            unindexParagraphs: db.prepare(
              `INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) SELECT 'delete', rowid, text FROM paragraphs WHERE article_rowid = ? AND rowid <= ?`,
            ),
            insertParagraphAt: db.prepare('INSERT INTO paragraphs (rowid, article_rowid, position, kind, text, line) VALUES (?, ?, ?, ?, ?, ?)'),
          };
    this.findArticle = db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck();
    this.deleteParagraphs = db.prepare('DELETE FROM paragraphs WHERE article_rowid = ?');
    this.deleteArticle = db.prepare('DELETE FROM articles WHERE rowid = ?');
    this.insertArticle = db.prepare(`INSERT INTO articles
      (id, source, title, outlet, agency, carried_by, date, year, url, language, provenance, hints, content_hash, dropped, paragraph_count)
      VALUES (@id, @source, @title, @outlet, @agency, @carriedBy, @date, @year, @url, @language, @provenance, @hints, @contentHash, @dropped, @paragraphCount)`);
    this.insertParagraph = db.prepare('INSERT INTO paragraphs (article_rowid, position, kind, text, line) VALUES (?, ?, ?, ?, ?)');
  }

  /** Insert the article, replacing any article with the same id. Returns its paragraph count. */
  write(article: ArticleInput): number {
    this.remove(article.id);
    const paragraphs = [...article.paragraphs].sort((a, b) => a.position - b.position);
    const { lastInsertRowid } = this.insertArticle.run({
      id: article.id,
      source: article.source,
      title: article.title,
      outlet: article.outlet,
      agency: article.agency,
      carriedBy: article.carriedBy,
      date: article.date,
      year: article.year,
      url: article.url,
      language: article.language,
      provenance: JSON.stringify(article.provenance ?? {}),
      hints: JSON.stringify(article.hints ?? []),
      contentHash: article.contentHash,
      dropped: JSON.stringify(article.dropped ?? []),
      paragraphCount: paragraphs.length,
    });
    for (const p of paragraphs) {
      // The sentinels mark highlights; stored text must never contain them.
      const text = stripSentinels(p.text);
      if (this.build === null) this.insertParagraph.run(lastInsertRowid, p.position, p.kind, text, p.line ?? null);
      else this.build.insertParagraphAt.run(++this.build.rows.lastRowid, lastInsertRowid, p.position, p.kind, text, p.line ?? null);
    }
    return paragraphs.length;
  }

  /** Delete the article and its paragraphs. Returns whether it existed. */
  remove(id: string): boolean {
    const rowid = this.findArticle.get(id) as number | undefined;
    if (rowid === undefined) return false;
    if (this.build !== null) this.build.unindexParagraphs.run(rowid, this.build.rows.indexedThrough);
    this.deleteParagraphs.run(rowid);
    this.deleteArticle.run(rowid);
    return true;
  }
}
