/**
 * The `--import` entry of server-timing.ts: the stress tool starts the server with
 * `--import dist/bench/scale/server-timing-probe.js` and STRESS_SERVER_TIMES=<file> (`--server-times`).
 * Only the main thread records: the search workers inherit the flag, and answer no HTTP request.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { recordServerTimes } from './server-timing.ts';

const file = process.env.STRESS_SERVER_TIMES;
if (isMainThread && file !== undefined && file !== '') {
  const recorded = recordServerTimes();
  process.on('exit', () => {
    const times = recorded.read();
    // The start-up indexer is a child started with the same flags: it answers nothing and writes nothing.
    if (times.rows.length > 0) writeFileSync(file, JSON.stringify(times));
  });
}
