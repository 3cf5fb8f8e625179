/** Reading whole articles back: one article with its paragraphs, and the list of all articles. */
import { MARK_CLOSE, MARK_OPEN, rangesOfMarked } from '../contract/match-ranges.ts';
import { isEmptyQuery, parseQuery } from '../query/parse.ts';
import { normaliseQuery } from '../contract/request.ts';
import type {
  ArticleMeta,
  ArticleParagraph,
  ArticleSummary,
  ArticleView,
  CopyOf,
  ParagraphKind,
  SharedArticle,
} from '../contract/types.ts';
import type { Generation } from './open-generation.ts';
import { planQuery } from './plan.ts';
import { interpret } from '../query/interpret.ts';
import { withScratchRows } from './page-table.ts';
import { paragraphId } from '../contract/paragraph-id.ts';

/** An `articles` row as stored (bench/fixup-writes.ts reads rows back into articles with it too). */
export interface StoredArticleRow {
  rowid: number;
  id: string;
  source: string;
  title: string;
  outlet: string;
  agency: string | null;
  carried_by: string | null;
  date: string | null;
  year: number | null;
  url: string | null;
  language: string;
  provenance: string;
  hints: string;
  content_hash: string;
  dropped: string;
  paragraph_count: number;
  copy_of_id: string | null;
  copy_shared: number;
}

function copyOf(row: StoredArticleRow): CopyOf | null {
  return row.copy_of_id === null ? null : { id: row.copy_of_id, shared: row.copy_shared };
}

function toMeta(row: StoredArticleRow): ArticleMeta {
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    agency: row.agency,
    carriedBy: row.carried_by,
    date: row.date,
    year: row.year,
    url: row.url,
    language: row.language,
    provenance: JSON.parse(row.provenance),
    hints: JSON.parse(row.hints),
    contentHash: row.content_hash,
  };
}

export function getArticle(generation: Generation, id: string, q: string | undefined): ArticleView | null {
  const st = generation.statements;
  const row = st.articleById.get(id) as StoredArticleRow | undefined;
  if (row === undefined) return null;
  const rows = st.articleParagraphs.all(row.rowid) as Array<{
    rowid: number;
    position: number;
    kind: ParagraphKind;
    text: string;
    leader: string | null;
  }>;

  // Highlights come from the same query plan as search (typos, synonyms, joined forms), restricted
  // to this article's rows; a paragraph is "matched" when search would return it.
  const marked = new Map<number, string>();
  let matchedRows: Set<number> | null = null;
  let excluded: Set<number> | null = null;
  const parsed = parseQuery(normaliseQuery(q));
  if (rows.length > 0 && !isEmptyQuery(parsed)) {
    // The words and synonyms only: the serving thread need not hold a whole snapshot for this.
    const lexicon = generation.lexicon();
    const plan = planQuery(parsed, lexicon, interpret(parsed, lexicon));
    // Against a scratch table of this article's rows (page-table.ts), not the whole index.
    withScratchRows(
      st,
      rows.map((r) => [r.rowid, r.text] as const),
      () => {
        if (plan.anyUnit !== null) {
          for (const [rowid, html] of st.marks.all(MARK_OPEN, MARK_CLOSE, plan.anyUnit) as Array<[number, string]>) marked.set(rowid, html);
          // Matched: what search counts, a paragraph with every word (as written or a variant).
          matchedRows = new Set(st.markMatches.all(plan.allUnits!) as number[]);
        } else if (plan.exclude !== null) {
          excluded = new Set(st.markMatches.all(plan.exclude) as number[]);
        }
      },
    );
  }

  const { copiedIn, sharedWith } = copiesOfArticle(generation, row.rowid);
  const paragraphs: ArticleParagraph[] = rows.map((r) => {
    const html = marked.get(r.rowid);
    const matched = matchedRows !== null ? matchedRows.has(r.rowid) : excluded !== null && !excluded.has(r.rowid);
    return {
      position: r.position,
      kind: r.kind,
      text: r.text,
      matches: html !== undefined ? rangesOfMarked(html) : [],
      matched,
      copyGroup: r.leader ?? paragraphId(row.id, r.position),
      copiedIn: copiedIn.get(r.position)?.size ?? 0,
    };
  });
  return { ...toMeta(row), paragraphs, dropped: JSON.parse(row.dropped), copyOf: copyOf(row), sharedWith };
}

/** Per paragraph position, the other articles holding a copy; and those articles, most shared first. */
function copiesOfArticle(
  generation: Generation,
  articleRowid: number,
): { copiedIn: Map<number, Set<number>>; sharedWith: SharedArticle[] } {
  const st = generation.statements;
  const copiedIn = new Map<number, Set<number>>();
  const shared = new Map<number, Set<number>>();
  for (const [position, other] of st.articleCopies.all({ article: articleRowid }) as Array<[number, number]>) {
    copiedIn.set(position, (copiedIn.get(position) ?? new Set()).add(other));
    shared.set(other, (shared.get(other) ?? new Set()).add(position));
  }
  const sharedWith = [...shared].map(([rowid, positions]) => {
    const a = st.articleBrief.get(rowid) as { id: string; title: string; outlet: string; date: string | null };
    return { id: a.id, title: a.title, outlet: a.outlet, date: a.date, shared: positions.size };
  });
  sharedWith.sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : 1));
  return { copiedIn, sharedWith };
}

export function listArticles(generation: Generation): ArticleSummary[] {
  return (generation.statements.listArticles.all() as StoredArticleRow[]).map((row) => ({
    ...toMeta(row),
    paragraphs: row.paragraph_count,
    copyOf: copyOf(row),
  }));
}
