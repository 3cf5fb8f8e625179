/**
 * Start-up warm-up, before the server says it is ready: a throwaway copy of the app, on a loopback
 * port of its own, first refuses a few thousand searches (its gate held full: `warmRefusals`), then
 * answers a hundred real ones (`warmSearches`, once the engine is ready).
 *
 * Why: a spike's refusals run the door, the prepared busy answer and Node's HTTP write path
 * (server/admission.ts, busy.ts). Cold, that code runs unoptimised: in the first second of a cold
 * spike each refusal cost the serving thread ~0.08-0.20 ms, against ~0.03 ms once some 2,000 had
 * been answered (1M and 200k, load 5-14), and with ~120 connections cycling refusals at once each
 * of them waits for all the others. V8 keeps the optimised code with the functions, not with one
 * app: an app built after the warm-up refused its first 2,000 searches for ~40-60 % less CPU than
 * one built without it. The copy has its own gate and log: the serving app's counts, its estimate
 * and its refusal log see none of this.
 */
import http from 'node:http';
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import type { SearchEngine, SearchRequest } from '../engine/contract/types.ts';
import { createApp } from './app.ts';
import { serverFor } from './http-server.ts';
import { logLevelFromEnv } from './logging.ts';
import type { Views } from './render.ts';
import { SearchGate } from './search-gate.ts';

/** Refusals answered at start-up: in-process, a refusal's CPU cost fell from ~200 to 20-40 us over the first ~4,000. */
export const WARM_REFUSALS = 4_000;
/** Loopback connections open at once, each lane opening a new one when its last has its answers. */
const CONNECTIONS = 10;
/**
 * Searches sent on one connection before it is closed and the next opened: a spike opens its
 * connections all at once, and a cold server spent ~180 us of CPU on each new one against ~110 us
 * once 400 had been opened (200-connection bursts, every search refused, median of 7 runs each,
 * load 7-10). 4,000 refusals thus open 500 connections.
 */
const PER_CONNECTION = 8;
/**
 * Requests each connection has in flight (pipelined). Each connection's whole share in one write
 * kept all 4,000 requests and responses alive at once, and what that grew stayed: 200k index,
 * RSS 3 s after "serving" 136-145 MB against main's 105-108, and 108-117 MB with 8 in flight.
 */
const IN_FLIGHT = 8;

/** The three representations a refusal is sent in (busy.ts prepares one answer for each). */
const REQUESTS = [
  'GET /?q=warm HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n',
  'GET /?q=warm HTTP/1.1\r\nHost: localhost\r\nHX-Request: true\r\nHX-Request-Type: partial\r\n\r\n',
  'GET /api/search?q=warm HTTP/1.1\r\nHost: localhost\r\n\r\n',
];

export interface WarmUp {
  refusals: number;
  ms: number;
}

/**
 * Refuse `count` searches through a copy of the app built on `engine` (never searched: its gate
 * admits nothing). Resolves when every refusal has been read back.
 */
export async function warmRefusals(engine: SearchEngine, count = WARM_REFUSALS): Promise<WarmUp> {
  const started = performance.now();
  // One search "waiting" and a 1 ms budget: every search that arrives is refused at the door.
  const gate = new SearchGate({ slots: 1, queueMs: 1 });
  const holding = gate.admitEarly();
  if (typeof holding === 'number') throw new Error('a fresh gate refused its first search');
  const app = createApp({ engine, gate, logger: pino({ level: 'silent' }), log: () => {} });
  try {
    await onThrowawayServer(app, (port) => {
      const shares = Array.from({ length: CONNECTIONS }, (_, i) => Math.floor(count / CONNECTIONS) + (i < count % CONNECTIONS ? 1 : 0));
      return Promise.all(shares.filter((n) => n > 0).map((n, i) => refuseInTurn(port, n, i)));
    });
  } finally {
    holding.release();
  }
  const refused = gate.stats().refused;
  if (refused !== count) throw new Error(`warm-up: ${refused} of ${count} searches refused`);
  return { refusals: refused, ms: performance.now() - started };
}

/** Serve `app` on a loopback port of its own while `use` runs, then close every connection and the server. */
async function onThrowawayServer<T>(app: Express, use: (port: number) => Promise<T>): Promise<T> {
  // The server `npm start` uses, so the code made hot is the one it will run.
  const server = serverFor(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use((server.address() as AddressInfo).port);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Send `n` searches over successive connections of PER_CONNECTION searches each. */
async function refuseInTurn(port: number, n: number, offset: number): Promise<void> {
  for (let sent = 0; sent < n; sent += PER_CONNECTION) await refuseOn(port, Math.min(PER_CONNECTION, n - sent), offset + sent);
}

/** Send `n` searches on one connection, IN_FLIGHT at a time; resolve when `n` busy answers have come back. */
function refuseOn(port: number, n: number, offset: number): Promise<void> {
  const status = Buffer.from('HTTP/1.1 503 ');
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let sent = 0;
    let seen = 0;
    const send = () => {
      const batch: string[] = [];
      for (; sent < n && sent - seen < IN_FLIGHT; sent++) batch.push(REQUESTS[(offset + sent) % REQUESTS.length]!);
      if (batch.length > 0) socket.write(batch.join(''));
    };
    // The status line may be split between two chunks: keep the tail of the last one.
    let tail = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const data = Buffer.concat([tail, chunk]);
      for (let at = data.indexOf(status); at >= 0; at = data.indexOf(status, at + status.length)) seen++;
      tail = data.subarray(Math.max(0, data.length - status.length + 1));
      if (seen < n) return send();
      socket.destroy();
      resolve();
    });
    socket.on('error', reject);
    socket.on('close', () => (seen >= n ? resolve() : reject(new Error(`warm-up: ${seen} of ${n} answers before the connection closed`))));
    send();
  });
}

/**
 * Searches answered at start-up (`warmSearches`). A fresh server's first admitted searches cost its
 * serving thread tens of milliseconds each instead of one or two (routing, parameter parsing, the
 * view's data, the templates' render functions and the request log run cold: 1st / 2nd / 3rd
 * results page of the fixture corpus 77-188 / 53-86 / 13-20 ms against ~1.5 ms from the 20th,
 * load 13), and under a spike every refusal read in the same turn waits behind them. A few rounds
 * of each kind of answer lift that before the first visitor comes; each is a real search, so they
 * are few, and asked again (the search worker then answers from its caches).
 */
export const WARM_SEARCHES = 120;

export interface WarmSearches {
  answered: number;
  ms: number;
}

/**
 * Answer `count` searches through a copy of the app built on `engine` and `views` (the serving
 * app's compiled templates, so that the render code made hot is the one the serving app runs),
 * with its own gate and a request log that goes nowhere. The searches are the empty query (every
 * index has its hits), a word of its first hit, and that hit's article page, as a page, an htmx
 * fragment and JSON. Resolves when all are answered; rejects if one is not answered 200.
 */
export async function warmSearches(engine: SearchEngine, views: Views, count = WARM_SEARCHES): Promise<WarmSearches> {
  const started = performance.now();
  const gate = new SearchGate({ slots: engine.parallelism, queueMs: 60_000 });
  // The serving log's level, so the same serialising code runs; its lines are dropped.
  const logger = pino({ level: logLevelFromEnv(process.env) }, { write: () => {} });
  const app = createApp({ engine, views, gate, logger, log: () => {} });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let answered = 0;
  try {
    await onThrowawayServer(app, async (port) => {
      const first = JSON.parse(await answer(port, agent, '/api/search', {})) as { hits?: Array<{ text?: string; articleId?: string }> };
      answered++;
      const hit = first.hits?.[0];
      // The longest word of the first hit: a query with matches to mark, whatever the corpus's language.
      const word = (hit?.text?.match(/\p{L}{3,}/gu) ?? []).sort((a, b) => b.length - a.length)[0];
      const q = word === undefined ? '' : `?q=${encodeURIComponent(word.toLowerCase())}`;
      const asks: Array<[string, Record<string, string>]> = [
        ['/', { accept: 'text/html' }],
        ['/', { 'hx-request': 'true', 'hx-request-type': 'partial' }],
        ['/api/search', {}],
      ];
      if (q !== '')
        asks.push(
          [`/${q}`, { accept: 'text/html' }],
          [`/${q}`, { 'hx-request': 'true', 'hx-request-type': 'partial' }],
          [`/api/search${q}`, {}],
        );
      if (hit?.articleId !== undefined) asks.push([`/articles/${encodeURIComponent(hit.articleId)}${q}`, { accept: 'text/html' }]);
      for (; answered < count; answered++) {
        const [path, headers] = asks[answered % asks.length]!;
        await answer(port, agent, path, headers);
      }
    });
  } finally {
    agent.destroy();
  }
  return { answered, ms: performance.now() - started };
}

/** GET `path` and read its body; rejects unless it is answered 200. */
function answer(port: number, agent: http.Agent, path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Buffer.concat(chunks).toString('utf8'))
            : reject(new Error(`warm-up: ${path} answered ${res.statusCode}`)),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * Distinct searches run at start-up, straight on the engine, as a spike runs them (`warmDistinctSearches`).
 * A search worker's memory grows on first use of its search path and then stays: SQLite's statement and
 * doclist memory, the glibc heap that holds it, the caches' probation segments (used by a spike's
 * searches only), its V8 heap's working size. In-process, 85 % of that growth came within the first
 * 500 distinct searches and little after 1,000 (docs/journal/operations.md, "What stays alive after a
 * spike"), so a server that had not met varied searches before a spike grew by it during the spike's
 * first seconds. A production server allocates its working memory before it takes traffic: these
 * searches make that growth part of the server's start, before it says it is ready.
 */
export const DISTINCT_WARM_SEARCHES = 500;
/**
 * Wall time the distinct searches may take, after which start-up goes on with what was filled: 500
 * searches at 1M paragraphs take a few seconds of a core, but 135 s at load 15-20 (the search worker is
 * niced), and a server should not wait that long to serve.
 */
export const DISTINCT_WARM_MS = 10_000;

/**
 * The `i`-th search of a spike's shapes over `words`: one to three words, a phrase, a prefix, a
 * misspelling, an exclusion, and (shape 7) a word the caller pairs with a year filter. A fixed
 * multiplier walk over the vocabulary, so it is reproducible and reaches every frequency band.
 * Shared by the start-up warm-up and the stress bench's spike, so the two ask alike.
 */
export function spikeQuery(words: readonly string[], i: number): { q: string; shape: number } {
  const at = (salt: number) => words[(i * 7919 + salt * 104729) % words.length]!;
  const [a, b, c] = [at(1), at(2), at(3)];
  const shape = i % 8;
  const q = [
    a,
    `${a} ${b}`,
    `${a} ${b} ${c}`,
    `"${a} ${b}"`,
    a.slice(0, 3 + (i % 3)),
    a.slice(0, 2) + a[3] + a[2] + a.slice(4),
    `${a} -${b}`,
    b,
  ][shape]!;
  return { q, shape };
}

/** Pages of the empty query whose paragraphs give the warm-up its words (any language: letters only). */
const WORD_PAGES = 5;

/**
 * Ask the engine `count` distinct searches of a spike's shapes (one to three words, a phrase, a
 * prefix, a misspelling, an exclusion, a year), flagged as a spike's (`SearchOptions.spike`),
 * `engine.parallelism` at a time. Their words are the index's own: those of the empty query's first
 * pages, walked with a fixed stride so that common and rare ones alike are asked. Stops early once
 * `limitMs` have passed. Resolves with how many were answered; a search that fails is not retried
 * (the warm-up is no reason not to serve).
 */
export async function warmDistinctSearches(
  engine: SearchEngine,
  count = DISTINCT_WARM_SEARCHES,
  limitMs = DISTINCT_WARM_MS,
): Promise<WarmSearches> {
  const started = performance.now();
  const seen = new Set<string>();
  // The index's own years for the year filter: a corpus of any period.
  let years: number[] = [];
  for (let page = 1; page <= WORD_PAGES; page++) {
    const { hits, facets } = await engine.search({ q: '', page, perPage: 100 });
    if (page === 1) years = Object.keys(facets.year).map(Number).filter(Number.isInteger);
    for (const hit of hits) for (const word of hit.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) seen.add(word);
    if (hits.length < 100) break;
  }
  const words = [...seen];
  if (words.length === 0) return { answered: 0, ms: performance.now() - started };
  const requestAt = (i: number): SearchRequest => {
    const { q, shape } = spikeQuery(words, i);
    return shape === 7 && years.length > 0 ? { q, filters: { year: [years[i % years.length]!] } } : { q, page: i % 5 === 4 ? 2 : 1 };
  };
  let answered = 0;
  const lanes = Math.max(1, engine.parallelism);
  for (let i = 0; i < count && performance.now() - started < limitMs; i += lanes) {
    const asked = Array.from({ length: Math.min(lanes, count - i) }, (_, j) => engine.search(requestAt(i + j), { spike: true }));
    for (const result of await Promise.allSettled(asked)) if (result.status === 'fulfilled') answered++;
  }
  return { answered, ms: performance.now() - started };
}
