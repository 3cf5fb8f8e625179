/**
 * Whose clock a slow refusal ran on (`--server-times`): the stress client's rows (client-times.ts)
 * matched to the server's (server-timing.ts) by connection port and place on the connection, both
 * on the machine's monotonic clock. A refusal's time as the client sees it (its write → its read)
 * splits at the server's `finish` (the answer handed to the kernel): before it is the server's
 * (accept queue, loop turns, the work), after it is the client's own loop getting round to the
 * read. On loopback the bytes cross in microseconds, so the server's part is what a client on
 * another machine would wait, less the network.
 */
import { percentiles } from './proc.ts';
import type { ServerTimes } from './server-timing.ts';

/** One refusal seen on both sides, ms from the client's write. */
export interface SplitRefusal {
  /** ms after the spike began that the client wrote it. */
  writtenIn: number;
  first: boolean;
  /** Client's write → client's read. */
  clientSeen: number;
  /** Client's write → server's finish: what the server is answerable for. */
  server: number;
  /** Server's finish → client's read. */
  clientRead: number;
  /** Client's write → server's accept (negative: accepted before the request was written). */
  acceptWait: number;
  /** Later of accept and write → server's read of the request. */
  readWait: number;
  /** Server's read → its finish. */
  work: number;
}

/** Match client rows [port, index, connectStartedAt, writtenAt, readAt, status] to the server's refusals. */
export function splitRefusals(
  clientRows: number[][],
  server: ServerTimes,
  spikeStart: number,
): { split: SplitRefusal[]; unmatched: number } {
  const byKey = new Map<string, number[][]>();
  for (const row of server.rows) {
    const key = `${row[0]}:${row[1]}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [row]);
    else list.push(row);
  }
  const split: SplitRefusal[] = [];
  let unmatched = 0;
  for (const [port, index, , writtenAt, readAt, status] of clientRows as Array<[number, number, number, number, number, number]>) {
    if (status !== 503 || writtenAt < spikeStart) continue;
    // A port can come back (the server's own warm-up connections, an earlier phase): the row the server read between
    // this write and this read. Not its finish: 'finish' comes a callback after the write, so a client on the
    // other core can read the answer first (by 0.1-0.5 ms, more when the serving thread loses its core in between).
    const row = byKey.get(`${port}:${index}`)?.find((r) => r[3]! >= writtenAt && r[3]! <= readAt && r[5] === status);
    if (row === undefined) {
      unmatched++;
      continue;
    }
    const [, , acceptedAt, serverReadAt, finish] = row as [number, number, number, number, number, number];
    // The answer was in the kernel by the time the client read it.
    const finishedAt = Math.min(finish, readAt);
    split.push({
      writtenIn: writtenAt - spikeStart,
      first: index === 0,
      clientSeen: readAt - writtenAt,
      server: finishedAt - writtenAt,
      clientRead: readAt - finishedAt,
      acceptWait: acceptedAt - writtenAt,
      readWait: serverReadAt - Math.max(acceptedAt, writtenAt),
      work: finishedAt - serverReadAt,
    });
  }
  return { split, unmatched };
}

const ms = (values: number[]) => {
  if (values.length === 0) return 'none';
  const { p50, p95, max } = percentiles(values);
  return `p50 ${p50.toFixed(1)} · p95 ${p95.toFixed(1)} · max ${max.toFixed(1)}`;
};

/** The report's lines: slow refusals counted on each clock, and where the slow ones' time went. */
export function splitSummary(split: SplitRefusal[], unmatched: number, thresholdMs: number): string[] {
  const second0 = split.filter((r) => r.writtenIn < 1000);
  const count = (rs: SplitRefusal[], of: (r: SplitRefusal) => number) => rs.filter((r) => of(r) >= thresholdMs).length;
  const slowSeen = second0.filter((r) => r.clientSeen >= thresholdMs);
  return [
    `refusals matched on both clocks: ${split.length.toLocaleString('en-US')} (${unmatched} unmatched); ${thresholdMs} ms or more as the client read them (write → read): ${count(split, (r) => r.clientSeen)} (second 0: ${count(second0, (r) => r.clientSeen)}); charged to the server (client's write → server's finish): ${count(split, (r) => r.server)} (second 0: ${count(second0, (r) => r.server)}, first requests ${count(
      second0.filter((r) => r.first),
      (r) => r.server,
    )})`,
    `second 0's ${slowSeen.length} slow refusals (client-seen), ms: server's part ${ms(slowSeen.map((r) => r.server))} — accept after write ${ms(slowSeen.map((r) => r.acceptWait))}, read after accept/write ${ms(slowSeen.map((r) => r.readWait))}, read → finish ${ms(slowSeen.map((r) => r.work))}; client's read after the server's finish ${ms(slowSeen.map((r) => r.clientRead))}`,
  ];
}
