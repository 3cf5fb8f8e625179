/**
 * `npx tsx bench/door-cost.ts`: what one search request costs the serving thread when it is refused
 * at the door and when it is admitted and answered (issue 25: every refusal in under 50 ms). Under a
 * spike, the requests read in one event-loop turn are served one after another, so each costs every
 * request behind it in that turn; this counts that cost in CPU time, not wall time, so a loaded
 * machine changes it little.
 *
 * The server (bench/scale/door-server.ts, the real app over the fixture corpus's index) runs in a
 * child process with its gate held full or wide open. This process opens `--connections` keep-alive
 * connections and, each round, writes one distinct search on every one of them in the same turn,
 * then waits for every answer; the serving thread's own CPU time (schedstat) before and after,
 * divided by the requests, is the round's cost per request. `--fresh` opens new connections each
 * round instead, each writing its search as soon as it is open (a spike's first second): the cost
 * then includes accepting and setting up the connection. Prints the median and quartiles of the
 * rounds, and the load.
 *
 *   npx tsx bench/door-cost.ts [--mode refuse|admit] [--connections 200] [--rounds 40] [--fresh]
 *   npx tsx bench/door-cost.ts --profile /tmp/refuse.cpuprofile   (the serving thread over the measured rounds)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEngine } from '../engine/contract/open-engine.ts';
import { indexCorpus } from '../indexer/run.ts';
import { badUsage, commandLine, wholeNumber } from './scale/args.ts';
import { startScript } from './scale/children.ts';
import type { DoorServerMessage, DoorServerRequest, FirstAnswered, GateMode } from './scale/door-server.ts';
import { ResponseCounter } from './scale/response-counter.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'http-corpus');
const HOST = '127.0.0.1';

const USAGE = `Usage: npx tsx bench/door-cost.ts [options]

  --mode <m>          refuse (the gate held full, default), admit (the gate wide open), or spike:
                      the app's own gate, searches 30 ms dearer in the engine; each round opens
                      --connections new ones that each write a search as soon as they are open and
                      the next as soon as one is answered, for 1 s; prints how long each connection's
                      first search took to be refused (wall time, from its write) instead of CPU
  --connections <c>   connections, one search each per round (default 200)
  --rounds <r>        measured rounds, after 10 unmeasured (default 40)
  --fresh             new connections every round (each search is its connection's first)
  --profile <file>    write a CPU profile of the serving thread over the measured rounds there
                      (it samples every 20 µs: its own cost is in that run's figures)
  -h, --help          show this help`;
const args = commandLine(USAGE, {
  mode: { type: 'string', default: 'refuse' },
  connections: { type: 'string', default: '200' },
  rounds: { type: 'string', default: '40' },
  fresh: { type: 'boolean', default: false },
  profile: { type: 'string' },
});
const mode = args.mode as GateMode;
if (!['refuse', 'admit', 'spike'].includes(mode)) badUsage(`--mode must be refuse, admit or spike, not "${args.mode}"`, USAGE);
const connections = wholeNumber('connections', args.connections, 1, 1000, USAGE);
const rounds = wholeNumber('rounds', args.rounds, 1, 10_000, USAGE);
const WARM_ROUNDS = 10;

/** A browser's search, its htmx swap and an API call, as the three representations a refusal has. */
function requestText(n: number): string {
  const q = `harbour+w${n.toString(36)}`;
  const common = `Host: ${HOST}\r\nUser-Agent: door-cost/1\r\nAccept-Encoding: gzip, deflate, br\r\nAccept-Language: en-GB,en;q=0.9\r\n`;
  switch (n % 3) {
    case 0:
      return `GET /?q=${q} HTTP/1.1\r\n${common}Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n\r\n`;
    case 1:
      return `GET /?q=${q} HTTP/1.1\r\n${common}Accept: */*\r\nHX-Request: true\r\nHX-Request-Type: partial\r\nHX-Current-URL: http://${HOST}/\r\n\r\n`;
    default:
      return `GET /api/search?q=${q} HTTP/1.1\r\n${common}Accept: application/json\r\n\r\n`;
  }
}

class DoorServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(dataDir: string): Promise<DoorServer> {
    // `npm start`'s settings and node flags (package.json), under tsx instead of its compiled script.
    const { env, words } = startScript(ROOT);
    const child = fork(path.join(ROOT, 'bench', 'scale', 'door-server.ts'), [mode, dataDir], {
      execArgv: ['--import', 'tsx', ...words.slice(1, -1)],
      env: { ...process.env, ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const [message] = (await once(child, 'message')) as [DoorServerMessage];
    if (!('port' in message)) throw new Error('door server: no port');
    return new DoorServer(child, message.port);
  }

  private async ask(request: DoorServerRequest): Promise<DoorServerMessage> {
    this.child.send(request);
    const [message] = (await once(this.child, 'message')) as [DoorServerMessage];
    return message;
  }

  async cpuNs(): Promise<number> {
    const message = await this.ask({ cpu: true });
    if (!('cpuNs' in message)) throw new Error('door server: no CPU reading');
    return message.cpuNs;
  }

  /** Start the serving thread's CPU profile, or stop it and write it to `file`. */
  async profile(file?: string): Promise<void> {
    await this.ask(file === undefined ? { profile: 'start' } : { profile: 'stop', file });
  }

  /** Start recording connections' first answers, or read those recorded since the start. */
  async firsts(what: 'mark' | 'read'): Promise<FirstAnswered[]> {
    const message = await this.ask({ firsts: what });
    if (!('firsts' in message)) throw new Error('door server: no first answers');
    return message.firsts;
  }

  async stop(): Promise<void> {
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }
}

interface Connection {
  socket: Socket;
  counter: ResponseCounter;
}

function open(port: number): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, HOST, () => resolve({ socket, counter }));
    const counter = new ResponseCounter();
    socket.on('data', (chunk: Buffer) => counter.read(chunk));
    socket.once('error', reject);
  });
}

/** One round: a search on every connection (opened now, if `fresh`), resolved when all are answered. */
async function round(port: number, kept: Connection[], first: number): Promise<Map<number, number>> {
  const answered = (c: Connection) => c.counter.next();
  if (!args.fresh) {
    kept.forEach((c, i) => c.socket.write(requestText(first + i)));
    return tally(await Promise.all(kept.map(answered)));
  }
  const opened = Array.from({ length: connections }, (_, i) =>
    open(port).then(async (c) => {
      c.socket.write(requestText(first + i));
      const status = await answered(c);
      c.socket.destroy();
      return status;
    }),
  );
  return tally(await Promise.all(opened));
}

/** How long a spike round lasts, and the pause after it (the gate forgets the spike meanwhile). */
const SPIKE_MS = 1_000;
const SPIKE_PAUSE_MS = 6_000;

interface FirstAnswer {
  status: number;
  ms: number;
}

/**
 * One spike: `connections` new connections, each writing a search as soon as it is open and another
 * as soon as one is answered, until SPIKE_MS have passed. Resolves with each connection's first
 * answer (its time from its write), the times of the refusals after them, and how many searches
 * were admitted in all.
 */
async function spike(port: number, first: number): Promise<{ firsts: FirstAnswer[]; laterMs: number[]; admitted: number }> {
  const until = performance.now() + SPIKE_MS;
  const laterMs: number[] = [];
  let admitted = 0;
  let n = first;
  const firsts = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = await open(port);
      const written = performance.now();
      c.socket.write(requestText(n++));
      const status = await c.counter.next();
      const answer = { status, ms: performance.now() - written };
      for (let s = status, sent = written; ; sent = performance.now(), s = await c.counter.next()) {
        if (s === 200) admitted++;
        else if (sent !== written) laterMs.push(performance.now() - sent);
        if (performance.now() >= until) break;
        c.socket.write(requestText(n++));
      }
      c.socket.destroy();
      return answer;
    }),
  );
  return { firsts, laterMs, admitted };
}

async function spikes(server: DoorServer): Promise<void> {
  const refusedMs: number[] = [];
  const laterMs: number[] = [];
  const perRound: string[] = [];
  const load = [os.loadavg()[0]!];
  const servedUs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    await server.firsts('mark');
    const { firsts, laterMs: later, admitted } = await spike(server.port, r * 1_000_000);
    laterMs.push(...later);
    const refused = firsts.filter((f) => f.status === 503).map((f) => f.ms);
    refusedMs.push(...refused);
    const served = (await server.firsts('read')).filter((f) => f.status === 503).map((f) => f.cpuUs);
    servedUs.push(...served);
    perRound.push(`${refused.filter((ms) => ms >= 50).length}/${refused.length} (${admitted} admitted)`);
    await new Promise((resolve) => setTimeout(resolve, SPIKE_PAUSE_MS));
  }
  load.push(os.loadavg()[0]!);
  const sorted = refusedMs.sort((a, b) => a - b);
  const ms = (p: number) => quantile(sorted, p).toFixed(0);
  console.log(
    `spike: ${connections} new connections a round, ${rounds} rounds of ${SPIKE_MS / 1000} s; first requests refused: ` +
      `${sorted.length}, p50 ${ms(0.5)} · p90 ${ms(0.9)} · max ${ms(1)} ms, ${sorted.filter((x) => x >= 50).length} took 50 ms or more ` +
      `(per round: ${perRound.join(', ')}); load ${load.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  const rest = laterMs.sort((a, b) => a - b);
  const restMs = (p: number) => quantile(rest, p).toFixed(0);
  console.log(
    `  later requests refused: ${rest.length}, p50 ${restMs(0.5)} · p90 ${restMs(0.9)} · p99 ${restMs(0.99)} · max ${restMs(1)} ms, ` +
      `${rest.filter((x) => x >= 50).length} took 50 ms or more (wall time, from their write)`,
  );
  const cpu = servedUs.sort((a, b) => a - b);
  const cpuMs = (p: number) => (quantile(cpu, p) / 1000).toFixed(1);
  console.log(
    `  the server's CPU time (all threads) from a round's start to each first refusal's answer: p50 ${cpuMs(0.5)} · p90 ${cpuMs(0.9)} · max ${cpuMs(1)} ms ` +
      `(the work served before it, which load does not change much)`,
  );
}

function tally(statuses: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** Nearest-rank quantile of an ascending list; NaN when it is empty (a spike that refused nothing). */
function quantile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-door-'));
  try {
    const writer = await openEngine({ dataDir, role: 'indexer' });
    await indexCorpus({ corpusDir: CORPUS, engine: writer });
    await writer.close();
    const server = await DoorServer.start(dataDir);
    if (mode === 'spike') {
      await spikes(server);
      return void (await server.stop());
    }
    const kept = args.fresh ? [] : await Promise.all(Array.from({ length: connections }, () => open(server.port)));
    const perRequestUs: number[] = [];
    const statuses = new Map<number, number>();
    const load = [os.loadavg()[0]!];
    for (let r = 0; r < WARM_ROUNDS + rounds; r++) {
      if (r === WARM_ROUNDS && args.profile) await server.profile();
      const before = await server.cpuNs();
      const counts = await round(server.port, kept, r * connections);
      const ns = (await server.cpuNs()) - before;
      if (r < WARM_ROUNDS) continue;
      perRequestUs.push(ns / 1000 / connections);
      for (const [s, n] of counts) statuses.set(s, (statuses.get(s) ?? 0) + n);
    }
    load.push(os.loadavg()[0]!);
    if (args.profile) await server.profile(path.resolve(args.profile));
    for (const c of kept) c.socket.destroy();
    await server.stop();
    const sorted = perRequestUs.sort((a, b) => a - b);
    const us = (x: number) => x.toFixed(1);
    console.log(
      `door cost (${mode}${args.fresh ? ', fresh connections' : ''}): ${connections} searches a round, ${rounds} rounds; ` +
        `serving thread CPU per request: median ${us(quantile(sorted, 0.5))} µs (quartiles ${us(quantile(sorted, 0.25))}–${us(quantile(sorted, 0.75))}); ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; load ${load.map((l) => l.toFixed(1)).join(' → ')}`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
