/**
 * The server half of bench/door-cost.ts: the real app (as `npm start` builds it: templates compiled,
 * refusals warmed, `serverFor`, its timeouts, pino on stdout) over a small index, its gate either held
 * full (every search refused at the door) or wide open (every search admitted and answered). Started
 * with an IPC channel; answers `{ cpu: true }` with the serving thread's own CPU time, so the client's
 * bursts can be costed per request without counting the search workers' threads.
 *
 *   node --import tsx bench/scale/door-server.ts <refuse|admit|spike> <dataDir>
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { openEngine } from '../../engine/contract/open-engine.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { acceptOnCopies, closeWithCopies } from '../../server/accept-copies.ts';
import { createApp } from '../../server/app.ts';
import { serverConfigFromEnv } from '../../server/config.ts';
import { serverFor } from '../../server/http-server.ts';
import { SearchGate } from '../../server/search-gate.ts';
import { warmRefusals } from '../../server/warm-up.ts';
import { threadCpuNs } from './proc.ts';

/**
 * refuse: the gate held full; admit: wide open; spike: the app's own gate (default limits) in front
 * of an engine whose searches take SPIKE_SEARCH_MS longer, as a large index's do, so that a spike
 * is partly admitted and mostly refused.
 */
export type GateMode = 'refuse' | 'admit' | 'spike';

/** What each search costs the workers in `spike` mode (a 1M index's took ~33 ms on average). */
const SPIKE_SEARCH_MS = 30;

/** The engine, each search starting `ms` late (or never, if its signal aborts first). */
function slowed(engine: SearchEngine, ms: number): SearchEngine {
  const slow: SearchEngine = Object.create(engine);
  slow.search = async (request, options = {}) => {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      options.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(options.signal!.reason)), { once: true });
    });
    return engine.search(request, options);
  };
  return slow;
}

/** What the child sends its parent: once when it listens, then one reply to each request. */
export type DoorServerMessage = { port: number } | { cpuNs: number } | { profiled: string } | { firsts: FirstAnswered[] };

/**
 * A connection's first answer: its status, and how much CPU time (µs, the whole process) the server
 * had spent since the mark when it was written: the work served before it, whatever the load.
 */
export interface FirstAnswered {
  status: number;
  cpuUs: number;
}

/**
 * What the parent asks: the serving thread's CPU time, or to start or stop a CPU profile of the
 * serving thread (written to `file` as a .cpuprofile), so that only the measured rounds are profiled.
 */
export type DoorServerRequest = { cpu: true } | { profile: 'start' } | { profile: 'stop'; file: string } | { firsts: 'mark' | 'read' };

/** On-CPU nanoseconds of this process's main thread (the serving thread) alone, not the search workers'. */
const servingThreadCpuNs = (): number => threadCpuNs('self', process.pid)!;

/** Microseconds between profile samples: a refusal takes a few tens of them. */
const PROFILE_INTERVAL_US = 20;

/** Searches would wait at most this long: an open gate admits the whole burst. */
const OPEN_QUEUE_MS = 600_000;

function gateFor(mode: GateMode, slots: number): SearchGate | undefined {
  if (mode === 'spike') return undefined;
  if (mode === 'admit') return new SearchGate({ slots, queueMs: OPEN_QUEUE_MS, waitLimitMs: OPEN_QUEUE_MS });
  // One search "waiting" and a 1 ms budget, as the warm-up's gate: every search is refused.
  const gate = new SearchGate({ slots: 1, queueMs: 1 });
  if (typeof gate.admitEarly() === 'number') throw new Error('a fresh gate refused its first search');
  return gate;
}

/**
 * Records each connection's first answer (see FirstAnswered). The returned function gives those
 * recorded since the last mark, and with `mark` starts a new record.
 */
function firstAnswers(server: Server): (mark: boolean) => FirstAnswered[] {
  let since = process.cpuUsage();
  let recorded: FirstAnswered[] = [];
  const seen = new WeakSet<object>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (seen.has(req.socket)) return;
    seen.add(req.socket);
    res.once('finish', () => {
      const used = process.cpuUsage(since);
      recorded.push({ status: res.statusCode, cpuUs: used.user + used.system });
    });
  });
  return (mark) => {
    const read = recorded;
    if (mark) {
      since = process.cpuUsage();
      recorded = [];
    }
    return read;
  };
}

async function main(): Promise<void> {
  const [mode, dataDir] = process.argv.slice(2) as [GateMode, string];
  if (!['refuse', 'admit', 'spike'].includes(mode) || !dataDir) throw new Error('usage: door-server.ts <refuse|admit|spike> <dataDir>');
  const engine = await openEngine({ dataDir, role: 'server' });
  const searched = mode === 'spike' ? slowed(engine, SPIKE_SEARCH_MS) : engine;
  const app = createApp({ engine: searched, gate: gateFor(mode, engine.parallelism), compileViews: true });
  await warmRefusals(engine);
  // As start.ts: copies of the listening socket (ACCEPT_COPIES, default as npm start's).
  const { acceptCopies } = serverConfigFromEnv(process.env);
  let copies: NetServer[] = [];
  const server = serverFor(app).listen(0, '127.0.0.1', async () => {
    copies = await acceptOnCopies(server, acceptCopies, (error) => console.error(`Accepting on one socket only: ${error.message}`));
    process.send!({ port: (server.address() as AddressInfo).port } satisfies DoorServerMessage);
  });
  // start.ts's limits on slow clients: their timers are part of what each connection costs.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  const firsts = firstAnswers(server);
  const profiler = new Session();
  profiler.connect();
  process.on('message', async (request: DoorServerRequest) => {
    if ('cpu' in request) return void process.send!({ cpuNs: servingThreadCpuNs() } satisfies DoorServerMessage);
    if ('firsts' in request) return void process.send!({ firsts: firsts(request.firsts === 'mark') } satisfies DoorServerMessage);
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
    closeWithCopies(server, copies, () => void engine.close().then(() => process.exit(0)));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
