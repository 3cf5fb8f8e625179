/**
 * Reading one page's hits back from SQL: each row with its match ranges, found by running the
 * query against a scratch FTS5 table of just those rows (page-table.ts), or taken from the
 * snapshot's cache of rows shown before (snapshot-memo.ts).
 */
import { MARK_CLOSE, MARK_OPEN, rangesOfMarked } from '../contract/match-ranges.ts';
import type { MatchRange, SearchHit } from '../contract/types.ts';
import type { Answers, HitRow, ShownHit } from './snapshot-memo.ts';
import type { Statements } from './open-generation.ts';
import { withScratchRows } from './page-table.ts';
import { paragraphId } from '../contract/paragraph-id.ts';

/**
 * The page's hits in order, highlighted against a scratch table holding only their text. A hit
 * shown before for the same expression (the same query paged back, or typed again) is taken from
 * the snapshot's cache of highlighted rows instead.
 */
export function readHits(
  st: Statements,
  answers: Answers,
  highlightMatch: string | null,
  rowids: number[],
  facts: (rowid: number, index: number) => Pick<SearchHit, 'articleParagraphs' | 'matchedAllTerms' | 'match'>,
): SearchHit[] {
  const shownHits = answers.shownHits(highlightMatch ?? '');
  const shown = rowids.map((rowid) => shownHits.get(rowid));
  const missing: number[] = [];
  for (let i = 0; i < rowids.length; i++) if (shown[i] === undefined) missing.push(i);
  if (missing.length > 0) {
    const read = shownHitsOf(
      st,
      highlightMatch,
      missing.map((i) => rowids[i]!),
    );
    missing.forEach((i, j) => {
      shown[i] = read[j]!;
      shownHits.keep(rowids[i]!, read[j]!);
    });
    answers.keepShownHits(highlightMatch ?? '', shownHits);
  }
  // One object literal with every field: objects grown or spread afterwards cost V8 far more
  // (measured: ~35 KB more garbage a page, a third of a warm search).
  return shown.map((hit, i) => {
    const [position, kind, text, articleId, title, outlet, year, date, language, leader] = hit!.row;
    const { articleParagraphs, matchedAllTerms, match } = facts(rowids[i]!, i);
    const id = paragraphId(articleId, position);
    return {
      id,
      articleId,
      position,
      kind,
      text,
      title,
      outlet,
      year,
      date,
      language,
      copyGroup: leader ?? id,
      matches: hit!.matches.map(copyRange),
      articleParagraphs,
      matchedAllTerms,
      match,
    };
  });
}

/**
 * Rows read back and matched against `highlightMatch` (null: no ranges), in the order asked: the
 * work a page of hits costs when none was shown before (the preparer stores a head's first page).
 */
export function shownHitsOf(st: Statements, highlightMatch: string | null, rowids: readonly number[]): ShownHit[] {
  const rows = rowids.map((rowid) => st.hitRow.get(rowid) as HitRow);
  const marked = new Map<number, string>();
  if (highlightMatch !== null) {
    withScratchRows(
      st,
      rows.map((row, j) => [j, row[2]] as const),
      () => {
        for (const [j, html] of st.marks.all(MARK_OPEN, MARK_CLOSE, highlightMatch) as Array<[number, string]>) marked.set(j, html);
      },
    );
  }
  return rows.map((row, j) => {
    const html = marked.get(j);
    return { row, matches: html === undefined ? [] : rangesOfMarked(html) };
  });
}

/** The cache keeps its ranges: each result gets its own (a caller may change what it receives). */
const copyRange = (range: MatchRange): MatchRange => [range[0], range[1]];
