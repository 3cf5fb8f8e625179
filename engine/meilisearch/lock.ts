import { hostname } from 'node:os';
import { MeilisearchApiError, type Meilisearch, type Task } from 'meilisearch';
import { IndexingError } from '../contract/errors.ts';
import { toIndexingError } from './failures.ts';
import { taskTimeoutMs } from './tasks.ts';

/**
 * One indexer at a time per index name. Meilisearch has no lock primitive, but creating an index
 * is a task that fails with `index_already_exists` when the uid is taken, and index creation is
 * processed one task at a time: of two indexers creating `<name>_lock`, exactly one succeeds.
 * That one holds the lock until it deletes the index. It keeps one document in it, `holder`, with
 * who holds it and a heartbeat rewritten every `heartbeatMs`.
 * https://www.meilisearch.com/docs/reference/api/indexes#create-an-index
 * https://www.meilisearch.com/docs/reference/errors/error_codes#index_already_exists
 *
 * A crashed indexer leaves its lock behind. A waiting indexer takes it over when the lock shows no
 * sign of life for `staleMs` (no heartbeat, nor a newer index update) while Meilisearch's task
 * queue is idle: a living holder's heartbeat can sit behind a long queue of document batches, but
 * with nothing enqueued or processing it would have landed. Taking over deletes the lock index
 * and creates it again, so two waiters that both judge it stale still race for one creation.
 */

export interface LockTuning {
  /** How long to wait for another indexer before giving up with a message that names it. */
  lockWaitMs: number;
  /** A lock without a sign of life for this long (and an idle task queue) was left by a crash. */
  lockStaleMs: number;
  /** How often the holder rewrites its heartbeat. */
  lockHeartbeatMs: number;
  /** Pause between two attempts while another indexer holds the lock. */
  lockPollMs: number;
}

export const DEFAULT_LOCK_TUNING: LockTuning = {
  lockWaitMs: 10 * 60_000,
  lockStaleMs: 5 * 60_000,
  lockHeartbeatMs: 30_000,
  lockPollMs: 2_000,
};

interface HolderDocument {
  id: 'holder';
  holder: string;
  since: string;
  heartbeatAt: string;
}

export function lockIndexName(base: string): string {
  return `${base}_lock`;
}

/** Who this process is, for the message another indexer shows while it waits. */
export function describeHolder(): string {
  return `${hostname()} pid ${process.pid}`;
}

export type Release = () => Promise<void>;

export class IndexerLock {
  readonly #client: Meilisearch;
  readonly #uid: string;
  readonly #host: string;
  readonly #tuning: LockTuning;
  readonly #pollMs: number;
  readonly #holder: string;

  constructor(client: Meilisearch, options: { uid: string; host: string; tuning: LockTuning; taskPollMs: number; holder?: string }) {
    this.#client = client;
    this.#uid = options.uid;
    this.#host = options.host;
    this.#tuning = options.tuning;
    this.#pollMs = options.taskPollMs;
    this.#holder = options.holder ?? describeHolder();
  }

  /** Waits for the lock (up to `lockWaitMs`) and returns the function that releases it. */
  async acquire(): Promise<Release> {
    const started = Date.now();
    for (;;) {
      const created = await this.#task('Taking the indexer lock', () => this.#client.createIndex(this.#uid, { primaryKey: 'id' }));
      if (created.status === 'succeeded') return this.#hold();
      if (created.error?.code !== 'index_already_exists') {
        throw new IndexingError(`Taking the indexer lock ${this.#uid} failed: ${created.error?.message ?? created.status}`);
      }
      const holder = await this.#readHolder();
      if (await this.#isStale(holder)) {
        console.warn(
          `[meilisearch] taking over the indexer lock ${this.#uid} left by ${holder.who} (no sign of life since ${holder.lastSign ?? 'it was created'})`,
        );
        await this.#task('Removing a stale indexer lock', () => this.#client.deleteIndex(this.#uid));
        continue;
      }
      if (Date.now() - started >= this.#tuning.lockWaitMs) {
        throw new IndexingError(
          `Another indexer is writing to this index (${holder.who}, since ${holder.since ?? 'unknown'}): waited ${Math.round((Date.now() - started) / 1000)} s for the lock ${this.#uid}. ` +
            `If no indexer is running, it is taken over ${Math.round(this.#tuning.lockStaleMs / 60_000)} min after its last heartbeat, or delete the index ${this.#uid}.`,
        );
      }
      await sleep(this.#tuning.lockPollMs);
    }
  }

  async #hold(): Promise<Release> {
    const since = new Date().toISOString();
    const beat = () =>
      this.#client
        .index<HolderDocument>(this.#uid)
        .addDocuments([{ id: 'holder', holder: this.#holder, since, heartbeatAt: new Date().toISOString() }]);
    await this.#task('Writing the indexer lock', beat);
    // Enqueued, not waited for: a heartbeat that fails only makes the lock look older.
    let inFlight: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      inFlight = beat().catch(() => {});
    }, this.#tuning.lockHeartbeatMs);
    timer.unref();
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      // A document addition creates a missing index: a heartbeat still on its way when the lock
      // is deleted would bring it back. Tasks run in the order they are enqueued, so waiting for
      // the request (not its task) is enough.
      await inFlight;
      const deleted = await this.#task('Releasing the indexer lock', () => this.#client.deleteIndex(this.#uid));
      if (deleted.status !== 'succeeded')
        console.warn(`[meilisearch] could not release the indexer lock ${this.#uid}: ${deleted.error?.message ?? deleted.status}`);
    };
  }

  async #readHolder(): Promise<{ who: string; since: string | null; lastSign: string | null }> {
    let doc: Partial<HolderDocument> = {};
    let index: { createdAt?: unknown; updatedAt?: unknown } = {};
    try {
      index = await this.#client.getRawIndex(this.#uid);
      doc = await this.#client.index(this.#uid).getDocument('holder');
    } catch (error) {
      // Just released, or created and not written yet: judged by the index's own dates below.
      if (!(error instanceof MeilisearchApiError && error.response.status === 404))
        throw toIndexingError(error, this.#host, 'Reading the indexer lock');
    }
    const signs = [doc.heartbeatAt, index.updatedAt, index.createdAt]
      .map((d) => (typeof d === 'string' ? Date.parse(d) : NaN))
      .filter((t) => !Number.isNaN(t));
    return {
      who: typeof doc.holder === 'string' ? doc.holder : 'an indexer that has not identified itself yet',
      since: typeof doc.since === 'string' ? doc.since : null,
      lastSign: signs.length > 0 ? new Date(Math.max(...signs)).toISOString() : null,
    };
  }

  async #isStale(holder: { lastSign: string | null }): Promise<boolean> {
    // No date at all (it vanished between the two reads): try to create it again rather than delete.
    if (holder.lastSign === null || Date.now() - Date.parse(holder.lastSign) < this.#tuning.lockStaleMs) return false;
    try {
      const busy = await this.#client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
      return busy.results.length === 0;
    } catch (error) {
      throw toIndexingError(error, this.#host, 'Reading the task queue');
    }
  }

  /** Sends a write and waits for its task, returning it whatever its status. */
  async #task(what: string, send: () => Promise<{ taskUid: number }>): Promise<Task> {
    try {
      const { taskUid } = await send();
      return await this.#client.tasks.waitForTask(taskUid, { timeout: taskTimeoutMs(), interval: this.#pollMs });
    } catch (error) {
      throw toIndexingError(error, this.#host, what);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
