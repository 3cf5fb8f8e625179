/**
 * First-seen latency of collapsed searches against plain ones (issue 24), in-process on a built
 * embedded index (no HTTP, so only the engine's work is timed). Every query of the bench mix
 * (bench/scale/queries.ts) is run once, so each is met for the first time by this process; run it
 * once per mode in fresh processes and compare:
 *
 *   npx tsx bench/copies-latency.ts <data dir> plain
 *   npx tsx bench/copies-latency.ts <data dir> collapsed
 *
 * The snapshot is loaded by one unrelated search first and not timed.
 */
import { openSqliteEngine } from '../engine/sqlite/index.ts';
import { QUERY_KINDS } from './scale/queries.ts';

const [dataDir, mode = 'plain'] = process.argv.slice(2);
if (!dataDir || (mode !== 'plain' && mode !== 'collapsed')) throw new Error('usage: copies-latency.ts <data dir> plain|collapsed');
const engine = await openSqliteEngine({ dataDir });
await engine.search({ q: 'zzzwarmup' });
const all: number[] = [];
const rows: string[] = [];
for (const kind of QUERY_KINDS) {
  const times: number[] = [];
  for (const query of kind.queries) {
    const started = performance.now();
    await engine.search({
      q: query.q,
      page: query.page ?? 1,
      groupByArticle: query.group === true,
      dedupe: mode === 'collapsed',
      filters: {
        ...(query.year === undefined ? {} : { year: [query.year] }),
        ...(query.outlet === undefined ? {} : { outlet: [query.outlet] }),
      },
    });
    times.push(performance.now() - started);
  }
  all.push(...times);
  const sorted = [...times].sort((a, b) => a - b);
  rows.push(
    `${kind.kind.padEnd(16)} n=${String(times.length).padStart(3)}  median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1).padStart(8)} ms  max ${sorted.at(-1)!.toFixed(1).padStart(8)} ms  sum ${times
      .reduce((a, b) => a + b, 0)
      .toFixed(0)
      .padStart(6)} ms`,
  );
}
const sorted = [...all].sort((a, b) => a - b);
console.log(`mode ${mode}, ${all.length} first-seen queries`);
for (const row of rows) console.log(row);
console.log(
  `all              median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms  p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)} ms  sum ${all.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
);
await engine.close();
