/**
 * A worker thread of the build pool (build-pool.ts): builds the files (or parts of files) it is sent, one at a time.
 * Each unit's documents are built one by one and sent in chunks of `CHUNK_DOCUMENTS`, each chunk one
 * `v8.serialize` buffer that is transferred, not cloned (`outcomeChunk`), then a last message with the rest of
 * the outcome. So a built article dies young in this thread's heap, and the indexing thread holds a
 * unit it has not reached yet as flat buffers, not as objects its collector would trace and promote
 * (sent whole as structured clones, the units doubled the GC helper threads' CPU: docs/performance.md).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { type BuiltDocument, buildFile, type FileJob, type FilePart } from './build-file.ts';
import type { ListedOutlet } from './infer/outlet-list.ts';
import { useCorpusOutlets } from './infer/outlet-listed-index.ts';

/** Documents per chunk: a few hundred kB of buffer, ~20 messages for a 4 MB part of a record file. */
const CHUNK_DOCUMENTS = 64;

/** The corpus's furniture, sent once when the pool starts this worker. */
const furniture = new Set<string>((workerData as { furniture?: string[] }).furniture ?? []);
// The corpus's own outlets (outlets.tsv), read once by the main thread.
useCorpusOutlets((workerData as { outlets?: ListedOutlet[] }).outlets ?? []);

function sendChunk(seq: number, documents: BuiltDocument[]): void {
  const chunk = serialize(documents);
  const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
  parentPort!.postMessage({ seq, chunk }, own ? [chunk.buffer as ArrayBuffer] : []);
}

/** Who builds each unit (build-pool.ts): 0 nobody yet, 1 this worker, 2 the indexing thread (it took the unit back). */
const claims = (workerData as { claims: Int32Array }).claims;

type UnitMessage = { seq: number; job: FileJob; part: FilePart };
/** Units are built one at a time, in the order sent: a unit not started yet may still be taken back. */
const queue: UnitMessage[] = [];
let draining = false;

parentPort!.on('message', (message: UnitMessage) => {
  queue.push(message);
  if (!draining) void drain();
});

async function drain(): Promise<void> {
  draining = true;
  for (let message = queue.shift(); message !== undefined; message = queue.shift()) await buildUnit(message);
  draining = false;
}

async function buildUnit({ seq, job, part }: UnitMessage): Promise<void> {
  if (Atomics.compareExchange(claims, seq, 0, 1) !== 0) return parentPort!.postMessage({ seq, taken: true });
  try {
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
