import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { acceptOnCopies, closeWithCopies } from '../../server/accept-copies.ts';

const COPIES = 7;
const CONNECTIONS = 64;

let server: http.Server;
let copies: net.Server[] = [];
let port = 0;

before(async () => {
  server = http.createServer((req, res) => res.end(`ok ${req.url}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  copies = await acceptOnCopies(server, COPIES, (error) => assert.fail(error));
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => closeWithCopies(server, copies, resolve));
});

/** Connections accepted in each turn of the event loop while `count` clients connect at once. */
async function acceptedPerTurn(count: number): Promise<{ perTurn: number[]; sockets: net.Socket[] }> {
  const perTurn: number[] = [];
  let accepted = 0;
  let inTurn = 0;
  const onConnection = () => {
    accepted += 1;
    inTurn += 1;
  };
  server.on('connection', onConnection);
  const sockets = Array.from({ length: count }, () => net.connect(port, '127.0.0.1'));
  // Hold this thread after the connects are made, so that all of them wait in the kernel's accept queue
  // (loopback completes the handshake without us): then count what each later turn accepts.
  await new Promise<void>((resolve) =>
    process.nextTick(() =>
      setImmediate(() => {
        const until = performance.now() + 100;
        while (performance.now() < until);
        resolve();
      }),
    ),
  );
  await new Promise<void>((resolve) => {
    const turn = () => {
      if (inTurn > 0) perTurn.push(inTurn);
      inTurn = 0;
      if (accepted >= count) resolve();
      else setImmediate(turn);
    };
    setImmediate(turn);
  });
  server.off('connection', onConnection);
  return { perTurn, sockets };
}

test('a burst of connections is accepted several a loop turn, one on each copy of the listening socket', async () => {
  assert.equal(copies.length, COPIES);
  const { perTurn, sockets } = await acceptedPerTurn(CONNECTIONS);
  // Node 20's libuv accepts one connection per listening handle a turn: without the copies, 64 turns of 1.
  assert.ok(perTurn[0]! >= COPIES + 1, `accepted in the first turns: ${perTurn.slice(0, 8).join(' ')}`);
  assert.ok(perTurn.length <= Math.ceil(CONNECTIONS / (COPIES + 1)) + 2, `turns: ${perTurn.length}`);
  // Whichever descriptor accepted it, each connection is the HTTP server's: every one is answered.
  const answers = await Promise.all(
    sockets.map(
      (socket, i) =>
        new Promise<string>((resolve, reject) => {
          let text = '';
          socket.on('data', (chunk) => (text += chunk));
          socket.on('end', () => resolve(text));
          socket.on('error', reject);
          socket.end(`GET /c${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        }),
    ),
  );
  answers.forEach((text, i) => assert.match(text, new RegExp(`^HTTP/1.1 200 [^]*ok /c${i}$`)));
});

test('closing waits for the copies too, and after it nothing is accepted', async () => {
  const other = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const otherPort = (other.address() as net.AddressInfo).port;
  const otherCopies = await acceptOnCopies(other, 3);
  assert.equal(otherCopies.length, 3);
  await new Promise<void>((resolve) => closeWithCopies(other, otherCopies, resolve));
  const refused = await new Promise<string>((resolve) => {
    const socket = net.connect(otherPort, '127.0.0.1');
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    socket.on('connect', () => resolve('connected'));
  });
  assert.equal(refused, 'ECONNREFUSED');
});

test('no copies asked or a server not listening: none made, the server accepts as before', async () => {
  assert.deepEqual(await acceptOnCopies(server, 0), []);
  assert.deepEqual(await acceptOnCopies(http.createServer(), 2), []);
});
