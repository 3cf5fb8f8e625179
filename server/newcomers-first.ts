/**
 * New connections first while a burst of them is being accepted.
 *
 * libuv (1.45 and later; Node 20 ships 1.46) accepts one connection per listening socket each loop
 * turn, and each turn also reads every open connection's next request. When a spike opens its
 * connections at once, the ones still in the kernel's accept queue wait one turn each, and every turn
 * is long: the connections already refused ask again the moment they read their 503 (60–110 re-asks
 * read in each turn of a cold spike's first second at 1M, docs/journal/operations.md "Eighteenth session").
 * So the last connections' first requests were refused 50–450 ms after they were written.
 *
 * Here a connection whose request the search door has just refused (`refused`, the door's own
 * refusal callback: server/admission.ts, AppOptions.onRefused) is not read again while connections
 * are being accepted: its socket stops reading (the handle's `readStop`, as `net.Socket#pause` does
 * for a stream it reads itself; Node's HTTP parser reads the handle directly, so `pause()` would not
 * hold it) until the first loop turn without an accept, or the hold time (NEWCOMERS_HOLD_MS, 25 ms)
 * after the first of the connections held, whichever is first. The turns in between accept and
 * answer one newcomer each and are short. A re-ask is never held longer than that; outside a burst
 * of new connections nothing is held, and the normal traffic (no refusal) never is.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULT_HOLD_MS } from './config.ts';

/** The parts of a libuv stream handle used here (Node's TCPWrap; absent once the socket is closed). */
interface StreamHandle {
  readStop(): number;
  readStart(): number;
}

/** The socket's libuv handle, or null once it is closed (Node keeps it as the undocumented `_handle`). */
function handleOf(socket: Socket): StreamHandle | null {
  if (socket.destroyed) return null;
  return (socket as unknown as { _handle: StreamHandle | null })._handle;
}

export interface NewcomersFirst {
  /** The door refused `req` (its 503 written): hold its connection if a burst is being accepted. */
  refused(req: IncomingMessage): void;
  /** Count `server`'s accepts (call once per server whose refusals are reported). */
  watch(server: Server): void;
}

/**
 * Newcomers first for the servers `watch`ed: give `refused` to the search door
 * (`createApp({ onRefused })`). `holdMs` 0 holds nothing.
 */
export function newcomersFirst(holdMs = DEFAULT_HOLD_MS): NewcomersFirst {
  if (holdMs <= 0) return { refused: () => {}, watch: () => {} };
  const held: Socket[] = [];
  let heldSince = 0;
  /** An accept since the last check, and in the turn before it. */
  let acceptedThisTurn = false;
  let acceptedLastTurn = false;
  let checking = false;

  const release = () => {
    for (const socket of held) handleOf(socket)?.readStart();
    held.length = 0;
  };
  // Runs in the check phase, after the turn's reads and accepts; kept scheduled only while a burst
  // is being accepted or connections are held.
  const check = () => {
    checking = false;
    if (held.length > 0 && (!acceptedThisTurn || performance.now() - heldSince >= holdMs)) release();
    acceptedLastTurn = acceptedThisTurn;
    acceptedThisTurn = false;
    if (acceptedLastTurn || held.length > 0) schedule();
  };
  const schedule = () => {
    if (checking) return;
    checking = true;
    setImmediate(check);
  };
  const accepted = () => {
    acceptedThisTurn = true;
    schedule();
  };

  return {
    refused(req) {
      if (!(acceptedThisTurn || acceptedLastTurn)) return;
      const handle = handleOf(req.socket);
      if (!handle) return;
      handle.readStop();
      if (held.length === 0) heldSince = performance.now();
      held.push(req.socket);
      schedule();
    },
    watch(server) {
      server.on('connection', accepted);
    },
  };
}
