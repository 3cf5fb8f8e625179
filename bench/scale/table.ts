/** The benchmark's figures, and the tables they are printed as: first seen, then warm. */
import { renderFirstSeen, type FirstSeenFigures } from './first-seen-table.ts';
import type { LoadResult } from './load.ts';
import type { Percentiles } from './proc.ts';

/** What the bare-FTS5 baseline process reports (its `BASELINE <json>` line), less the per-kind timings. */
export interface BaselineTotals {
  paragraphs: number;
  insertSeconds: number;
  insertRate: number;
  insertPeakRss: number;
  peakRss: number;
  dbBytes: number;
}

export interface BenchFigures {
  when: string;
  machine: { cpus: number; cpu: string; memoryBytes: number; node: string };
  settings: { paragraphs: number; secondsPerKind: number; mixedSeconds: number; connections: number; firstSeen: number; seed: number };
  corpus: { articles: number; paragraphs: number; files: number; bytes: number };
  nutgraf: {
    indexedParagraphs: number;
    indexSeconds: number;
    indexRate: number;
    /** The indexer's CPU seconds, all threads (user + system), and paragraphs per CPU second. */
    indexCpuSeconds: number;
    indexCpuRate: number;
    indexPeakRss: number;
    indexBytes: number;
    /** The prepared answers' step after the build (engine/sqlite/prepare.ts). */
    prepareSeconds: number;
    preparePeakRss: number;
    preparedAnswers: number;
    /** Until it listened, started together with the collapsed side's server (bench.ts `startPair`): the two share the cores. */
    serverStartSeconds: number;
    serverRssAfterStart: number | null;
    servingPeakRss: number | null;
    servingRss: number | null;
    kinds: Array<{ kind: string; about: string; totals: number[]; cold: Percentiles } & LoadResult>;
    mixed: LoadResult;
  };
  baseline: BaselineTotals & { kinds: Array<{ kind: string; qps: number; totals: number[] } & Percentiles> };
  firstSeen: FirstSeenFigures;
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '—');
const mb = (bytes: number | null) =>
  bytes === null || !Number.isFinite(bytes) ? '—' : `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`;
const ms = (n: number) => (!Number.isFinite(n) ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());

export function renderTable(f: BenchFigures): string {
  const n = f.nutgraf;
  const b = f.baseline;
  const lines: string[] = [];
  lines.push(
    `nutgraf bench: ${int(f.settings.paragraphs)} paragraphs (${int(f.corpus.articles)} articles), ${f.machine.cpus} CPUs, Node ${f.machine.node}`,
    `nutgraf = real indexer + real server over HTTP (/api/search: exact total, year/outlet counts over all matches, highlighted page of 20)`,
    `baseline = bare FTS5 table, in-process, no server: bm25 top 20 + highlight + count(*) + GROUP BY year, outlet`,
    '',
  );
  const row = (label: string, ours: string, theirs: string) => lines.push(`${label.padEnd(24)}${ours.padEnd(30)}${theirs}`);
  row('', 'nutgraf', 'baseline');
  row('paragraphs indexed', int(n.indexedParagraphs), int(b.paragraphs));
  row(
    'index time',
    `${n.indexSeconds.toFixed(1)} s (${int(n.indexRate)}/s)`,
    Number.isFinite(b.insertSeconds) ? `${b.insertSeconds.toFixed(1)} s (${int(b.insertRate)}/s)` : '—',
  );
  row('index CPU', `${n.indexCpuSeconds.toFixed(1)} s (${int(n.indexCpuRate)}/CPU-s)`, '');
  row('answers prepared', `${int(n.preparedAnswers)} in ${n.prepareSeconds.toFixed(1)} s (peak RSS ${mb(n.preparePeakRss)})`, '');
  row('peak RSS indexing', mb(n.indexPeakRss), mb(b.insertPeakRss));
  row('index on disk', mb(n.indexBytes), mb(b.dbBytes));
  row('peak RSS serving', `${mb(n.servingPeakRss)} (now ${mb(n.servingRss)})`, `${mb(b.peakRss)} (after its queries)`);
  row('server start', `${n.serverStartSeconds.toFixed(1)} s (with a second server)`, '');
  lines.push('', renderFirstSeen(f.firstSeen), '', "warm: each kind's small pool of queries (bench/scale/queries.ts), cycled", '');
  const head = [
    'query kind',
    'matches',
    'cold50',
    'coldmx',
    'p50',
    'p95',
    'p99',
    'req/s',
    '|',
    'matches',
    'p50',
    'p95',
    'p99',
    'q/s',
    '|',
    'p50 ×',
    'p99 ×',
  ];
  const widths = [13, 10, 6, 6, 6, 6, 6, 6, 1, 10, 6, 6, 6, 6, 1, 6, 6];
  // With --no-baseline the baseline's figures are NaN (null once read back from JSON): a dash, not "NaN".
  const ratio = (theirs: number | null | undefined, ours: number) =>
    typeof theirs === 'number' && theirs > 0 && Number.isFinite(theirs / ours) ? (theirs / ours).toFixed(1) : '—';
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  lines.push(
    fmt(['', '', 'first', 'time', 'nutgraf', 'HTTP,', '1 conn', '', '|', '', 'baseline', 'in-', 'process', '', '|', 'faster', '']),
  );
  lines.push(fmt(head));
  for (const k of n.kinds) {
    const base = b.kinds.find((x) => x.kind === k.kind);
    lines.push(
      fmt([
        k.kind,
        int(k.totals[0] ?? NaN),
        ms(k.cold.p50),
        ms(k.cold.max),
        ms(k.p50),
        ms(k.p95),
        ms(k.p99),
        int(k.requestsPerSecond),
        '|',
        int(base?.totals[0] ?? NaN),
        ms(base?.p50 ?? NaN),
        ms(base?.p95 ?? NaN),
        ms(base?.p99 ?? NaN),
        int(base?.qps ?? NaN),
        '|',
        ratio(base?.p50, k.p50),
        ratio(base?.p99, k.p99),
      ]),
    );
  }
  const all = n.kinds.flat();
  const worst = (key: 'p50' | 'p99') => Math.max(...all.map((k) => k[key]));
  lines.push(
    `worst kind: p50 ${ms(worst('p50'))} ms, p99 ${ms(worst('p99'))} ms. Latencies in ms. "matches": the first query of each kind's pool.`,
    `"first time": each query of the pool once, caches empty (cold); p50-p99: then the pool cycled for ${f.settings.secondsPerKind} s (warm).`,
  );
  const m = n.mixed;
  lines.push(
    '',
    `mix, ${f.settings.connections} connections, ${f.settings.mixedSeconds} s: ${int(m.requestsPerSecond)} req/s, p50 ${ms(m.p50)} ms, p95 ${ms(m.p95)} ms, p99 ${ms(m.p99)} ms; ` +
      `${m.requests} requests, ${m.errors} errors, ${m.timeouts} timeouts, ${m.non2xx} non-2xx`,
  );
  return lines.join('\n');
}
