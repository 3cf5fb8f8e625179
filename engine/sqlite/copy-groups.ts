/**
 * Copy groups after in-place writes. A full build assigns them as it writes (write.ts); an upsert
 * or a delete can change any group (a new article may copy an old one, a removed article may have
 * led a group), so the groups are worked out again over every stored fingerprint in rowid order —
 * the order a build wrote them in, new articles last — with the same CopyAssigner, and only the
 * rows whose group changed are written. An incremental run therefore gives the groups a full build
 * of the same rows in the same order would: membership never depends on how the index got here.
 * Cost: one pass over the `sig` column (40 bytes a paragraph) and the grouping, ~1-2 s at 1M.
 */
import { CopyAssigner, SIG_WORDS } from '../text/copies.ts';
import type { CopyStats } from '../contract/types.ts';
import type { Db } from './schema.ts';

/**
 * Recompute every copy group and every article's copy_of; returns how many rows changed. Index
 * order is article order (an article's rowid), then position. Builds and upserts write rows in
 * that order, so it is rowid order and the pass reads the table straight; a revised article that
 * grew past the rowids free after it (write.ts, `revise`) has rows at the table's end, and then
 * the pass is made again through the (article_rowid, position) index.
 */
export function regroup(db: Db): number {
  return regroupIn(db, 'rowid') ?? regroupIn(db, 'article_rowid, position')!;
}

/** `regroup` reading the rows in `order`; null (nothing written) if that is not article order. */
function regroupIn(db: Db, order: 'rowid' | 'article_rowid, position'): number | null {
  const assigner = new CopyAssigner();
  const sig = new Uint32Array(SIG_WORDS);
  const sigBytes = new Uint8Array(sig.buffer);
  const setGroup = db.prepare('UPDATE paragraphs SET copy_group = ? WHERE rowid = ?');
  const copies = new Map<number, { article: number; shared: number }>();
  // better-sqlite3 allows no write while a statement iterates: the changes are written after.
  const changedRows: number[] = [];
  const changedGroups: Array<number | null> = [];
  let article = -1;
  const endArticle = () => {
    const copy = article < 0 ? null : assigner.endArticle(article);
    if (copy !== null) copies.set(article, copy);
  };
  const rows = db.prepare(`SELECT rowid, article_rowid, position, copy_group, sig FROM paragraphs ORDER BY ${order}`).raw();
  let position = -1;
  for (const [rowid, articleRowid, at, stored, blob] of rows.iterate() as IterableIterator<
    [number, number, number, number | null, Buffer | null]
  >) {
    if (articleRowid !== article) {
      if (articleRowid < article) return null;
      endArticle();
      article = articleRowid;
    } else if (at < position) return null;
    position = at;
    if (blob !== null) sigBytes.set(blob);
    const group = assigner.paragraph(rowid, articleRowid, blob === null ? null : sig, 0);
    if (group !== stored) {
      changedRows.push(rowid);
      changedGroups.push(group);
    }
  }
  endArticle();
  for (let i = 0; i < changedRows.length; i++) setGroup.run(changedGroups[i], changedRows[i]);
  let changed = changedRows.length;
  const setCopyOf = db.prepare('UPDATE articles SET copy_of = ?, copy_shared = ? WHERE rowid = ?');
  for (const [rowid, copyOf, shared] of db.prepare('SELECT rowid, copy_of, copy_shared FROM articles').raw().all() as Array<
    [number, number | null, number]
  >) {
    const copy = copies.get(rowid) ?? null;
    if ((copy?.article ?? null) !== copyOf || (copy?.shared ?? 0) !== shared) {
      setCopyOf.run(copy?.article ?? null, copy?.shared ?? 0, rowid);
      changed++;
    }
  }
  return changed;
}

/** Copy groups of two or more over the whole generation, through the copy_group index. */
/** Whether any paragraph is in another's copy group: one probe of the partial index on copy_group. */
export function hasCopyGroups(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM paragraphs WHERE copy_group IS NOT NULL)').pluck().get() === 1;
}

export function copyStats(db: Db): CopyStats {
  const sizes = `SELECT copy_group AS g, count(*) + 1 AS n FROM paragraphs WHERE copy_group IS NOT NULL GROUP BY copy_group`;
  const [groups, paragraphs] = db.prepare(`SELECT count(*), coalesce(sum(n), 0) FROM (${sizes})`).raw().get() as [number, number];
  const top = db
    .prepare(
      `SELECT a.id || '-' || p.position, s.n FROM (${sizes} ORDER BY n DESC, g LIMIT 1) s JOIN paragraphs p ON p.rowid = s.g JOIN articles a ON a.rowid = p.article_rowid`,
    )
    .raw()
    .get() as [string, number] | undefined;
  return { groups, paragraphs, largest: top === undefined ? null : { group: top[0], paragraphs: top[1] } };
}
