/**
 * Where the log lines go: a file descriptor (stdout by default), written asynchronously as pino's own
 * default destination is, but with a bound on the bytes that may wait for the reader.
 *
 * pino's default destination (SonicBoom, `sync: false`) queues every line in memory while a write is
 * under way and has no bound: when stdout is a pipe whose reader falls behind (a log shipper, a
 * container runtime, a terminal scrolled back), the queue grows with the log for as long as the
 * reader lags, on the serving thread's heap, where the queued strings outlive its young-generation
 * collections. A spike logs a line per admitted search (~450 bytes; ~380 a second on a quiet 1M
 * server), so a stalled reader grows it by ~10 MB a minute. Synchronous writes would instead hold the
 * serving thread, and every refusal behind it, for as long as the reader does. So: written
 * asynchronously, at most `LOG_QUEUE_BYTES` waiting; lines beyond that are dropped and counted, and
 * the count is logged once the reader has caught up.
 */
import { pino } from 'pino';

/**
 * Bytes of log lines that may wait for the reader: ~9,000 request lines, ~25 s of a quiet 1M spike's
 * admitted searches, 2 % of a warm 1M server's resident memory.
 */
export const LOG_QUEUE_BYTES = 4 * 2 ** 20;

/** Lines dropped since the last report, and their bytes. */
export interface Dropped {
  lines: number;
  bytes: number;
}

export interface LogDestination {
  stream: pino.DestinationStream;
  /** Called once the queue has emptied after lines were dropped (not from inside a write). */
  onDropped: (report: (dropped: Dropped) => void) => void;
}

export function logDestination(fd = 1, maxQueuedBytes = LOG_QUEUE_BYTES): LogDestination {
  const stream = pino.destination({ dest: fd, sync: false, maxLength: maxQueuedBytes });
  let dropped: Dropped = { lines: 0, bytes: 0 };
  let report: (dropped: Dropped) => void = () => {};
  stream.on('drop', (data: string) => {
    dropped.lines++;
    dropped.bytes += Buffer.byteLength(data);
  });
  // SonicBoom says 'drain' whenever its queue has been written out.
  stream.on('drain', () => {
    if (dropped.lines === 0) return;
    const reported = dropped;
    dropped = { lines: 0, bytes: 0 };
    report(reported);
  });
  return { stream, onDropped: (r) => (report = r) };
}
