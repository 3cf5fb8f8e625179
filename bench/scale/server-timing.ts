/**
 * The server's own clock on each request, for the stress tool (`--server-times`): loaded into the
 * server's main thread with node's `--import` (compiled to dist/, tsconfig.build.json), it changes
 * nothing the server does. Through Node's diagnostics channels it takes, per request, when its
 * connection was accepted, when its request was read (headers parsed: a spike's GET is one read) and
 * when its answer was handed to the kernel (`finish`), with the socket's peer port and the request's
 * place on its connection, so the client can match its own rows to them (port, index) without a
 * header or a log line. The serving loop's delay is kept per 100 ms slice. All of it stays in memory
 * (typed arrays, 48 bytes a request) and is written once, as JSON, at exit (server-timing-probe.ts is
 * the `--import` entry).
 *
 * Times are this machine's monotonic clock in ms (monotonic.ts): the client process reads the same
 * clock, so a server time and a client time subtract directly.
 */
import dc from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { LoopSlices, type Slice } from './loop-slices.ts';
import { monotonicMs } from './monotonic.ts';

/** The columns of a request row, in order. */
export const SERVER_COLUMNS = ['port', 'index', 'acceptedAt', 'readAt', 'finishedAt', 'status'] as const;

/** What the probe writes at exit. */
export interface ServerTimes {
  /** One row per answered request, SERVER_COLUMNS in order. */
  rows: number[][];
  /** The serving thread per slice (loop-slices.ts). */
  loop: Slice[];
  sliceMs: number;
}

const BLOCK_ROWS = 8192;

/**
 * Rows of six numbers in blocks of typed arrays: nothing allocated per row, nothing for the collector
 * to trace (the probe runs on the serving thread it measures).
 */
export class Rows {
  private readonly blocks: Float64Array[] = [];
  private count = 0;
  private readonly width = 6;

  push(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const at = (this.count % BLOCK_ROWS) * this.width;
    if (at === 0) this.blocks.push(new Float64Array(BLOCK_ROWS * this.width));
    const block = this.blocks[this.blocks.length - 1]!;
    block[at] = a;
    block[at + 1] = b;
    block[at + 2] = c;
    block[at + 3] = d;
    block[at + 4] = e;
    block[at + 5] = f;
    this.count++;
  }

  toArrays(): number[][] {
    const width = this.width;
    const out: number[][] = [];
    for (let i = 0; i < this.count; i++) {
      const block = this.blocks[Math.floor(i / BLOCK_ROWS)]!;
      const at = (i % BLOCK_ROWS) * width;
      out.push(Array.from(block.subarray(at, at + width)));
    }
    return out;
  }
}

interface Connection {
  port: number;
  acceptedAt: number;
  requests: number;
}

/** What `recordServerTimes` gives: the rows so far, and a way to stop recording. */
export interface ServerRecorder {
  read(): ServerTimes;
  stop(): void;
}

/** Subscribe to the channels (every HTTP server of this process) and sample the loop until stopped. */
export function recordServerTimes(): ServerRecorder {
  const connections = new WeakMap<Socket, Connection>();
  const readAt = new WeakMap<IncomingMessage, number>();
  const rows = new Rows();
  const onAccept = (message: unknown) => {
    const socket = (message as { socket: Socket }).socket;
    // The peer port is read once here (a getpeername call), not per request.
    connections.set(socket, { port: socket.remotePort ?? 0, acceptedAt: monotonicMs(), requests: 0 });
  };
  const onRead = (message: unknown) => readAt.set((message as { request: IncomingMessage }).request, monotonicMs());
  const onFinish = (message: unknown) => {
    const finishedAt = monotonicMs();
    const { request, response, socket } = message as { request: IncomingMessage; response: ServerResponse; socket: Socket };
    const connection = connections.get(socket);
    if (connection === undefined) return;
    rows.push(
      connection.port,
      connection.requests++,
      connection.acceptedAt,
      readAt.get(request) ?? finishedAt,
      finishedAt,
      response.statusCode,
    );
  };
  const channels: Array<[string, (message: unknown) => void]> = [
    ['net.server.socket', onAccept],
    ['http.server.request.start', onRead],
    ['http.server.response.finish', onFinish],
  ];
  for (const [name, listener] of channels) dc.subscribe(name, listener);
  const loop = new LoopSlices();
  loop.start();
  return {
    read: () => ({ rows: rows.toArrays(), loop: loop.slices, sliceMs: loop.sliceMs }),
    stop: () => {
      for (const [name, listener] of channels) dc.unsubscribe(name, listener);
      loop.stop();
    },
  };
}
