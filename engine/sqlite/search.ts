/**
 * Search over one generation. FTS5 supplies the matching rowids; filtering, disjunctive facet
 * counts, totals and date sorting happen in JS over the snapshot's typed arrays; only the page of
 * hits is read back from SQL (row + highlight), so the cost beyond FTS5 is linear in the matches.
 */
import { SearchAbortedError } from '../contract/errors.ts';
import { interpret, matchFrom, spellingsOf } from '../query/interpret.ts';
import { parseQuery } from '../query/parse.ts';
import { normaliseRequest } from '../contract/request.ts';
import { suggestQueries } from '../query/suggest.ts';
import type { SearchFilters, SearchHit, SearchRequest, SearchResult, SortOrder } from '../contract/types.ts';
import { copyFigures, type Figures, type KnownPage } from './snapshot-memo.ts';
import { collapse, collapseCounted, countAndFilter, facetObjects, filterRows, hasFilters, type Counted } from './count.ts';
import type { CopiesOf } from './page-copies.ts';
import type { Generation } from './open-generation.ts';
import { readHits } from './hits.ts';
import { markNear, mergeAscending, scoreUnits, splitByUnits, unitlessMatches, type Scored } from './match.ts';
import { planQuery, type QueryPlan } from './plan.ts';
import { byDate, byRelevance, type RankedRows, rankingMatch } from './rank.ts';
import type { Snapshot } from './snapshot.ts';
import type { Workspace } from './workspace.ts';
import { parseParagraphId } from '../contract/paragraph-id.ts';

/** For the preparer (prepare.ts), which ranks with the search's own code. */
export { rankingMatch };

/**
 * `stopped` is asked between the search's phases (see SearchOptions.signal); when it says yes the
 * search throws `SearchAbortedError` (it holds no state beyond its own workspace).
 */
export function search(generation: Generation, request: SearchRequest, stopped: () => boolean = never): SearchResult {
  const started = performance.now();
  const checkpoint = () => {
    if (stopped()) throw new SearchAbortedError('stopped');
  };
  // The one normaliser both backends share (engine/contract/request.ts): defaults, limits, the query cleaned.
  const { query, q, filters, page, perPage, sort, groupByArticle: grouped, dedupe } = normaliseRequest(request);
  const parsed = parseQuery(q);
  const snap = generation.current();
  // Suggestions first: a misspelt word's wider "did you mean" corrections then also answer the
  // interpretation's narrower ones (Vocabulary keeps them), instead of scanning the vocabulary twice.
  const suggestions = suggestQueries(parsed, snap.vocabulary, snap.synonyms);
  const interpretation = interpret(parsed, snap);
  const spellings = spellingsOf(parsed, snap);
  const plan = planQuery(parsed, snap, interpretation);
  const st = generation.statements;
  const answers = generation.answers;
  const offset = (page - 1) * perPage;

  const respond = (ranked: RankedPage): SearchResult => {
    const { figures, rowids } = ranked;
    const highlightMatch = rowids.length === 0 ? null : plan.anyUnit;
    const hits = readHits(st, answers, highlightMatch, rowids, (rowid, i) => ({
      articleParagraphs: snap.articleParagraphs[snap.articleOf[rowid]!]!,
      matchedAllTerms: ranked.matchedAll[i]!,
      match: matchFrom(interpretation, ranked.matchedAll[i]!, ranked.usedVariant[i]!),
    }));
    if (ranked.moreInArticle !== null) hits.forEach((hit, i) => (hit.moreInArticle = ranked.moreInArticle![i]!));
    if (ranked.copies !== null) hits.forEach((hit, i) => (hit.copies = ranked.copies![i]!));
    return {
      query,
      total: figures.total,
      looseTotal: ranked.looseTotal,
      reading: interpretation.reading,
      spellings,
      totalCapped: false,
      articleTotal: figures.articleTotal,
      distinctTotal: figures.distinctTotal ?? null,
      page,
      perPage,
      pages: Math.ceil(((figures.distinctTotal ?? figures.total) + ranked.looseTotal) / perPage),
      sort,
      groupedByArticle: grouped,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      // Every query runs to the end here: there is no cut-off to stop at.
      degraded: false,
      suggestions,
      hits,
      facets: figures.facets,
    };
  };

  // A one-unit query met before in this snapshot, unfiltered: its totals and facet counts are
  // known, and so is a page shown before. Paging back and forth and search-as-you-type repeat
  // exactly these. Every match of a one-unit query has all its units: all are counted.
  // Collapsed (dedupe) and plain answers are kept apart: the key says which.
  const summaryKey = isSummarised(plan, sort, grouped, filters) ? summaryKeyOf(plan, dedupe) : null;
  const known = summaryKey === null ? undefined : answers.summary(summaryKey);
  const pageKey = `${offset}:${perPage}`;
  const knownPage = known?.pages.get(pageKey);
  if (known !== undefined && knownPage !== undefined) {
    return respond(pageOf(copyFigures(known), knownPage, (r) => known.variantRows.has(r)));
  }
  // Met for the first time here, but prepared with the index (prepared.ts): a slice of its head.
  const prepared = summaryKey === null ? null : generation.prepared(summaryKey, offset + perPage);
  if (prepared !== null && (prepared.collapsed || !dedupe)) {
    const rows = Array.from(prepared.head.subarray(offset, offset + perPage));
    // The head's first rows were read and highlighted when it was prepared: no paragraph to read.
    if (prepared.shown !== null && prepared.shown.expr === plan.anyUnit)
      answers.addShownHits(prepared.shown.expr, prepared.head, prepared.shown.hits);
    const copies = prepared.copies(offset, offset + rows.length);
    return respond(pageOf(prepared.figures, { rows, copies }, () => prepared.variant));
  }

  checkpoint();
  const ranked = rankPage(generation, snap, plan, { filters, sort, grouped, dedupe, offset, perPage }, checkpoint);
  if (summaryKey !== null) {
    const variantRows = new Set(ranked.rowids.filter((_, i) => ranked.usedVariant[i]));
    answers.rememberPage(summaryKey, { ...ranked.figures, matchCount: ranked.matchCount, variantRows }, pageKey, {
      rows: ranked.rowids,
      copies: ranked.copies,
    });
  }
  return respond(ranked);
}

/** The queries whose answers are remembered (snapshot-memo.ts) and prepared (prepared.ts): one unit, unfiltered, by relevance. */
export function isSummarised(plan: QueryPlan, sort: SortOrder, grouped: boolean, filters: SearchFilters | undefined): boolean {
  return plan.units.length === 1 && sort === 'relevance' && !grouped && plan.exclude === null && !hasFilters(filters);
}

/** A remembered page of a one-unit query: every row has all (one) units. */
function pageOf(figures: Figures, page: KnownPage, usedVariant: (rowid: number) => boolean): RankedPage {
  const { rows: rowids, copies } = page;
  return {
    figures,
    looseTotal: 0,
    matchCount: figures.total,
    rowids,
    matchedAll: rowids.map(() => true),
    usedVariant: rowids.map(usedVariant),
    moreInArticle: null,
    copies,
    stable: rowids.length,
    firstBucket: rowids.length,
  };
}

/** What one search works out before reading its hits: figures, and the page's rows with their facts. */
export interface RankedPage {
  figures: Figures;
  looseTotal: number;
  /** Rows matched, counted or not, before filters. */
  matchCount: number;
  rowids: number[];
  /** Per page row: whether it has every unit, and whether it needed a variant. */
  matchedAll: boolean[];
  usedVariant: boolean[];
  /** Per page row, grouped by article: the article's other matching paragraphs; else null. */
  moreInArticle: number[] | null;
  /** Per page row, collapsed (dedupe): its group's other copies among the filtered matches; else null. */
  copies: SearchHit['copies'][] | null;
  /** The leading rows that any request asking for no more than this many would get too (see byRelevance). */
  stable: number;
  /** The leading rows in the first ranking bucket (RankedRows.firstBucket); 0 by date or grouped. */
  firstBucket: number;
}

export interface PageRequest {
  filters: SearchFilters | undefined;
  sort: SortOrder;
  grouped: boolean;
  /** One row per copy group (SearchRequest.dedupe); absent means off. */
  dedupe?: boolean;
  offset: number;
  perPage: number;
}

/**
 * Match, count and rank a planned query, down to the rows of one page: matching (match.ts),
 * filtering and counting (count.ts), ranking (rank.ts), in a workspace of this search's own.
 */
export function rankPage(
  generation: Generation,
  snap: Snapshot,
  plan: QueryPlan,
  request: PageRequest,
  checkpoint: () => void = never,
): RankedPage {
  return generation.workspaces.use(snap, (ws) => rankIn(ws, generation, snap, plan, request, checkpoint));
}

function rankIn(
  ws: Workspace,
  generation: Generation,
  snap: Snapshot,
  plan: QueryPlan,
  request: PageRequest,
  checkpoint: () => void,
): RankedPage {
  const postings = generation.postings;
  const { sort, grouped, offset, perPage } = request;
  const dedupe = request.dedupe === true;
  const units = plan.units.length;
  // Words missing from the end are listed after the counted hits, in relevance order only.
  const listLoose = units > 1 && sort === 'relevance' && !grouped && !dedupe;
  const scored: Scored | null = units > 0 ? scoreUnits(postings, snap, ws, plan) : null;
  const near = units > 1 && sort === 'relevance' && markNear(postings, snap, ws, plan);
  checkpoint();
  const found = scored?.matches ?? unitlessMatches(postings, snap, ws, plan.exclude);
  const matches = onlyGroup(generation, snap, found, request.filters?.copyGroup);
  // Counted: the paragraphs with every unit. The others are listed after them, never counted.
  const split = scored !== null && !scored.uniform ? splitByUnits(ws, matches, units) : null;
  let counted: Counted = countAndFilter(snap, ws, split?.all ?? matches, request.filters);
  let paragraphTotal = counted.filtered.length;
  let copiesFor: ((page: ArrayLike<number>) => CopiesOf) | null = null;
  let articleTotal = counted.articles.length;
  if (dedupe) {
    const all = split?.all ?? matches;
    // The collapsed matches depend on the plan alone (not on a copy group asked for): kept per snapshot.
    const collapsed =
      matches === found ? generation.answers.collapsedMatches(matchKeyOf(plan), () => collapse(snap, ws, all)) : collapse(snap, ws, all);
    ({ counted, paragraphTotal, articleTotal, copiesFor } = collapseCounted(snap, ws, all, collapsed, counted, request.filters));
  }
  checkpoint();
  const { filtered, articles } = counted;
  const total = grouped ? articles.length : filtered.length;
  const loose = listLoose && split !== null ? filterRows(snap, split.some, request.filters) : null;
  const looseTotal = loose?.length ?? 0;

  let page: RankedRows = { rows: [], stable: 0, firstBucket: 0 };
  if (offset < total + looseTotal) {
    if (units > 0 && sort === 'relevance') {
      const ranked = loose === null || loose.length === 0 ? counted : { ...counted, filtered: mergeAscending(filtered, loose) };
      // One copy group kept: the ranking still walks every match, so it is told they are filtered.
      const matchCount =
        matches !== found ? found.length : split === null ? matches.length : split.all.length + (listLoose ? split.some.length : 0);
      const { uniform, touchedCount } = scored ?? { uniform: false, touchedCount: 0 };
      page = byRelevance({ postings, snap, ws, plan, counted: ranked, matchCount, grouped, offset, perPage, uniform, touchedCount, near });
    } else {
      page = { rows: byDate(snap, ws, sort === 'oldest', filtered, grouped, offset + perPage).slice(offset), stable: 0, firstBucket: 0 };
    }
  }
  checkpoint();
  const rowids = page.rows;
  const facets = facetObjects(snap, counted);
  const figures: RankedPage['figures'] = dedupe
    ? { total: paragraphTotal, distinctTotal: total, articleTotal: grouped ? articles.length : articleTotal, facets }
    : { total, articleTotal: articles.length, facets };
  const copies = copiesFor === null ? null : copiesFor(rowids);
  // Units and costs exist only where matching recorded them (ws.scored); elsewhere every row has every unit as written.
  const recorded = ws.scored;
  return {
    figures,
    looseTotal,
    matchCount: matches.length,
    rowids,
    matchedAll: rowids.map((r) => units === 0 || scored?.uniform === true || (recorded && ws.matchedUnits[r] === units)),
    // A row's cost is how many units it matched only through a variant (0 when none was recorded).
    usedVariant: rowids.map((r) => recorded && ws.costs[r]! > 0),
    moreInArticle: grouped ? rowids.map((r) => ws.articleHits[snap.articleOf[r]!]! - 1) : null,
    copies: copies === null ? null : rowids.map(copies),
    stable: page.stable,
    firstBucket: page.firstBucket,
  };
}

const never = (): boolean => false;

/**
 * The matches in one copy group (SearchFilters.copyGroup), ascending; all of them when no group is
 * asked. The group is named after its first paragraph (`<article id>-<position>`), whose rowid
 * every member's `copyGroupOf` holds; an id that names no leading paragraph keeps nothing.
 */
function onlyGroup(generation: Generation, snap: Snapshot, matches: Uint32Array, group: string | undefined): Uint32Array {
  if (typeof group !== 'string' || group === '') return matches;
  const named = parseParagraphId(group);
  const leader =
    named === null ? undefined : (generation.statements.paragraphRowid.get(named.articleId, named.position) as number | undefined);
  if (leader === undefined || leader >= snap.size || snap.copyGroupOf[leader] !== leader) return new Uint32Array(0);
  const out = new Uint32Array(matches.length);
  let n = 0;
  for (let i = 0; i < matches.length; i++) if (matches[i]! < snap.size && snap.copyGroupOf[matches[i]!] === leader) out[n++] = matches[i]!;
  return out.subarray(0, n);
}

/**
 * Two plans with the same key match the same paragraphs at the same costs; a collapsed (dedupe)
 * answer's key is marked, as its figures and pages differ.
 */
export function summaryKeyOf(plan: QueryPlan, dedupe = false): string {
  const key = plan.units.map((u) => u.classes.map((c) => `${c.cost}:${c.match}`).join('\u0000')).join('\u0001');
  return dedupe ? `${COLLAPSED_KEY}${key}` : key;
}

/** What a plan matches, its exclusion included: two plans with the same key match the same paragraphs. */
const matchKeyOf = (plan: QueryPlan): string => `${summaryKeyOf(plan)}\u0003${plan.exclude ?? ''}`;

/** Marks a collapsed answer's summary key (no match expression holds it). */
const COLLAPSED_KEY = '\u0002dedupe\u0002';
