import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { test } from 'node:test';
import { newcomersFirst } from '../../server/newcomers-first.ts';

const OLD = 20;
const NEW = 60;
const REQUEST = 'GET /?q=x HTTP/1.1\r\nHost: t\r\n\r\n';

interface Burst {
  /** Requests of the connections already refused, read while the newcomers were being let in. */
  oldReadsDuringBurst: number;
  /** Newcomers whose first request was answered. */
  newcomersAnswered: number;
  /** Answers each old connection got after the burst (none would mean one was left held). */
  oldAnsweredAfter: number[];
}

/**
 * A server that refuses everything (503 at once, as the search door does under a spike); OLD
 * connections ask again the moment they read a refusal; then NEW connections open at once, all
 * waiting in the kernel's accept queue, each writing one request.
 */
async function burst(holdMs: number, workMs = 0): Promise<Burst> {
  const old = new Set<net.Socket>();
  let burstStarted = false;
  let newcomersRead = 0;
  let oldReadsDuringBurst = 0;
  const first = newcomersFirst(holdMs);
  const server = http.createServer((req, res) => {
    if (old.has(req.socket)) {
      if (burstStarted && newcomersRead < NEW) oldReadsDuringBurst += 1;
    } else if (burstStarted) newcomersRead += 1;
    // Only a newcomer's request costs work: the turns that let newcomers in are long, the re-asks cheap.
    const until = performance.now() + (old.has(req.socket) ? 0 : workMs);
    while (performance.now() < until);
    res.writeHead(503, { 'Retry-After': '1', 'Content-Length': '4' });
    res.end('busy');
    first.refused(req);
  });
  first.watch(server);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  // One accepted socket per client socket, in accept order: the first OLD are the old ones.
  server.on('connection', (socket: net.Socket) => {
    if (!burstStarted) old.add(socket);
  });

  const answers: number[] = Array.from({ length: OLD }, () => 0);
  let stopping = false;
  const clients = Array.from({ length: OLD }, (_, i) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('data', (chunk: Buffer) => {
      answers[i]! += chunk.toString().split('HTTP/1.1 503').length - 1;
      if (!stopping) socket.write(REQUEST);
    });
    socket.write(REQUEST);
    return socket;
  });
  while (answers.some((n) => n < 3)) await new Promise((resolve) => setTimeout(resolve, 5));

  burstStarted = true;
  let newcomersAnswered = 0;
  const newcomers = Array.from({ length: NEW }, () => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('data', () => (newcomersAnswered += 1));
    socket.write(REQUEST);
    return socket;
  });
  // Hold this thread after the connects: all of them wait in the kernel's accept queue.
  const until = performance.now() + 100;
  while (performance.now() < until);
  while (newcomersAnswered < NEW) await new Promise((resolve) => setTimeout(resolve, 5));
  const before = [...answers];
  await new Promise((resolve) => setTimeout(resolve, 100));
  const oldAnsweredAfter = answers.map((n, i) => n - before[i]!);
  stopping = true;
  for (const socket of [...clients, ...newcomers]) socket.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return { oldReadsDuringBurst, newcomersAnswered, oldAnsweredAfter };
}

test('while a burst of new connections is accepted, connections already refused wait; all are answered after', async () => {
  const plain = await burst(0);
  const held = await burst(1_000);
  assert.equal(plain.newcomersAnswered, NEW);
  assert.equal(held.newcomersAnswered, NEW);
  // Without the hold every turn that accepts one newcomer also reads every old connection's re-ask.
  assert.ok(plain.oldReadsDuringBurst >= NEW, `without the hold ${plain.oldReadsDuringBurst} re-asks were read during the burst`);
  assert.ok(
    held.oldReadsDuringBurst * 4 < plain.oldReadsDuringBurst,
    `re-asks read during the burst: ${held.oldReadsDuringBurst} held, ${plain.oldReadsDuringBurst} not`,
  );
  // Released once the accepts stop: every old connection is answered again.
  for (const n of held.oldAnsweredAfter) assert.ok(n > 0, `an old connection got no answer after the burst: ${held.oldAnsweredAfter}`);
});

test('a refused connection is held no longer than the hold time, even while connections keep arriving', async () => {
  // Each newcomer's request costs 2 ms, so letting all of them in takes ≥ 120 ms, far past a 5-ms hold.
  const capped = await burst(5, 2);
  const uncapped = await burst(1_000, 2);
  assert.ok(
    capped.oldReadsDuringBurst > uncapped.oldReadsDuringBurst,
    `re-asks read during a burst longer than the hold: ${capped.oldReadsDuringBurst} (5 ms), ${uncapped.oldReadsDuringBurst} (1 s)`,
  );
  assert.ok(capped.oldReadsDuringBurst >= OLD, `a 5-ms hold read only ${capped.oldReadsDuringBurst} re-asks during a ≥120-ms burst`);
});

test('refusals with no connection arriving hold nothing, and answers that are not refusals are not reported', async () => {
  const newcomers = newcomersFirst(1_000);
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/busy' ? 503 : 200, { 'Content-Length': '2' });
    res.end('ok');
    if (req.url === '/busy') newcomers.refused(req);
  });
  newcomers.watch(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string) =>
    new Promise<number>((resolve, reject) =>
      http
        .get({ port, host: '127.0.0.1', path, agent }, (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0)))
        .on('error', reject),
    );
  const started = performance.now();
  const statuses: number[] = [];
  // One kept connection: after its first refusal no connection is being accepted, so nothing waits.
  for (let i = 0; i < 50; i++) statuses.push(await get(i % 2 === 0 ? '/busy' : '/'));
  const elapsed = performance.now() - started;
  agent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  assert.equal(statuses.filter((s) => s === 503).length, 25);
  assert.ok(elapsed < 1_000, `50 requests on one connection took ${Math.round(elapsed)} ms: something was held`);
});
