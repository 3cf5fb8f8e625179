/** A worker thread of the build pool (build-pool.ts): builds (or checks) the files or parts of files it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildFile, checkFile, type FileJob, type FilePart } from './build-file.ts';
import type { PoolTask } from './build-pool.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import type { ListedOutlet } from './infer/outlet-list.ts';
import { useCorpusOutlets } from './infer/outlet-listed-index.ts';

const data = workerData as { furniture?: string[]; outlets?: ListedOutlet[]; folderOutlets?: Array<[string, FolderOutlet]> };
/** The corpus's furniture, sent once when the pool starts this worker. */
const furniture = new Set<string>(data.furniture ?? []);
/** The folders' learned outlets (the fix-up's check only). */
const folderOutlets = new Map<string, FolderOutlet>(data.folderOutlets ?? []);
// The corpus's own outlets (outlets.tsv), read once by the main thread.
useCorpusOutlets(data.outlets ?? []);

parentPort!.on('message', (message: { seq: number; task: PoolTask; job: FileJob; part: FilePart }) => {
  const done =
    message.task === 'check'
      ? checkFile(message.job, { furniture, folderOutlets, part: message.part })
      : buildFile(message.job, { furniture, part: message.part });
  done.then(
    (outcome) => parentPort!.postMessage({ seq: message.seq, outcome }),
    (error: unknown) => parentPort!.postMessage({ seq: message.seq, error: error instanceof Error ? error.message : String(error) }),
  );
});
