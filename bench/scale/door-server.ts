/**
 * The server half of bench/door-cost.ts: the real app (as `npm start` builds it: templates compiled,
 * refusals warmed, `serverFor`, its timeouts, pino on stdout) over a small index, its gate either held
 * full (every search refused at the door) or wide open (every search admitted and answered). Started
 * with an IPC channel; answers `{ cpu: true }` with the serving thread's own CPU time, so the client's
 * bursts can be costed per request without counting the search workers' threads.
 *
 *   node --import tsx bench/scale/door-server.ts <refuse|admit> <dataDir>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { openEngine } from '../../engine/contract/open-engine.ts';
import { createApp } from '../../server/app.ts';
import { serverFor } from '../../server/http-server.ts';
import { SearchGate } from '../../server/search-gate.ts';
import { warmRefusals } from '../../server/warm-up.ts';

export type GateMode = 'refuse' | 'admit';

/** What the child sends its parent: once when it listens, then one reply to each request. */
export type DoorServerMessage = { port: number } | { cpuNs: number } | { profiled: string };

/**
 * What the parent asks: the serving thread's CPU time, or to start or stop a CPU profile of the
 * serving thread (written to `file` as a .cpuprofile), so that only the measured rounds are profiled.
 */
export type DoorServerRequest = { cpu: true } | { profile: 'start' } | { profile: 'stop'; file: string };

/**
 * On-CPU nanoseconds of this process's main thread (the serving thread): the first field of its
 * schedstat, which counts that thread alone, unlike `process.cpuUsage` (every thread of the process).
 */
export function servingThreadCpuNs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
}

/** Microseconds between profile samples: a refusal takes a few tens of them. */
const PROFILE_INTERVAL_US = 20;

/** Searches would wait at most this long: an open gate admits the whole burst. */
const OPEN_QUEUE_MS = 600_000;

function gateFor(mode: GateMode, slots: number): SearchGate {
  if (mode === 'admit') return new SearchGate({ slots, queueMs: OPEN_QUEUE_MS, waitLimitMs: OPEN_QUEUE_MS });
  // One search "waiting" and a 1 ms budget, as the warm-up's gate: every search is refused.
  const gate = new SearchGate({ slots: 1, queueMs: 1 });
  if (typeof gate.admitEarly() === 'number') throw new Error('a fresh gate refused its first search');
  return gate;
}

async function main(): Promise<void> {
  const [mode, dataDir] = process.argv.slice(2) as [GateMode, string];
  if ((mode !== 'refuse' && mode !== 'admit') || !dataDir) throw new Error('usage: door-server.ts <refuse|admit> <dataDir>');
  const engine = await openEngine({ dataDir, role: 'server' });
  const app = createApp({ engine, gate: gateFor(mode, engine.parallelism), compileViews: true });
  await warmRefusals(engine);
  const server = serverFor(app).listen(0, '127.0.0.1', () => {
    process.send!({ port: (server.address() as AddressInfo).port } satisfies DoorServerMessage);
  });
  // start.ts's limits on slow clients: their timers are part of what each connection costs.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  const profiler = new Session();
  profiler.connect();
  process.on('message', async (request: DoorServerRequest) => {
    if ('cpu' in request) return void process.send!({ cpuNs: servingThreadCpuNs() } satisfies DoorServerMessage);
    if (request.profile === 'start') {
      await profiler.post('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      return void process.send!({ profiled: '' } satisfies DoorServerMessage);
    }
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(request.file, JSON.stringify(profile));
    process.send!({ profiled: request.file } satisfies DoorServerMessage);
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close(() => void engine.close().then(() => process.exit(0)));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
