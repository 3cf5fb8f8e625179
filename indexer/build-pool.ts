/**
 * Builds corpus files in worker threads and hands the outcomes back in the files' order, so a full
 * build cleans on more than one core. The unit of work is a file, or a part of a big record file
 * (`PART_BYTES`: a scraper's export holds thousands of articles in a few files, so whole files were
 * too coarse to share, and one 8 MB file's built articles filled a worker's heap). Workers take
 * the units after the one the consumer is at, at most `WORKER_DEPTH` each; this thread builds the
 * unit the consumer reaches if no worker has (lazily, as it is consumed), and while it waits for a
 * worker's unit it builds the next unit nobody has taken instead of sitting idle. So neither side
 * waits while units are left, however fast each is, and a worker's outcome (copied across threads)
 * is only paid for the share the workers take. At most `ahead` units beyond the consumer's are
 * taken or built, which bounds memory whatever the corpus size. A unit sent to a worker that it has
 * not started yet is taken back by this thread when it would otherwise wait (`claims`), so the
 * threads finish together. The workers stay alive from the build into the furniture fix-up
 * (`BuildPool`, `checkFiles`), which learns the corpus's furniture from the build and reads the
 * files again with it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { deserialize } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../lib/module-worker.ts';
import {
  type BuiltDocument,
  buildFile,
  type CheckOutcome,
  checkFile,
  type FileJob,
  type FileOutcome,
  type FilePart,
} from './build-file.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import { corpusOutlets } from './infer/outlet-listed-index.ts';

export interface BuildPoolOptions {
  /** Worker threads besides this one; 0 builds in this thread only (same outcomes, no parallelism). */
  workers: number;
  /** Units taken or built beyond the consumer's (default: WORKER_DEPTH per worker, and one for this thread). */
  ahead?: number;
  /** The corpus's furniture (see `ArticleFile.furniture`), sent to each worker once. */
  furniture?: ReadonlySet<string>;
  /** A record file is cut into parts of about this many bytes (default `PART_BYTES`). */
  partBytes?: number;
  /** The folders' learned outlets, for `checkFiles` (sent to each worker once). */
  folderOutlets?: ReadonlyMap<string, FolderOutlet> | undefined;
  /** Workers already started (`BuildPool`), used instead of starting `workers` new ones. */
  pool?: BuildPool | null | undefined;
}

/** One unit's outcome: `part` says which part of its file (`{ index: 0, of: 1 }` for a whole file). */
export interface PoolUnit<O> {
  job: FileJob;
  outcome: O;
  part: FilePart;
}
export type BuiltUnit = PoolUnit<FileOutcome>;
/** What a unit is: a build (`buildFile`) or the furniture fix-up's check (`checkFile`). */
export type PoolTask = 'build' | 'check';

/**
 * A worker's heap cap. The worker holds the language detector (~80 MB) and one unit's documents
 * being read; what it builds leaves in chunks as it goes (build-worker.ts), so it never holds a
 * unit's built articles. At 128 MB its live heap (75-100 MB) was near the cap all the time: a
 * full mark-compact every ~20 MB allocated (11 at 50k paragraphs against 5 on the main thread),
 * and the GC helper threads' CPU doubled. At 512 MB, at 200k paragraphs: helper threads 11.3-12.2
 * -> 9.6-9.9 s, process CPU 45.2 / 46.8 -> 42.7 / 43.4 s, peak RSS about the same (docs/performance.md).
 */
const WORKER_HEAP_MB = 512;
/** Units a worker holds (building or built, not yet consumed): one to build while another waits. */
const WORKER_DEPTH = 2;
/**
 * A record file over this size is built in parts of about this size, each building its share of
 * the records. A JSONL part reads only its own lines' records, and of the lines before it only
 * the records' keys (an id met again is renamed: records.ts); a `.json` part reads the whole file.
 */
const PART_BYTES = 4 * 2 ** 20;
/**
 * The fix-up's check of a file keeps nothing built (ids, hashes, learned line numbers), so a
 * worker's heap holds a whole 8 MB record file's documents; reading a file once per part would
 * cost more than a finer split buys.
 */
export const CHECK_PART_BYTES = 16 * 2 ** 20;
const RECORD_FORMATS = new Set(['.json', '.jsonl', '.ndjson']);
const WHOLE: FilePart = { index: 0, of: 1 };

/**
 * Outcomes in the jobs' order, a file's parts one after another (each JSONL part brings its own
 * lines' `problems`, another format's come with part 0; a skip is the whole file's, so a skipped
 * file is skipped by each of its parts).
 * Without workers, every file is one unit, built as the consumer iterates its documents
 * (`buildFile`'s `lazy`), so iterate them before asking for the next unit.
 */
export function buildFiles(jobs: readonly FileJob[], options: BuildPoolOptions): AsyncGenerator<BuiltUnit> {
  return poolUnits(jobs, options, 'build', (job, part, lazy) => buildFile(job, { lazy, furniture: options.furniture, part }));
}

/**
 * The furniture fix-up's reading (furniture-fixup.ts): each document's new content hash and the
 * lines holding learned furniture (`checkFile`), in the jobs' order, a file in parts as
 * `buildFiles` gives them (of `CHECK_PART_BYTES` unless told), each part's documents in order.
 * With a `pool`, its workers are told `furniture` and `folderOutlets` first.
 */
export function checkFiles(jobs: readonly FileJob[], options: BuildPoolOptions): AsyncGenerator<PoolUnit<CheckOutcome>> {
  const checked = { ...options, partBytes: options.partBytes ?? CHECK_PART_BYTES };
  return poolUnits(jobs, checked, 'check', (job, part) =>
    checkFile(job, { furniture: options.furniture, folderOutlets: options.folderOutlets, part }),
  );
}

/**
 * Units of `task` in the jobs' order, from the workers or from `here` (this thread's way of doing
 * one: `lazy` when the consumer takes it as it iterates, see `buildFiles`).
 */
async function* poolUnits<O>(
  jobs: readonly FileJob[],
  options: BuildPoolOptions,
  task: PoolTask,
  here: (job: FileJob, part: FilePart, lazy: boolean) => Promise<O>,
): AsyncGenerator<PoolUnit<O>> {
  const own = options.pool ? null : options.workers > 0 ? new BuildPool(options.workers, options) : null;
  const pool = options.pool ?? own;
  if (!pool) {
    for (const job of jobs) yield { job, outcome: await here(job, WHOLE, true), part: WHOLE };
    return;
  }
  try {
    if (options.pool) pool.learn(options.furniture, options.folderOutlets);
    yield* pool.units(jobs, options, task, here);
  } finally {
    await own?.close();
  }
}

/** A unit taken by a worker: a build's chunks of documents as they come (build-worker.ts), until its outcome comes. */
interface Waiting {
  chunks: Uint8Array[];
  resolve: (o: unknown) => void;
  reject: (e: Error) => void;
}

/**
 * Worker threads that build (or check) units for one run of `poolUnits` after another: started
 * once, for the full build and then its furniture fix-up, so the fix-up finds them warm. `close`
 * when done.
 */
export class BuildPool {
  private readonly workers: Worker[];
  private readonly load: number[];
  private readonly pending = new Map<number, Waiting>();
  private failure: Error | null = null;
  private closed = false;
  /** Numbers each unit sent, across runs. */
  private seq = 0;

  constructor(workers: number, options: Pick<BuildPoolOptions, 'furniture' | 'folderOutlets'> = {}) {
    this.workers = Array.from({ length: Math.max(1, workers) }, () => this.startWorker(options));
    this.load = new Array<number>(this.workers.length).fill(0);
  }

  get size(): number {
    return this.workers.length;
  }

  private startWorker(options: Pick<BuildPoolOptions, 'furniture' | 'folderOutlets'>): Worker {
    const worker = moduleWorker(import.meta.url, 'build-worker', {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      workerData: {
        furniture: [...(options.furniture ?? [])],
        outlets: corpusOutlets(),
        ...(options.folderOutlets?.size ? { folderOutlets: [...options.folderOutlets] } : {}),
      },
    });
    worker.on('message', (m: { seq: number; chunk?: Uint8Array; taken?: true; outcome?: FileOutcome | CheckOutcome; error?: string }) => {
      const waiting = this.pending.get(m.seq);
      if (!waiting) return;
      if (m.chunk !== undefined) {
        waiting.chunks.push(m.chunk);
        return;
      }
      this.pending.delete(m.seq);
      this.load[this.workers.indexOf(worker)]!--;
      if (m.error !== undefined) waiting.reject(new Error(m.error));
      // This thread took the unit back (`takeBack`) and built it: nobody waits for this answer.
      else if (m.taken) waiting.reject(new Error('taken back'));
      else if (!m.outcome!.ok || !('bytes' in m.outcome!)) waiting.resolve(m.outcome!);
      else waiting.resolve({ ...m.outcome!, documents: chunkedDocuments(waiting.chunks) });
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closed) this.fail(new Error(`a build worker stopped (exit code ${code})`));
    });
    return worker;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** Tells every worker what the corpus taught (the fix-up's furniture and folder outlets), for the units sent after. */
  learn(furniture: ReadonlySet<string> | undefined, folderOutlets: ReadonlyMap<string, FolderOutlet> | undefined): void {
    const learned = { furniture: [...(furniture ?? [])], folderOutlets: [...(folderOutlets ?? [])] };
    for (const worker of this.workers) worker.postMessage({ learned });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failure ??= new Error('the build pool is closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** `poolUnits` with these workers. */
  async *units<O>(
    jobs: readonly FileJob[],
    options: Pick<BuildPoolOptions, 'ahead' | 'partBytes'>,
    task: PoolTask,
    here: (job: FileJob, part: FilePart, lazy: boolean) => Promise<O>,
  ): AsyncGenerator<PoolUnit<O>> {
    const units = jobs.flatMap((job) => partsOf(job, options.partBytes ?? PART_BYTES).map((part) => ({ job, part })));
    const { workers, load } = this;
    /** Who does each unit: 0 nobody yet, 1 a worker (as it starts it), 2 this thread (build-worker.ts). */
    const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, units.length)));
    const ahead = Math.max(1, options.ahead ?? WORKER_DEPTH * workers.length + 1);
    const first = this.seq;
    this.seq += units.length;

    /** The least loaded worker with room for another unit, or -1. */
    function freeWorker(): number {
      let best = -1;
      for (let i = 0; i < workers.length; i++) if (load[i]! < WORKER_DEPTH && (best < 0 || load[i]! < load[best]!)) best = i;
      return best;
    }

    const submit = (worker: number, unit: number): Promise<O> => {
      if (this.failure) return Promise.reject(this.failure);
      load[worker]!++;
      return new Promise((resolve, reject) => {
        this.pending.set(first + unit, { chunks: [], resolve: resolve as (o: unknown) => void, reject });
        workers[worker]!.postMessage({ seq: first + unit, unit, claims, task, job: units[unit]!.job, part: units[unit]!.part });
      });
    };

    /** Units taken by workers, by index, and units this thread did ahead of the consumer. */
    const taken = new Map<number, Promise<O>>();
    const built = new Map<number, O>();
    /** The first unit after the consumer's that nobody has taken. */
    let next = 1;
    /** Workers take the untaken units after the consumer's `i`, never that one: this thread does it if nobody has. */
    function feed(i: number): void {
      next = Math.max(next, i + 1);
      for (let w = freeWorker(); w >= 0 && next < units.length && next <= i + ahead; w = freeWorker()) {
        const promise = submit(w, next);
        // Rejections are handled when the consumer reaches this unit; do not crash before.
        promise.catch(() => {});
        taken.set(next++, promise);
      }
    }
    /**
     * Takes back a unit a worker was sent but has not started (the first such from `i` on), to do it
     * here: at the end of the run, or when a worker is slow, this thread otherwise waits with nothing
     * to do. Its index, or -1.
     */
    function takeBack(i: number): number {
      for (let j = i; j < next; j++) {
        if (!taken.has(j)) continue;
        if (Atomics.compareExchange(claims, j, 0, 2) !== 0) continue;
        taken.delete(j);
        return j;
      }
      return -1;
    }
    try {
      for (let i = 0; i < units.length; i++) {
        feed(i);
        const { job, part } = units[i]!;
        let outcome = built.get(i);
        built.delete(i);
        if (outcome === undefined) {
          const promise = taken.get(i);
          taken.delete(i);
          // Nobody took it, or its worker has not started it (then it is taken back): done here, lazily.
          if (promise === undefined || Atomics.compareExchange(claims, i, 0, 2) === 0) outcome = await here(job, part, true);
          else {
            let settled = false;
            void promise.then(
              () => (settled = true),
              () => (settled = true),
            );
            await null;
            // While a worker does the consumer's unit, this thread does the next one nobody has
            // taken, or else takes back one a worker has not started.
            while (!settled && !this.failure) {
              let j = next < units.length && next <= i + ahead ? next++ : -1;
              if (j < 0) j = takeBack(i + 1);
              if (j < 0) break;
              const unit = units[j]!;
              built.set(j, await here(unit.job, unit.part, false));
              feed(i);
            }
            if (this.failure) throw this.failure;
            outcome = await promise;
          }
        }
        if (this.failure) throw this.failure;
        yield { job, outcome, part };
      }
    } finally {
      // Units a worker has not started are not started now (the consumer stopped early, or failed).
      for (const j of taken.keys()) Atomics.compareExchange(claims, j, 0, 2);
    }
  }
}

/**
 * A worker's documents, read from its chunks as the consumer iterates them: the objects are made
 * when they are used, and die young. A `keptLines` read from a buffer may view it (or a shared
 * pool), and the report keeps it until the fix-up: it gets its own copy.
 */
function* chunkedDocuments(chunks: Uint8Array[]): Generator<BuiltDocument> {
  for (let c = 0; c < chunks.length; c++) {
    const documents = deserialize(chunks[c]!) as BuiltDocument[];
    // The buffer is not held while its documents are used.
    chunks[c] = EMPTY;
    for (const doc of documents) {
      if (doc.result.ok && doc.result.keptLines) doc.result.keptLines = doc.result.keptLines.slice();
      yield doc;
    }
  }
}

const EMPTY = new Uint8Array(0);

/** A record file over `partBytes` in parts of about that size; any other file (or one that cannot be read yet) whole. */
function partsOf(job: FileJob, partBytes: number): FilePart[] {
  if (!RECORD_FORMATS.has(path.extname(job.source).toLowerCase())) return [WHOLE];
  let size: number;
  try {
    size = statSync(job.file).size;
  } catch {
    return [WHOLE];
  }
  // A file over the size limit is skipped whole (read-file.ts), once.
  const of = size > job.maxBytes ? 1 : Math.max(1, Math.round(size / partBytes));
  return Array.from({ length: of }, (_, index) => ({ index, of }));
}
