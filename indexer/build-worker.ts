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

parentPort!.on('message', (message: { seq: number; job: FileJob; part: FilePart }) => {
  const { seq } = message;
  buildFile(message.job, { lazy: true, furniture, part: message.part })
    .then((outcome) => {
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
    })
    .catch((error: unknown) => parentPort!.postMessage({ seq, error: error instanceof Error ? error.message : String(error) }));
});
