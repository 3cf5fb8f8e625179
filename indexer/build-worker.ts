/** A worker thread of the build pool (build-pool.ts): builds the files it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildFile, type FileJob } from './build-file.ts';

/** The corpus's furniture, sent once when the pool starts this worker. */
const furniture = new Set<string>((workerData as { furniture?: string[] }).furniture ?? []);

parentPort!.on('message', (message: { seq: number; job: FileJob }) => {
  buildFile(message.job, { furniture }).then(
    (outcome) => parentPort!.postMessage({ seq: message.seq, outcome }),
    (error: unknown) => parentPort!.postMessage({ seq: message.seq, error: error instanceof Error ? error.message : String(error) }),
  );
});
