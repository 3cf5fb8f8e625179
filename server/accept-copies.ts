/**
 * More than one new connection accepted per turn of the event loop, on Node 20.
 *
 * libuv (1.45 and later, Node 20's is 1.46) accepts one connection each time a listening socket is
 * reported readable, so one a loop turn, and each turn also reads and answers every open
 * connection's next request. When a spike opens its connections at once, the k-th waits behind the
 * turns of the k − 1 before it, each serving their retries: in a cold spike's first second those
 * connections' first requests were refused 50–130 ms after they were written, all of them waiting in
 * the kernel's accept queue (docs/operations.md, "Under load"). Several listening sockets on one port
 * (`reusePort`) need Node ≥ 22.12.
 *
 * What Node 20 does allow: copies of the listening socket's descriptor. A child process is handed the
 * socket and sends it back `copies` times; each arrives as a new descriptor of the same socket (the
 * kernel's SCM_RIGHTS), watched by its own libuv handle, so a turn in which connections wait accepts
 * one on each. The connections are handed to the HTTP server as its own (`connection` event), and the
 * child exits. It is sent the bare handle (not a `net.Server`), so it never listens itself and
 * accepts nothing. Cost: one short-lived `node` process at start (~0.1–0.4 s), and per new
 * connection the copies' failed `accept` calls (EAGAIN) when they wake together for a single one.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';

/**
 * The child: sends the handle it was given back `copies` times, and exits when the parent
 * disconnects (so that no copy is left unread when it goes). Plain JS, no loader.
 */
const CHILD = `process.on('message', (m, handle) => {
  let sent = 0;
  const next = (error) => {
    if (error) process.exit(1);
    if (sent++ < m.copies) process.send('copy', handle, next);
  };
  next();
});`;

/** How long start-up waits for the copies before serving with the one socket it has. */
const COPIES_TIMEOUT_MS = 10_000;

interface WithHandle {
  _handle?: object | null;
}

/**
 * Listens on `copies` more descriptors of `server`'s listening socket and hands what they accept to
 * `server`. Call once `server` listens. Resolves with the copies (close them with the server), or
 * with none if they could not be made (the reason is passed to `onError`); the server then accepts
 * as before.
 */
export async function acceptOnCopies(
  server: net.Server,
  copies: number,
  onError: (error: Error) => void = () => {},
): Promise<net.Server[]> {
  const handle = (server as unknown as WithHandle)._handle;
  if (copies <= 0 || !handle || !server.listening) return [];
  const made: net.Server[] = [];
  try {
    const handles = await copiesOf(handle, copies);
    // As http.Server configures its own net.Server: no Nagle delay on the answers.
    const options = server as unknown as { noDelay?: boolean; keepAlive?: boolean; keepAliveInitialDelay?: number };
    for (const copy of handles) {
      const listener = net.createServer({
        noDelay: options.noDelay ?? true,
        keepAlive: options.keepAlive ?? false,
        keepAliveInitialDelay: options.keepAliveInitialDelay ?? 0,
      });
      listener.on('connection', (socket: net.Socket) => server.emit('connection', socket));
      listener.on('error', (error) => onError(error));
      listener.listen(copy as never);
      made.push(listener);
    }
    return made;
  } catch (error) {
    for (const listener of made) listener.close();
    onError(error instanceof Error ? error : new Error(String(error)));
    return [];
  }
}

/** `copies` new descriptors of the socket behind `handle`, by way of a child process. */
function copiesOf(handle: object, copies: number): Promise<object[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: {} });
    const got: object[] = [];
    const timer = setTimeout(
      () => fail(new Error(`listening socket copies: ${got.length} of ${copies} after ${COPIES_TIMEOUT_MS} ms`)),
      COPIES_TIMEOUT_MS,
    );
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      for (const copy of got) (copy as { close?: () => void }).close?.();
      reject(error);
    };
    child.on('error', fail);
    // Resolved once the child has gone: until then its own descriptor keeps the socket listening, and a
    // server closed meanwhile would still have connections queued for it.
    child.on('exit', (code) => {
      if (got.length < copies)
        return fail(new Error(`listening socket copies: the helper exited (${code}) after ${got.length} of ${copies}`));
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(got);
    });
    child.on('message', (_message, copy) => {
      if (!copy) return;
      got.push(copy);
      if (got.length === copies) child.disconnect();
    });
    child.send({ copies }, handle as net.Server);
  });
}

/** Closes the server and its copies; `done` once every one of them has closed (its connections ended). */
export function closeWithCopies(server: net.Server, copies: net.Server[], done: () => void): void {
  let open = copies.length + 1;
  const closed = () => {
    open -= 1;
    if (open === 0) done();
  };
  for (const copy of copies) copy.close(closed);
  server.close(closed);
}
