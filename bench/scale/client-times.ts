/**
 * The stress client's own clock on each request (`--server-times`), to be matched against the
 * server's (server-timing.ts) by connection port and place on the connection: when autocannon
 * started the connection, when it wrote the request, and when this process read the answer. A
 * first request's bytes go out when its connection opens (Node holds a write made while connecting
 * and writes it in a 'connect' listener), so its write is taken then; a later one's at autocannon's
 * 'request' event, emitted just before its `write`. Times are the machine's monotonic clock (ms).
 */
import type { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { monotonicMs } from './monotonic.ts';
import { Rows } from './server-timing.ts';

/** What this reads of an autocannon client: its events and its current socket. */
type Client = EventEmitter & { conn?: Socket };

/** The columns of a client row, in order. */
export const CLIENT_COLUMNS = ['port', 'index', 'connectStartedAt', 'writtenAt', 'readAt', 'status'] as const;

interface Connection {
  startedAt: number;
  writes: number[];
  answered: number;
}

export class ClientTimes {
  /** One row per answer read, CLIENT_COLUMNS in order (typed arrays: this process's collector is in every latency). */
  private readonly rows = new Rows();
  private readonly connections = new WeakMap<Socket, Connection>();

  constructor(private readonly now: () => number = monotonicMs) {}

  /** Follow `client` from its first request (call from autocannon's setupClient). */
  watch(client: Client): void {
    client.on('request', () => {
      const socket = client.conn;
      if (socket === undefined) return;
      let connection = this.connections.get(socket);
      if (connection === undefined) this.connections.set(socket, (connection = { startedAt: this.now(), writes: [], answered: 0 }));
      const writes = connection.writes;
      if (socket.connecting) socket.once('connect', () => writes.push(this.now()));
      else writes.push(this.now());
    });
  }

  /** An answer `client` has just read (call from autocannon's 'response' event). */
  answered(client: object, status: number): void {
    const readAt = this.now();
    const socket = (client as Client).conn;
    const connection = socket === undefined ? undefined : this.connections.get(socket);
    if (socket === undefined || connection === undefined) return;
    const index = connection.answered++;
    this.rows.push(socket.localPort ?? 0, index, connection.startedAt, connection.writes[index] ?? Number.NaN, readAt, status);
  }

  /** The rows as arrays, CLIENT_COLUMNS in order. */
  toArrays(): number[][] {
    return this.rows.toArrays();
  }
}
