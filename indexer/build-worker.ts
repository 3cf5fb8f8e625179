/**
 * A worker thread of the build pool (build-pool.ts): builds (or checks, for the furniture fix-up) the files or
 * parts of files it is sent, one at a time.
 * Each unit's documents are built one by one and sent in chunks of `CHUNK_DOCUMENTS`, each chunk one
 * `v8.serialize` buffer that is transferred, not cloned (`outcomeChunk`), then a last message with the rest of
 * the outcome. So a built article dies young in this thread's heap, and the indexing thread holds a
 * unit it has not reached yet as flat buffers, not as objects its collector would trace and promote
 * (sent whole as structured clones, the units doubled the GC helper threads' CPU: docs/performance.md).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { type BuiltDocument, buildFile, checkFile, type FileJob, type FilePart } from './build-file.ts';
import type { PoolTask } from './build-pool.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import type { ListedOutlet } from './infer/outlet-list.ts';
import { useCorpusOutlets } from './infer/outlet-listed-index.ts';

/** Documents per chunk: a few hundred kB of buffer, ~20 messages for a 4 MB part of a record file. */
const CHUNK_DOCUMENTS = 64;

const data = workerData as { furniture?: string[]; outlets?: ListedOutlet[]; folderOutlets?: Array<[string, FolderOutlet]> };
/** The corpus's furniture, sent when the pool starts this worker, and again once the build has learned it (`learned`). */
let furniture = new Set<string>(data.furniture ?? []);
/** The folders' learned outlets (the fix-up's check only). */
let folderOutlets = new Map<string, FolderOutlet>(data.folderOutlets ?? []);
// The corpus's own outlets (outlets.tsv), read once by the main thread.
useCorpusOutlets(data.outlets ?? []);

function sendChunk(seq: number, documents: BuiltDocument[]): void {
  const chunk = serialize(documents);
  const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
  parentPort!.postMessage({ seq, chunk }, own ? [chunk.buffer as ArrayBuffer] : []);
}

/**
 * A unit of a run: `claims` says who does each unit of the run (build-pool.ts): 0 nobody yet, 1 a worker,
 * 2 the indexing thread (it took the unit back).
 */
type UnitMessage = { seq: number; unit: number; claims: Int32Array; task: PoolTask; job: FileJob; part: FilePart };
type Message = UnitMessage | { learned: { furniture: string[]; folderOutlets: Array<[string, FolderOutlet]> } };
/** Units are built one at a time, in the order sent: a unit not started yet may still be taken back. */
const queue: Message[] = [];
let draining = false;

// In the order sent: what the corpus taught applies to the units sent after it.
parentPort!.on('message', (message: Message) => {
  queue.push(message);
  if (!draining) void drain();
});

async function drain(): Promise<void> {
  draining = true;
  for (let message = queue.shift(); message !== undefined; message = queue.shift()) {
    if ('learned' in message) {
      furniture = new Set(message.learned.furniture);
      folderOutlets = new Map(message.learned.folderOutlets);
    } else await buildUnit(message);
  }
  draining = false;
}

async function buildUnit({ seq, unit, claims, task, job, part }: UnitMessage): Promise<void> {
  if (Atomics.compareExchange(claims, unit, 0, 1) !== 0) return parentPort!.postMessage({ seq, taken: true });
  try {
    if (task === 'check') return parentPort!.postMessage({ seq, outcome: await checkFile(job, { furniture, folderOutlets, part }) });
    const outcome = await buildFile(job, { lazy: true, furniture, part });
    if (!outcome.ok) return parentPort!.postMessage({ seq, outcome });
    let documents: BuiltDocument[] = [];
    for (const doc of outcome.documents) {
      documents.push(doc);
      if (documents.length === CHUNK_DOCUMENTS) {
        sendChunk(seq, documents);
        documents = [];
      }
    }
    if (documents.length > 0) sendChunk(seq, documents);
    parentPort!.postMessage({ seq, outcome: { ok: true, problems: outcome.problems, bytes: outcome.bytes } });
  } catch (error) {
    parentPort!.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
}
