/**
 * Figures for graded judgements (bench/relevance-graded.ts): nDCG@10, precision@10, relevant hits
 * in the top ten, zero results. Pure functions of a ranked id list, so the figures can be checked
 * by hand and compared run to run (bench/relevance-baseline.json).
 */
import type { GradedQuery } from './relevance-graded.ts';

export const DEPTH = 10;

export interface QueryFigures {
  /** nDCG@10 with gains 2^grade − 1; null when nothing is relevant (an absent word). */
  ndcg: number | null;
  /** Share of the first ten hits graded 1 or more (of ten, however many hits there are). */
  precision: number;
  /** Hits graded 1 or more among the first ten. */
  relevant: number;
  /** No hit at all. */
  zero: boolean;
  /** Hits among the first ten nobody graded (counted as 0). */
  unjudged: number;
  /** The result's own total, as the page would show it. */
  total: number;
}

const gain = (grade: number): number => 2 ** grade - 1;
const discount = (rank: number): number => 1 / Math.log2(rank + 2);

export function queryFigures(judged: GradedQuery, ids: readonly string[], total: number): QueryFigures {
  const top = ids.slice(0, DEPTH);
  let dcg = 0;
  let relevant = 0;
  let unjudged = 0;
  top.forEach((id, rank) => {
    const grade = judged.grades[id];
    if (grade === undefined) unjudged++;
    else if (grade > 0) relevant++;
    dcg += gain(grade ?? 0) * discount(rank);
  });
  const ideal = Object.values(judged.grades)
    .sort((a, b) => b - a)
    .slice(0, DEPTH)
    .reduce<number>((sum, grade, rank) => sum + gain(grade) * discount(rank), 0);
  return { ndcg: ideal === 0 ? null : dcg / ideal, precision: relevant / DEPTH, relevant, zero: ids.length === 0, unjudged, total };
}

export interface Summary {
  queries: number;
  /** Mean nDCG@10 over the queries that have relevant paragraphs. */
  ndcg: number;
  /** Mean precision@10 over the same queries. */
  precision: number;
  /** Share of the queries with relevant paragraphs that returned nothing. */
  zeroRate: number;
  /** Share of the absent-word queries that returned nothing. */
  absentZeroRate: number;
}

export function summarise(figures: Array<{ judged: GradedQuery; figures: QueryFigures }>): Summary {
  const answerable = figures.filter((f) => f.figures.ndcg !== null);
  const absent = figures.filter((f) => f.figures.ndcg === null);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    queries: figures.length,
    ndcg: mean(answerable.map((f) => f.figures.ndcg!)),
    precision: mean(answerable.map((f) => f.figures.precision)),
    zeroRate: mean(answerable.map((f) => (f.figures.zero ? 1 : 0))),
    absentZeroRate: mean(absent.map((f) => (f.figures.zero ? 1 : 0))),
  };
}
