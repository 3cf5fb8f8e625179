/** The first-seen figures: per-kind latencies of nutgraf and the baseline over the same queries, and their table. */
import type { Answered } from './ask-once.ts';
import { FIRST_SEEN_KINDS, type FirstSeenQuery } from './first-seen.ts';
import { percentiles, type Percentiles } from './proc.ts';
import { apiPath } from './queries.ts';

export interface FirstSeenFigures {
  seed: number;
  /** Every query in asking order, with both sides' time and total. */
  queries: Array<{ kind: string; path: string; ms: number; total: number; baselineMs: number; baselineTotal: number }>;
  kinds: Array<{ kind: string; about: string; nutgraf: Percentiles; baseline: Percentiles; medianTotal: number; medianBaselineTotal: number }>;
  all: { nutgraf: Percentiles; baseline: Percentiles };
}

export function firstSeenFigures(seed: number, queries: readonly FirstSeenQuery[], ours: readonly Answered[], theirs: readonly Answered[]): FirstSeenFigures {
  if (ours.length !== queries.length || theirs.length !== queries.length) {
    throw new Error(`first seen: ${queries.length} queries, ${ours.length} answered by nutgraf, ${theirs.length} by the baseline`);
  }
  const rows = queries.map((q, i) => ({ kind: q.kind, path: apiPath(q), ms: ours[i]!.ms, total: ours[i]!.total, baselineMs: theirs[i]!.ms, baselineTotal: theirs[i]!.total }));
  const median = (values: number[]) => percentiles(values).p50;
  const kinds = FIRST_SEEN_KINDS.flatMap(({ kind, about }) => {
    const of = rows.filter((r) => r.kind === kind);
    if (of.length === 0) return [];
    return [
      {
        kind,
        about,
        nutgraf: percentiles(of.map((r) => r.ms)),
        baseline: percentiles(of.map((r) => r.baselineMs)),
        medianTotal: median(of.map((r) => r.total)),
        medianBaselineTotal: median(of.map((r) => r.baselineTotal)),
      },
    ];
  });
  return { seed, queries: rows, kinds, all: { nutgraf: percentiles(rows.map((r) => r.ms)), baseline: percentiles(rows.map((r) => r.baselineMs)) } };
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '—');
const ms = (n: number) => (!Number.isFinite(n) ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());

export function renderFirstSeen(f: FirstSeenFigures): string {
  const widths = [12, 5, 9, 6, 6, 6, 6, 1, 9, 6, 6, 6, 6, 1, 6, 6];
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  const lines = [
    `first seen: ${int(f.queries.length)} distinct queries (--seed ${f.seed}), each asked once right after the server started, one connection;`,
    `the baseline answers the same list in the same order. Latencies in ms; "matches": the kind's median total.`,
    fmt(['', '', 'nutgraf', 'HTTP', '', '', '', '|', 'baseline', 'in-', 'process', '', '', '|', 'faster', '']),
    fmt(['kind', 'n', 'matches', 'p50', 'p95', 'p99', 'max', '|', 'matches', 'p50', 'p95', 'p99', 'max', '|', 'p50 ×', 'p99 ×']),
  ];
  const row = (kind: string, n: number, total: number, ours: Percentiles, baseTotal: number, theirs: Percentiles) =>
    fmt([kind, int(n), int(total), ms(ours.p50), ms(ours.p95), ms(ours.p99), ms(ours.max), '|', int(baseTotal), ms(theirs.p50), ms(theirs.p95), ms(theirs.p99), ms(theirs.max), '|', (theirs.p50 / ours.p50).toFixed(1), (theirs.p99 / ours.p99).toFixed(1)]);
  for (const k of f.kinds) lines.push(row(k.kind, k.nutgraf.n, k.medianTotal, k.nutgraf, k.medianBaselineTotal, k.baseline));
  const median = (values: number[]) => percentiles(values).p50;
  lines.push(row('ALL', f.all.nutgraf.n, median(f.queries.map((q) => q.total)), f.all.nutgraf, median(f.queries.map((q) => q.baselineTotal)), f.all.baseline));
  for (const k of FIRST_SEEN_KINDS) if (f.kinds.some((x) => x.kind === k.kind)) lines.push(`  ${k.kind}: ${k.about}`);
  return lines.join('\n');
}
