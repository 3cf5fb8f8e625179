/** The first-seen figures: per-kind latencies of nutgraf and the baseline over the same queries, and their table. */
import type { Answered } from './ask-once.ts';
import { FIRST_SEEN_KINDS, type FirstSeenQuery } from './first-seen.ts';
import { percentiles, type Percentiles } from './proc.ts';
import { apiPath } from './queries.ts';

export interface FirstSeenFigures {
  seed: number;
  /** Every query in asking order, with both sides' time and total. */
  /**
   * `ms`, `total`: copies not collapsed; `collapsedMs`: the same query collapsed (dedupe=1), on a
   * second server asked alternately with the first; `tookMs`, `collapsedTookMs`: the engine's own
   * time for each (a query far slower than its `tookMs` was held outside the search).
   */
  queries: Array<{
    kind: string;
    path: string;
    ms: number;
    total: number;
    tookMs: number;
    collapsedMs: number;
    collapsedTookMs: number;
    baselineMs: number;
    baselineTotal: number;
  }>;
  kinds: Array<{
    kind: string;
    about: string;
    nutgraf: Percentiles;
    collapsed: Percentiles;
    baseline: Percentiles;
    medianTotal: number;
    medianBaselineTotal: number;
  }>;
  all: { nutgraf: Percentiles; collapsed: Percentiles; baseline: Percentiles };
  /**
   * Queries whose answer took HELD_MS or more beyond the engine's own time (`ms` − `tookMs`), per
   * side: held outside the search, by a collection in the serving thread, one in the worker between
   * searches, or the machine. A kind's p99 over a few dozen queries is its slowest one, so one such
   * hold decides it; this says how many there were.
   */
  held: { plain: number; collapsed: number };
}

/** How far beyond the engine's own time an answer must be to count as held (see `held`). */
export const HELD_MS = 5;

export function firstSeenFigures(
  seed: number,
  queries: readonly FirstSeenQuery[],
  ours: readonly Answered[],
  theirs: readonly Answered[],
  collapsed: readonly Answered[],
): FirstSeenFigures {
  if (ours.length !== queries.length || theirs.length !== queries.length || collapsed.length !== queries.length) {
    throw new Error(
      `first seen: ${queries.length} queries, ${ours.length} answered by nutgraf (${collapsed.length} collapsed), ${theirs.length} by the baseline`,
    );
  }
  const rows = queries.map((q, i) => ({
    kind: q.kind,
    path: apiPath(q),
    ms: ours[i]!.ms,
    total: ours[i]!.total,
    tookMs: ours[i]!.tookMs ?? NaN,
    collapsedMs: collapsed[i]!.ms,
    collapsedTookMs: collapsed[i]!.tookMs ?? NaN,
    baselineMs: theirs[i]!.ms,
    baselineTotal: theirs[i]!.total,
  }));
  const median = (values: number[]) => percentiles(values).p50;
  const kinds = FIRST_SEEN_KINDS.flatMap(({ kind, about }) => {
    const of = rows.filter((r) => r.kind === kind);
    if (of.length === 0) return [];
    return [
      {
        kind,
        about,
        nutgraf: percentiles(of.map((r) => r.ms)),
        collapsed: percentiles(of.map((r) => r.collapsedMs)),
        baseline: percentiles(of.map((r) => r.baselineMs)),
        medianTotal: median(of.map((r) => r.total)),
        medianBaselineTotal: median(of.map((r) => r.baselineTotal)),
      },
    ];
  });
  return {
    seed,
    queries: rows,
    kinds,
    all: {
      nutgraf: percentiles(rows.map((r) => r.ms)),
      collapsed: percentiles(rows.map((r) => r.collapsedMs)),
      baseline: percentiles(rows.map((r) => r.baselineMs)),
    },
    held: {
      plain: rows.filter((r) => r.ms - r.tookMs >= HELD_MS).length,
      collapsed: rows.filter((r) => r.collapsedMs - r.collapsedTookMs >= HELD_MS).length,
    },
  };
}

/**
 * Which slowest query a p99 over `n` queries is, as proc.ts `percentiles` picks it (the
 * ⌈0.99 n⌉-th fastest): the slowest below 100 queries, where one held answer decides it alone.
 */
export function p99Rank(n: number): number {
  return n - Math.max(1, Math.ceil((99 / 100) * n)) + 1;
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '—');
const ms = (n: number) => (!Number.isFinite(n) ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());

export function renderFirstSeen(f: FirstSeenFigures): string {
  const widths = [12, 5, 9, 6, 6, 6, 6, 1, 9, 6, 6, 6, 6, 1, 6, 6, 1, 9, 6, 6, 6];
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  const lines = [
    `first seen: ${int(f.queries.length)} distinct queries (--seed ${f.seed}), each asked once right after the server started, one connection;`,
    `the baseline answers the same list in the same order; "collapsed": the same list with copies collapsed (dedupe=1), asked of a`,
    `second server started with the first, query by query, each side first every other query. Latencies in ms; "matches": the kind's median total.`,
    fmt([
      '',
      '',
      'nutgraf',
      'HTTP',
      '',
      '',
      '',
      '|',
      'baseline',
      'in-',
      'process',
      '',
      '',
      '|',
      'faster',
      '',
      '|',
      'collapsed',
      '',
      '',
      '',
    ]),
    fmt([
      'kind',
      'n',
      'matches',
      'p50',
      'p95',
      'p99',
      'max',
      '|',
      'matches',
      'p50',
      'p95',
      'p99',
      'max',
      '|',
      'p50 ×',
      'p99 ×',
      '|',
      'p50',
      'p99',
      'p50 ×',
      'p99 ×',
    ]),
  ];
  const times = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  const row = (kind: string, n: number, total: number, ours: Percentiles, baseTotal: number, theirs: Percentiles, collapsed: Percentiles) =>
    fmt([
      kind,
      int(n),
      int(total),
      ms(ours.p50),
      ms(ours.p95),
      ms(ours.p99),
      ms(ours.max),
      '|',
      int(baseTotal),
      ms(theirs.p50),
      ms(theirs.p95),
      ms(theirs.p99),
      ms(theirs.max),
      '|',
      times(theirs.p50 / ours.p50),
      times(theirs.p99 / ours.p99),
      '|',
      ms(collapsed.p50),
      ms(collapsed.p99),
      times(collapsed.p50 / ours.p50),
      times(collapsed.p99 / ours.p99),
    ]);
  for (const k of f.kinds) lines.push(row(k.kind, k.nutgraf.n, k.medianTotal, k.nutgraf, k.medianBaselineTotal, k.baseline, k.collapsed));
  const median = (values: number[]) => percentiles(values).p50;
  lines.push(
    row(
      'ALL',
      f.all.nutgraf.n,
      median(f.queries.map((q) => q.total)),
      f.all.nutgraf,
      median(f.queries.map((q) => q.baselineTotal)),
      f.all.baseline,
      f.all.collapsed,
    ),
  );
  lines.push(`  collapsed ×: collapsed over not collapsed (issue 24 asks at most 1.5)`);
  // One held answer decides a p99 that is its kind's slowest query: the reader should see which it is.
  lines.push(
    `  p99 is a kind's k-th slowest query (k/n): ${f.kinds.map((k) => `${k.kind} ${p99Rank(k.nutgraf.n)}/${k.nutgraf.n}`).join(', ')}`,
  );
  lines.push(
    `  held ${HELD_MS} ms or more beyond the engine's own time (a collection or the machine, not the search): ${int(f.held.plain)} plain, ${int(f.held.collapsed)} collapsed`,
  );
  for (const k of FIRST_SEEN_KINDS) if (f.kinds.some((x) => x.kind === k.kind)) lines.push(`  ${k.kind}: ${k.about}`);
  return lines.join('\n');
}
