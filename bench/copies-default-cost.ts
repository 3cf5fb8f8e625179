/**
 * What deciding "collapse copies by default" costs on an index (server/copies-default.ts): the
 * engine's copyStats() (asked once, and again after the index changes) and stats() (asked at most
 * every 30 s), in CPU time. Usage: npx tsx bench/copies-default-cost.ts <dataDir>
 */
import { openEngine } from '../engine/contract/open-engine.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: copies-default-cost.ts <dataDir>');
const engine = await openEngine({ dataDir, role: 'server' });
const cpu = async (label: string, run: () => Promise<unknown>, times = 5) => {
  const ms: number[] = [];
  let answer: unknown;
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    answer = await run();
    const used = process.cpuUsage(start);
    ms.push((used.user + used.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label}: median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms CPU (min ${ms[0]!.toFixed(1)}, max ${ms.at(-1)!.toFixed(1)}) → ${JSON.stringify(answer)}`,
  );
};
await cpu('copyStats()', () => engine.copyStats());
await cpu('stats()', () => engine.stats());
await engine.close();
