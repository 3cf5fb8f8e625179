/** A preparing thread (prepare.ts): works out its share of the answers and sends them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareShare, type ShareJob } from './prepare.ts';

try {
  const { rows } = prepareShare(workerData as ShareJob);
  // The heads' buffers are moved, not copied.
  parentPort!.postMessage({ rows }, rows.map((r) => r.head.buffer as ArrayBuffer));
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
