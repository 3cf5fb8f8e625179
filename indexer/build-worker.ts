/** A worker thread of the build pool (build-pool.ts): builds the files (or parts of files) it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildFile, type FileJob, type FilePart } from './build-file.ts';
import type { ListedOutlet } from './infer/outlet-list.ts';
import { useCorpusOutlets } from './infer/outlet-listed-index.ts';

/** The corpus's furniture, sent once when the pool starts this worker. */
const furniture = new Set<string>((workerData as { furniture?: string[] }).furniture ?? []);
// The corpus's own outlets (outlets.tsv), read once by the main thread.
useCorpusOutlets((workerData as { outlets?: ListedOutlet[] }).outlets ?? []);

parentPort!.on('message', (message: { seq: number; job: FileJob; part: FilePart }) => {
  buildFile(message.job, { furniture, part: message.part }).then(
    (outcome) => parentPort!.postMessage({ seq: message.seq, outcome }),
    (error: unknown) => parentPort!.postMessage({ seq: message.seq, error: error instanceof Error ? error.message : String(error) }),
  );
});
