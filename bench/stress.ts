/**
 * `npm run stress`: the real server (`server/start.ts`, a child process) on a large corpus generated
 * from ../shared/corpora/bbc-news, driven by autocannon from this process with a mixed workload.
 * Prints requests/s, latency percentiles, errors (non-2xx, socket errors, timeouts) and the server's
 * RSS before, between and after two equal load phases and after a rest. Exits 1 on any error or
 * when memory keeps growing from the first phase to the second.
 *
 *   npm run stress -- --connections 50 --duration 30 --paragraphs 50000   (the defaults)
 *
 * `--overload` drives a traffic spike instead: distinct searches, each asked once, from many
 * connections (default 200) for `--duration` seconds. It prints how many searches were admitted
 * and refused, the latency of each (refusals must be quick and carry Retry-After), other errors,
 * the server's event-loop delay while refusing (from its log) and its memory before and after. A
 * connection's first request is timed from when it was written on the open connection: its opening
 * (autocannon builds all clients in one loop, then connects them) is the client's and printed apart. Exits 1 on any answer other than 200 or a 503 with
 * Retry-After, or when memory grows by more than 10 %.
 *
 *   npm run stress -- --overload --paragraphs 1000000 --duration 60
 *
 * `--admitted N` ends the spike once N searches were admitted instead (`--duration` is then only its
 * cap; answers the client reads in the same turn as the Nth are counted too, at most one a connection): a loaded machine admits a tenth of a quiet one's searches in the same seconds, so memory
 * after a timed spike cannot be compared between runs, while memory after N admitted searches can.
 *
 * `--warm-mix S` runs the normal 32-connection mix before the spike until the server's memory
 * plateaus (at most S seconds; bench/scale/warm-mix.ts) and reads the spike's memory against that
 * level: a server in service has met the normal traffic before any spike.
 *
 * STRESS_TRACE=<file>: the spike's first 100,000 requests written there as JSON rows [path, when its
 * clock started, when it was answered (both epoch ms), status, when its connection opened (epoch ms;
 * a connection's first request only, else null)], to match against the server's own timings of the
 * same (distinct) requests.
 *
 * Loopback only; the run is bounded by --duration (with --admitted, its cap) and stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { badUsage, commandLine, wholeNumber } from './scale/args.ts';
import { ClientGc } from './scale/client-gc.ts';
import { ClientLoopDelay } from './scale/client-loop.ts';
import { ClientTimes } from './scale/client-times.ts';
import { ConnectTimes } from './scale/connect-times.ts';
import { type PlannedRequest, PrebuiltRequests, STATIC_REQUEST } from './scale/prebuilt-requests.ts';
import { compiledCommand } from './scale/children.ts';
import { readSource, type SourceArticle } from './scale/corpus.ts';
import { GrowingLog } from './scale/log-lines.ts';
import { loopDelayOfRefusals } from './scale/loop-delay.ts';
import { formatKinds, formatThreadHeaps, memoryKindsOf, type MemoryKinds } from './scale/memory-kinds.ts';
import { memoryOf } from './scale/proc.ts';
import { LoopSlices, type Slice, slicesBetween } from './scale/loop-slices.ts';
import { monotonicMs } from './scale/monotonic.ts';
import { splitRefusals, splitSummary } from './scale/refusal-split.ts';
import type { ServerTimes } from './scale/server-timing.ts';
import { SLOW_REFUSAL_MS, SlowRefusals } from './scale/slow-refusals.ts';
import { RssWatch } from './scale/rss-watch.ts';
import { SpikeCpu } from './scale/spike-cpu.ts';
import { formatWarmMix, MIX_CONNECTIONS, type WarmMix, warmByMix } from './scale/warm-mix.ts';
import { spikeQuery } from '../server/warm-up.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const BBC = path.join(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');
const HOST = '127.0.0.1';
/** The indexer skips files over 10 MB: the corpus is written as many JSONL files of this many records. */
const RECORDS_PER_FILE = 1000;
const OUTLETS = [
  'BBC News',
  'Coast Gazette',
  'Metro Herald',
  'Valley Post',
  'Northern Echo',
  'Island Times',
  'AFP',
  'Reuters',
  'AP',
  'City Ledger',
  'Harbour Daily',
  'Evening Star',
];

const USAGE = `Usage: npm run stress -- [options]

  --connections <c>   concurrent connections (default 50)
  --duration <s>      seconds of each load phase (default 30)
  --paragraphs <n>    paragraphs in the generated corpus (default 50000)
  --log-level <l>     the server's LOG_LEVEL (default info)
  --overload          a spike of distinct searches instead of the mix (default 200 connections, 60 s)
  --admitted <n>      with --overload: end the spike once n searches were admitted (answered 200), so
                      its memory compares between runs whatever the load; --duration is then the cap
                      (default 600 s)
  --warm <s>          seconds of the mix (10 connections) before measuring (default 3: a cold server);
                      e.g. 60 to take the spike's "before" memory on a server warmed by normal use
  --warm-mix <s>      with --overload: after --warm, the normal mix (32 connections) until the server's
                      RSS plateaus (bench/scale/plateau.ts), at most <s> seconds, then the spike; its
                      memory is printed before the mix, at the plateau, after the mix, at the spike's
                      highest and after it, by kind, and the spike's growth over the mix's plateau
  --server-times      with --overload: the server records its own clock on each request
                      (bench/scale/server-timing.ts, loaded with --import) and each refusal is split
                      into the server's part and the client's (printed after the server exits)
  --keep              keep the temporary corpus, index and server log
  --dir <folder>      use this folder instead of a temporary one, and keep it: the corpus is generated
                      only when the folder has none, so a second run reuses the corpus and its index
  -h, --help          show this help`;
const args = commandLine(USAGE, {
  connections: { type: 'string' },
  duration: { type: 'string' },
  overload: { type: 'boolean', default: false },
  'server-times': { type: 'boolean', default: false },
  admitted: { type: 'string' },
  warm: { type: 'string', default: '3' },
  'warm-mix': { type: 'string' },
  paragraphs: { type: 'string', default: '50000' },
  'log-level': { type: 'string', default: 'info' },
  keep: { type: 'boolean', default: false },
  dir: { type: 'string' },
});
const overload = args.overload === true;
const connections = wholeNumber('connections', args.connections ?? (overload ? '200' : '50'), 1, 1000, USAGE);
const serverTimes = args['server-times'] === true;
if (serverTimes && !overload) badUsage('--server-times splits the refusals of a spike: give it with --overload', USAGE);
if (args.admitted !== undefined && !overload) badUsage('--admitted counts the searches of a spike: give it with --overload', USAGE);
/** With --overload: the spike ends once this many searches were admitted (null: it runs for --duration). */
const admittedTarget = args.admitted === undefined ? null : wholeNumber('admitted', args.admitted, 1, 10_000_000, USAGE);
const duration = wholeNumber('duration', args.duration ?? (admittedTarget !== null ? '600' : overload ? '60' : '30'), 2, 3600, USAGE);
const warmSeconds = wholeNumber('warm', args.warm!, 1, 600, USAGE);
if (args['warm-mix'] !== undefined && !overload) badUsage('--warm-mix warms the server before a spike: give it with --overload', USAGE);
/** With --overload: the cap of the mix run before the spike until memory plateaus (null: no such mix). */
const warmMixCap = args['warm-mix'] === undefined ? null : wholeNumber('warm-mix', args['warm-mix'], 10, 3600, USAGE);
const targetParagraphs = wholeNumber('paragraphs', args.paragraphs, 100, 5_000_000, USAGE);

type Source = Pick<SourceArticle, 'title' | 'paragraphs'>;

/** The BBC articles without their shortest paragraphs (40 characters or fewer). */
function readBbc(): Source[] {
  return readSource(BBC)
    .map(({ title, paragraphs }) => ({ title, paragraphs: paragraphs.filter((p) => p.length > 40) }))
    .filter((a) => a.title !== '' && a.paragraphs.length > 0);
}

/**
 * Copies of the BBC articles until the target paragraph count: each copy gets its own date, outlet
 * and a rotated paragraph order, so facets spread and no two articles are identical.
 */
async function generateCorpus(dir: string, sources: Source[]): Promise<{ articles: number; paragraphs: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let paragraphs = 0;
  let bytes = 0;
  let articles = 0;
  let lines: string[] = [];
  let fileNo = 0;
  const flush = async () => {
    if (!lines.length) return;
    const body = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(body);
    await writeFile(path.join(dir, `stress-${String(fileNo++).padStart(4, '0')}.jsonl`), body);
    lines = [];
  };
  for (let copy = 0; paragraphs < targetParagraphs; copy++) {
    for (let i = 0; i < sources.length && paragraphs < targetParagraphs; i++) {
      const source = sources[i]!;
      const shift = copy % source.paragraphs.length;
      const ps = [...source.paragraphs.slice(shift), ...source.paragraphs.slice(0, shift)];
      const year = 1995 + ((i * 7 + copy * 3) % 30);
      const date = `${year}-${String(1 + ((i + copy) % 12)).padStart(2, '0')}-${String(1 + ((i * 3 + copy) % 28)).padStart(2, '0')}`;
      const outlet = OUTLETS[(i + copy * 5) % OUTLETS.length]!;
      lines.push(
        JSON.stringify({
          id: `c${copy}-a${i}`,
          title: copy ? `${source.title} (${copy})` : source.title,
          text: ps.join('\n\n'),
          date,
          outlet,
        }),
      );
      paragraphs += ps.length;
      articles++;
      if (lines.length >= RECORDS_PER_FILE) await flush();
    }
  }
  await flush();
  return { articles, paragraphs, bytes };
}

/** Requests a newsroom sends: words common and rare, phrases, prefixes, typos, exclusions, facets, pages, fragments, JSON, articles. */
function workload(sources: Source[], ids: string[]): Array<{ path: string; headers?: Record<string, string> }> {
  const counts = new Map<string, number>();
  for (const s of sources.slice(0, 600))
    for (const w of s.paragraphs
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const common = ranked.slice(20, 120);
  const rare = ranked.slice(2000, 2100);
  const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
  const typo = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4);
  const out: Array<{ path: string; headers?: Record<string, string> }> = [];
  const enc = encodeURIComponent;
  for (let i = 0; i < 400; i++) {
    const a = pick(common, i);
    const b = pick(rare, i * 7);
    const c = pick(common, i * 13 + 5);
    const kind = i % 16;
    const q = [a, `${a} ${b}`, `"${a} ${c}"`, a.slice(0, 3), typo(b), `${a} -${c}`, b, `${c} ${a} ${b}`][i % 8]!;
    if (kind === 0) out.push({ path: `/?q=${enc(q)}&year=${1995 + (i % 30)}` });
    else if (kind === 1) out.push({ path: `/?q=${enc(q)}&outlet=${enc(pick(OUTLETS, i))}&outlet=${enc(pick(OUTLETS, i + 1))}` });
    else if (kind === 2) out.push({ path: `/?q=${enc(q)}&page=${2 + (i % 4)}` });
    else if (kind === 3) out.push({ path: `/?q=${enc(q)}&sort=newest&group=article` });
    else if (kind === 4 || kind === 5) out.push({ path: `/?q=${enc(q)}`, headers: { 'HX-Request': 'true', 'HX-Request-Type': 'partial' } });
    else if (kind === 6 || kind === 7) out.push({ path: `/api/search?q=${enc(q)}&perPage=50` });
    else if (kind === 8) out.push({ path: `/articles/${enc(pick(ids, i * 37))}?q=${enc(a)}` });
    else if (kind === 9)
      out.push({
        path: `/articles/${enc(pick(ids, i * 11))}/context?position=1&q=${enc(a)}`,
        headers: { 'HX-Request': 'true', 'HX-Request-Type': 'partial' },
      });
    else if (kind === 10) out.push({ path: '/healthz' });
    else out.push({ path: `/?q=${enc(q)}` });
  }
  return out;
}

/**
 * Distinct searches, as a spike of new visitors would type them: single words from every frequency
 * band, two and three words, phrases, prefixes, typos and year filters; none asked twice.
 */
function distinctSearches(sources: Source[], count: number): Array<{ path: string; headers?: Record<string, string> }> {
  const counts = new Map<string, number>();
  for (const s of sources)
    for (const w of s.paragraphs
      .join(' ')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.entries()]
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w);
  const seen = new Set<string>();
  const out: Array<{ path: string; headers?: Record<string, string> }> = [];
  const enc = encodeURIComponent;
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const { q, shape } = spikeQuery(words, i);
    const path = shape === 7 ? `/?q=${enc(q)}&year=${1995 + (i % 30)}` : i % 3 === 0 ? `/api/search?q=${enc(q)}` : `/?q=${enc(q)}`;
    if (seen.has(path)) continue;
    seen.add(path);
    out.push(i % 5 === 0 ? { path, headers: { 'HX-Request': 'true', 'HX-Request-Type': 'partial' } } : { path });
  }
  return out;
}

/**
 * Ids of articles for the workload's article pages, from a few searches. Not `/api/articles`: at
 * 1M paragraphs that lists 200,000+ articles (15 s and hundreds of MB of the server's heap), which
 * would leave the server measured with the heap of a request no spike sends.
 */
async function articleIds(url: string, sources: Source[]): Promise<string[]> {
  const ids = new Set<string>();
  // Each title's first two words as a phrase: few matches, so quick even on a big index.
  const phrases = sources
    .slice(0, 40)
    .map((s) =>
      s.title
        .toLowerCase()
        .match(/[a-z]+/g)
        ?.slice(0, 2),
    )
    .filter((w) => w?.length === 2);
  for (const word of phrases.map((w) => `"${w!.join(' ')}"`)) {
    const response = await fetch(`${url}/api/search?q=${encodeURIComponent(word)}&perPage=50`);
    const body = (await response.json()) as { hits?: Array<{ articleId: string }> };
    if (!response.ok) console.log(`  (picking article pages: /api/search?q=${word} answered ${response.status})`);
    for (const hit of body.hits ?? []) ids.add(hit.articleId);
  }
  if (ids.size === 0) throw new Error("no article found by the searches that pick the workload's article pages");
  return [...ids];
}

/** The server's resident memory now, MB; rejects once it is gone. */
async function rssMb(pid: number): Promise<number> {
  const memory = memoryOf(pid);
  if (memory === null) throw new Error(`no /proc/${pid}/status: the server is gone`);
  return memory.rss / 2 ** 20;
}

async function startServer(
  env: Record<string, string>,
  logFile: string,
): Promise<{ child: ChildProcess; url: string; pid: number; indexSeconds: number; exited: Promise<number | null> }> {
  const started = performance.now();
  // The server writes its logs straight into a file: were they piped through this process, which is
  // busy running autocannon, a full pipe would stall the server's synchronous log writes.
  const fd = openSync(logFile, 'w');
  const command = await compiledCommand(ROOT, 'server/start.ts');
  // STRESS_NODE_FLAGS: extra node flags for the server only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p";
  // NODE_OPTIONS refuses --cpu-prof). The profile is written when the server exits after SIGTERM.
  const flags = (process.env.STRESS_NODE_FLAGS ?? '').split(/\s+/).filter((f) => f !== '');
  if (env.STRESS_SERVER_TIMES !== undefined) flags.push('--import', path.join(ROOT, 'dist', 'bench', 'scale', 'server-timing-probe.js'));
  const child = spawn(process.execPath, [...flags, ...command.args], {
    cwd: ROOT,
    env: { ...process.env, ...command.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let gone = false;
  void exited.then(() => (gone = true));
  const log = new GrowingLog(logFile);
  let seen = '';
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const { match: m, lines } = await log.find(/is serving at http:\/\/localhost:(\d+)\//);
    if (m) return { child, url: `http://${HOST}:${m[1]}`, pid: child.pid!, indexSeconds: (performance.now() - started) / 1000, exited };
    // What the server said before it died: its last lines.
    seen = (seen + lines).slice(-64 * 1024);
    if (gone) throw new Error(`server exited before serving:\n${seen}`);
  }
}

interface Phase {
  requests: number;
  rps: number;
  latency: autocannon.Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  /** Response times (ms) by HTTP status, a first request's from when it was written (its connection's opening apart). */
  times: Map<number, number[]>;
  /** 503 answers without a Retry-After header. */
  busyWithoutRetryAfter: number;
  /** When each socket error or timeout happened, seconds into the phase. */
  errorTimes: number[];
  /** The refusals that took SLOW_REFUSAL_MS or more. */
  slow: SlowRefusals;
  /** [path, clock started, answered (epoch ms), status, connection opened (epoch ms) or null] of the first requests, when asked for. */
  trace: Array<[string, number, number, number, number | null]>;
  /** How long the phase ran: its duration, or less when it was ended by its count of admitted searches. */
  seconds: number;
  /** Whether it was ended by that count (`DriveOptions.admitted`) rather than by its duration. */
  endedByCount: boolean;
}

interface DriveOptions {
  /** Record the first requests (STRESS_TRACE). */
  tracing?: boolean;
  /** End the phase once this many answers were 200 (`--admitted`); the phase's seconds are then its cap. */
  admitted?: number | null;
  /** Each request's write and read on this process's monotonic clock (`--server-times`). */
  clientTimes?: ClientTimes;
}

/** The request a response answers (autocannon gives each request a fresh context). */
interface InFlight {
  path: string;
  startedAt: number;
}

const TRACED_REQUESTS = 100_000;

/** Every request asks for the HTML page (the JSON routes answer JSON whatever it says). */
const ACCEPT_HTML = { accept: 'text/html' };

/** `requests` built for `url` before a phase's clock starts (prebuilt-requests.ts). */
const prebuilt = (url: string, requests: PlannedRequest[]) => new PrebuiltRequests(url, requests, ACCEPT_HTML);

async function drive(
  url: string,
  requests: PrebuiltRequests,
  seconds: number,
  conns: number,
  { tracing = false, admitted = null, clientTimes }: DriveOptions = {},
): Promise<Phase> {
  const trace: Phase['trace'] = [];
  // Each client's request in flight (one at a time: no pipelining), for the trace.
  const inFlight = new WeakMap<object, InFlight>();
  const statuses: Record<string, number> = {};
  const times = new Map<number, number[]>();
  let busyWithoutRetryAfter = 0;
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  // When each connection opened: its first request's time includes the opening (see SlowRefusals).
  const opened = new ConnectTimes();
  const clients: object[] = [];
  const instance = autocannon(
    {
      url,
      setupClient: (client) => {
        opened.watch(client);
        clientTimes?.watch(client);
        clients.push(client);
        requests.attach(
          client,
          tracing ? (r) => inFlight.set(client, { path: r.path, startedAt: performance.timeOrigin + performance.now() }) : undefined,
        );
        // The parser's raw headers, before autocannon makes an object of them (which it does only for `onResponse`).
        // autocannon's typings give this event Node's header object; lib/httpClient.js emits http-parser-js's info.
        (client as unknown as EventEmitter).on('headers', ({ statusCode, headers }: { statusCode: number; headers: string[] }) => {
          if (statusCode === 503 && !headers.some((h, i) => i % 2 === 0 && h.toLowerCase() === 'retry-after')) busyWithoutRetryAfter++;
        });
      },
      connections: conns,
      duration: seconds,
      timeout: 10,
      requests: [STATIC_REQUEST],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  const errorTimes: number[] = [];
  const startedAt = performance.now();
  instance.on('reqError', () => errorTimes.push((performance.now() - startedAt) / 1000));
  const slow = new SlowRefusals();
  /** When the count of admitted searches was reached (ms, this process's clock), if it was. */
  let countedAt: number | null = null;
  instance.on('response', (client: object, status: number, _bytes: number, ms: number) => {
    clientTimes?.answered(client, status);
    statuses[status] = (statuses[status] ?? 0) + 1;
    // Answers still in flight when it stops are not counted: the count is of answers the client read,
    // including those read in the same turn as the Nth (at most one a connection) before the clients go.
    if (status === 200 && admitted !== null && statuses[status] === admitted) {
      countedAt = performance.now();
      // autocannon's stop() takes effect at its next one-second tick, sending meanwhile; a destroyed
      // client sends nothing more (after the request it writes once this listener returns).
      setImmediate(() => {
        // Client.prototype.destroy (lib/httpClient.js), not in autocannon's type definitions.
        for (const c of clients) (c as { destroy: () => void }).destroy();
        instance.stop();
      });
    }
    const connectMs = opened.connectMs(client);
    // A first request's time is counted from when it was written, its connection's opening apart (SlowRefusals).
    const counted = slow.record(client, status, ms, (performance.now() - startedAt) / 1000, connectMs);
    const answered = tracing ? inFlight.get(client) : undefined;
    if (answered !== undefined && trace.length < TRACED_REQUESTS)
      trace.push([
        answered.path,
        answered.startedAt,
        answered.startedAt + ms,
        status,
        counted.first && connectMs !== undefined ? answered.startedAt + connectMs : null,
      ]);
    let list = times.get(status);
    if (list === undefined) times.set(status, (list = []));
    list.push(counted.ms);
  });
  const result = await done;
  // Ended by count, the phase's seconds stop at the count: autocannon's own end waits for its next one-second tick.
  const ranSeconds = ((countedAt ?? performance.now()) - startedAt) / 1000;
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    latency: result.latency,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    times,
    busyWithoutRetryAfter,
    errorTimes,
    slow,
    trace,
    seconds: ranSeconds,
    endedByCount: countedAt !== null,
  };
}

/** "+12.3 %", "-0.4 %". */
const percent = (fraction: number) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`;

function percentiles(values: number[]): string {
  if (values.length === 0) return 'none';
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return `p50 ${at(50).toFixed(0)} · p90 ${at(90).toFixed(0)} · p99 ${at(99).toFixed(0)} · max ${sorted.at(-1)!.toFixed(0)} ms`;
}

/** What the spike leaves to be matched against the server's own times once it has exited (`--server-times`). */
interface SpikeClock {
  clientTimes: ClientTimes;
  /** When the spike began, the machine's monotonic clock (ms). */
  startedAt: number;
  /** The client's main thread, slice by slice. */
  clientLoop: LoopSlices;
}

/** The spike: distinct searches from many connections; admitted and refused counted apart. */
async function driveOverload(
  url: string,
  pid: number,
  sources: Source[],
  logFile: string,
  mix: WarmMix | null,
): Promise<{ ok: boolean; clock: SpikeClock | null }> {
  const searches = distinctSearches(sources, 200_000);
  // Built now, before the spike's clock and CPU readings start.
  const built = prebuilt(url, searches);
  const rssBefore = await rssMb(pid);
  // Read every second, printed every 10 s: whether memory settles at a plateau (caches filling) or
  // keeps climbing, and in which kind of memory (the highest reading's split beside the first and last).
  const kindsBefore = memoryKindsOf(pid);
  const watch = new RssWatch(pid).start();
  const traceFile = process.env.STRESS_TRACE;
  const clientLoop = new ClientLoopDelay();
  const clientGc = new ClientGc();
  const clientTimes = serverTimes ? new ClientTimes() : undefined;
  const clientSlices = new LoopSlices();
  if (serverTimes) clientSlices.start();
  const startedAt = monotonicMs();
  const cpu = new SpikeCpu(pid);
  cpu.begin();
  clientLoop.start();
  clientGc.start();
  let cpuLine: string | null = null;
  const phase = await drive(url, built, duration, connections, {
    tracing: traceFile !== undefined,
    admitted: admittedTarget,
    clientTimes,
  })
    .then((p) => ((cpuLine = cpu.end(p.requests)), p))
    .finally(() => {
      watch.stop();
      clientLoop.stop();
      clientGc.stop();
      clientSlices.stop();
    });
  if (traceFile !== undefined) await writeFile(traceFile, JSON.stringify(phase.trace));
  const rssAfter = await rssMb(pid);
  const kindsAfter = memoryKindsOf(pid);
  const admitted = phase.times.get(200) ?? [];
  const refused = phase.times.get(503) ?? [];
  const other = phase.requests - admitted.length - refused.length;
  const health = (await (await fetch(`${url}/healthz`)).json()) as { searches?: unknown };
  console.log('');
  console.log(
    `overload: ${phase.requests.toLocaleString('en-US')} requests in ${phase.seconds.toFixed(1)} s from ${connections} connections (${searches.length.toLocaleString('en-US')} distinct searches prepared, none asked twice)`,
  );
  if (admittedTarget !== null)
    console.log(
      phase.endedByCount
        ? `  ended by count: ${(phase.times.get(200)?.length ?? 0).toLocaleString('en-US')} searches admitted (asked for ${admittedTarget.toLocaleString('en-US')}) after ${phase.seconds.toFixed(1)} s (--admitted; cap ${duration} s)`
        : `  ended by the cap: ${duration} s before ${admittedTarget.toLocaleString('en-US')} searches were admitted (--admitted): memory not comparable by count`,
    );
  console.log(
    `  admitted (200): ${admitted.length.toLocaleString('en-US')} (${(admitted.length / phase.seconds).toFixed(0)}/s), latency ${percentiles(admitted)}`,
  );
  console.log(
    `  refused (503):  ${refused.length.toLocaleString('en-US')}, latency ${percentiles(refused)}, without Retry-After ${phase.busyWithoutRetryAfter}`,
  );
  console.log(
    `  other answers:  ${other} (statuses ${JSON.stringify(phase.statuses)}, socket errors ${phase.errors}, timeouts ${phase.timeouts})`,
  );
  if (phase.errorTimes.length > 0) console.log(`  errors at (s into the spike): ${phase.errorTimes.map((t) => t.toFixed(1)).join(' ')}`);
  const slow = phase.slow.summary();
  if (slow !== null) console.log(`  ${slow}`);
  const opening = phase.slow.openingSummary();
  if (opening !== null) console.log(`  ${opening}`);
  // Whether slow refusals were the server's loop held, or delays on this (client) side.
  const loop = loopDelayOfRefusals(await readFile(logFile, 'utf8'), SLOW_REFUSAL_MS);
  if (loop !== null)
    console.log(
      `  server's event loop, longest delay in each second with refusals: p50 ${loop.p50} · p90 ${loop.p90} · max ${loop.max} ms; held ${SLOW_REFUSAL_MS} ms or more in ${loop.heldSeconds} of ${loop.seconds} seconds`,
    );
  const ownLoop = clientLoop.summary(SLOW_REFUSAL_MS);
  if (ownLoop !== null) console.log(`  ${ownLoop}`);
  const ownGc = clientGc.summary();
  if (ownGc !== null) console.log(`  ${ownGc}`);
  if (cpuLine !== null) console.log(`  ${cpuLine}`);
  console.log(`  server's queue: ${JSON.stringify(health.searches)}`);
  const growth = (rssAfter - rssBefore) / rssBefore;
  const highest = watch.highest !== null && watch.highest.mb > rssAfter ? watch.highest : { mb: rssAfter, kinds: kindsAfter };
  console.log(
    `  server RSS MB: before ${rssBefore.toFixed(0)} · every 10 s ${watch
      .every10()
      .map((mb) => mb.toFixed(0))
      .join(' ')} · highest ${highest.mb.toFixed(0)} (read every second) · after ${rssAfter.toFixed(0)} (${percent(growth)})`,
  );
  const marks: Array<[string, MemoryKinds | null]> = [
    ...(mix === null
      ? []
      : ([
          ['before the mix', mix.before.kinds],
          ["the mix's highest", mix.highest.kinds],
        ] as Array<[string, MemoryKinds | null]>)),
    ['before', kindsBefore],
    ['highest reading', highest.kinds],
    ['after', kindsAfter],
  ];
  const split = marks.filter(([, kinds]) => kinds !== null).map(([label, kinds]) => `${label} ${formatKinds(kinds!)}`);
  if (split.length > 0) console.log(`  server memory by kind (bench/scale/memory-kinds.ts): ${split.join('; ')}`);
  const perThread = marks.filter(([, kinds]) => kinds !== null).map(([label, kinds]) => `${label} ${formatThreadHeaps(kinds!)}`);
  if (perThread.length > 0) console.log(`  server's per-thread heaps, largest first: ${perThread.join('; ')}`);
  if (mix !== null) {
    // Flat from the level the normal traffic reaches: the mix's highest reading, its plateau when it had one.
    const level = mix.plateau?.level ?? mix.highest.mb;
    console.log(
      `  over the mix's ${mix.plateau === null ? 'highest (no plateau)' : 'plateau'} ${level.toFixed(0)} MB: the spike's highest ${percent((highest.mb - level) / level)}, after ${percent((rssAfter - level) / level)} (before the mix ${mix.before.mb.toFixed(0)} MB)`,
    );
  }
  const ok = other === 0 && phase.errors === 0 && phase.busyWithoutRetryAfter === 0 && growth <= 0.1;
  return { ok, clock: clientTimes === undefined ? null : { clientTimes, startedAt, clientLoop: clientSlices } };
}

/** `--server-times`, once the server has exited and written its times: each refusal split at the server's finish. */
async function printSplit(file: string, clock: SpikeClock): Promise<void> {
  const server = JSON.parse(await readFile(file, 'utf8')) as ServerTimes;
  const clientRows = clock.clientTimes.toArrays();
  // Both sides' rows kept beside the server's, for questions the summary does not answer.
  await writeFile(
    `${file.replace(/\.json$/, '')}-client.json`,
    JSON.stringify({ startedAt: clock.startedAt, rows: clientRows, loop: clock.clientLoop.slices }),
  );
  const { split, unmatched } = splitRefusals(clientRows, server, clock.startedAt);
  console.log('');
  console.log('whose clock (--server-times: client and server rows matched by port and place on the connection, one monotonic clock):');
  for (const line of splitSummary(split, unmatched, SLOW_REFUSAL_MS)) console.log(`  ${line}`);
  // Second 0's main threads: held loops, and whether the holding was work (on a CPU) or starvation (waiting for one).
  const side = (name: string, slices: Slice[], sliceMs: number) => {
    const s = slicesBetween(slices, clock.startedAt, clock.startedAt + 1000, sliceMs);
    return s === null
      ? `${name} not sampled`
      : `${name} longest loop delay ${s.maxDelay.toFixed(0)} ms, on a CPU ${s.cpu.toFixed(0)} ms, waiting for one ${s.wait.toFixed(0)} ms`;
  };
  console.log(
    `  second 0's main threads (${server.sliceMs} ms slices, schedstat): ${side('server', server.loop, server.sliceMs)}; ${side('client', clock.clientLoop.slices, clock.clientLoop.sliceMs)}`,
  );
}

/** `--warm-mix`: the normal mix until the server's memory plateaus (bench/scale/warm-mix.ts), printed. */
async function warmMix(server: { url: string; pid: number }, requests: ReturnType<typeof workload>, cap: number): Promise<WarmMix> {
  const mix = await warmByMix(server.pid, cap, (seconds) => drive(server.url, prebuilt(server.url, requests), seconds, MIX_CONNECTIONS));
  console.log('');
  for (const line of formatWarmMix(mix, cap)) console.log(line);
  return mix;
}

/** The corpus in `tmp/corpus`: reused when an earlier run left one there, else generated. */
async function prepareCorpus(tmp: string, sources: Source[]): Promise<void> {
  const corpusDir = path.join(tmp, 'corpus');
  if (existsSync(corpusDir)) {
    console.log(`corpus: reusing ${corpusDir} (generated by an earlier run; --paragraphs is ignored)`);
    return;
  }
  // Written aside and renamed when complete, so an interrupted run leaves no half corpus to reuse.
  await rm(`${corpusDir}.partial`, { recursive: true, force: true });
  const corpus = await generateCorpus(`${corpusDir}.partial`, sources);
  await rename(`${corpusDir}.partial`, corpusDir);
  console.log(
    `corpus: ${corpus.articles.toLocaleString('en-US')} articles, ${corpus.paragraphs.toLocaleString('en-US')} paragraphs, ${(corpus.bytes / 1e6).toFixed(1)} MB of JSONL from ${sources.length} BBC articles (in ${tmp})`,
  );
}

/** STRESS_PROFILE: one request of each kind at a time, the slowest printed (not part of the figures). */
async function profileKinds(url: string, requests: ReturnType<typeof workload>): Promise<void> {
  const timed: Array<[number, string]> = [];
  for (const r of requests.slice(0, 160)) {
    const t = performance.now();
    await (await fetch(url + r.path, { headers: r.headers ?? {} })).text();
    timed.push([performance.now() - t, r.path]);
  }
  for (const [ms, p] of timed.sort((x, y) => y[0] - x[0]).slice(0, 12)) console.log(`  ${ms.toFixed(0)} ms ${p}`);
}

/** The mixed workload in two equal phases and a rest; true when no request failed and memory settled. */
async function driveMix(url: string, pid: number, requests: ReturnType<typeof workload>): Promise<boolean> {
  const rssBefore = await rssMb(pid);
  const half = Math.max(1, Math.floor(duration / 2));
  const first = await drive(url, prebuilt(url, requests), half, connections);
  const rssMid = await rssMb(pid);
  const second = await drive(url, prebuilt(url, requests), duration - half, connections);
  const rssAfter = await rssMb(pid);
  await new Promise((r) => setTimeout(r, 5000));
  const rssRested = await rssMb(pid);

  const phases = [first, second];
  const total = phases.reduce((n, p) => n + p.requests, 0);
  // autocannon counts a timeout as an error too: errors = non-2xx + socket errors (timeouts included).
  const errors = phases.reduce((n, p) => n + p.non2xx + p.errors, 0);
  const statuses: Record<string, number> = {};
  for (const p of phases) for (const [s, n] of Object.entries(p.statuses)) statuses[s] = (statuses[s] ?? 0) + n;
  console.log('');
  for (const [name, p] of [
    ['phase 1', first],
    ['phase 2', second],
  ] as const) {
    const l = p.latency;
    console.log(
      `${name}: ${p.requests.toLocaleString('en-US')} requests, ${p.rps.toFixed(0)} req/s, latency ms p50 ${l.p50} · p90 ${l.p90} · p97.5 ${l.p97_5} · p99 ${l.p99} · max ${l.max}, errors ${p.non2xx + p.errors} (non-2xx ${p.non2xx}, socket errors ${p.errors} of which timeouts ${p.timeouts})`,
    );
  }
  console.log(
    `total: ${total.toLocaleString('en-US')} requests in ${duration} s, ${(total / duration).toFixed(0)} req/s, statuses ${JSON.stringify(statuses)}, errors ${errors}`,
  );
  console.log(
    `server RSS MB: before ${rssBefore.toFixed(0)} · after phase 1 ${rssMid.toFixed(0)} · after phase 2 ${rssAfter.toFixed(0)} · after 5 s rest ${rssRested.toFixed(0)}`,
  );
  // Settled: after the same load a second time and a rest, the server holds no more than it did
  // before or after the first phase (RSS moves within a band as V8 and SQLite's cache fill and free).
  const plateau = Math.max(rssBefore, rssMid);
  const settled = rssRested <= plateau * 1.1 + 20;
  console.log(
    `memory ${settled ? 'settles' : 'KEEPS GROWING'} (after the rest ${rssRested >= plateau ? '+' : ''}${(rssRested - plateau).toFixed(0)} MB against the highest earlier reading)`,
  );
  return errors === 0 && settled;
}

async function main(): Promise<void> {
  const tmp = args.dir ? path.resolve(args.dir) : await mkdtemp(path.join(os.tmpdir(), 'nutgraf-stress-'));
  const keep = args.keep || args.dir !== undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    console.log(
      `stress${overload ? ' (overload)' : ''}: ${connections} connections, ${admittedTarget === null ? `${duration} s` : `until ${admittedTarget.toLocaleString('en-US')} admitted (cap ${duration} s)`}, ~${targetParagraphs.toLocaleString('en-US')} paragraphs (${os.cpus().length} CPUs, Node ${process.version})`,
    );
    const sources = readBbc();
    await prepareCorpus(tmp, sources);
    const logFile = path.join(tmp, 'server.log');
    const serverTimesFile = path.join(tmp, 'server-times.json');
    await rm(serverTimesFile, { force: true });
    server = await startServer(
      {
        PORT: '0',
        HOST,
        DATA_DIR: path.join(tmp, 'data'),
        CORPUS_DIR: path.join(tmp, 'corpus'),
        MEILI_URL: '',
        LOG_LEVEL: args['log-level']!,
        NODE_ENV: 'production',
        ...(serverTimes ? { STRESS_SERVER_TIMES: serverTimesFile } : {}),
      },
      logFile,
    );
    const indexed = (await (await fetch(`${server.url}/healthz`)).json()) as { articles?: number; paragraphs?: number };
    console.log(
      `server: pid ${server.pid} at ${server.url}, ${indexed.paragraphs?.toLocaleString('en-US')} paragraphs in ${indexed.articles?.toLocaleString('en-US')} articles, indexed and serving after ${server.indexSeconds.toFixed(1)} s`,
    );
    const requests = workload(sources, await articleIds(server.url, sources));
    if (process.env.STRESS_PROFILE) await profileKinds(server.url, requests);

    await drive(server.url, prebuilt(server.url, requests), warmSeconds, Math.min(10, connections));
    const mix = warmMixCap === null ? null : await warmMix(server, requests, warmMixCap);
    const { ok, clock } = overload
      ? await driveOverload(server.url, server.pid, sources, logFile, mix)
      : { ok: await driveMix(server.url, server.pid, requests), clock: null };
    server.child.kill('SIGTERM');
    const code = await server.exited;
    if (!overload) console.log(`SIGTERM after the run: server exited ${code}`);
    server = undefined;
    if (clock !== null) await printSplit(serverTimesFile, clock);
    if (!ok || code !== 0) process.exitCode = 1;
  } finally {
    if (server) server.child.kill('SIGKILL');
    if (!keep) await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
