import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import { IndexingError } from '../contract/errors.ts';
import { toIndexingError } from './failures.ts';

/**
 * Every write in Meilisearch is an asynchronous task. `waitForTask` resolves (it does not throw)
 * when a task fails, so the final status is checked here.
 * https://www.meilisearch.com/docs/learn/async/asynchronous_operations
 */

/** Generous: a minute of slack plus time proportional to the documents in the batch. */
export function taskTimeoutMs(documents = 0): number {
  return 60_000 + documents * 20;
}

/** Throws `IndexingError` with Meilisearch's own message unless the task succeeded. */
export function assertSucceeded(task: Task, what: string): Task {
  if (task.status === 'succeeded') return task;
  const reason = task.error
    ? `${task.error.message} (${task.error.code})`
    : task.status === 'canceled'
      ? `canceled${task.canceledBy !== null ? ` by task ${task.canceledBy}` : ''}`
      : `ended with status ${task.status}`;
  throw new IndexingError(`${what} failed: ${reason}`);
}

export interface TaskRunner {
  /** Send a write, wait for its task, check its status. */
  run(what: string, send: () => Promise<EnqueuedTask>, documents?: number): Promise<Task>;
  /** Wait for an already enqueued task and check its status. */
  wait(what: string, task: EnqueuedTask, documents?: number): Promise<Task>;
}

export function taskRunner(client: Meilisearch, host: string, pollMs: number): TaskRunner {
  const wait = async (what: string, task: EnqueuedTask, documents = 0) => {
    let done: Task;
    try {
      done = await client.tasks.waitForTask(task.taskUid, { timeout: taskTimeoutMs(documents), interval: pollMs });
    } catch (error) {
      throw toIndexingError(error, host, what);
    }
    return assertSucceeded(done, what);
  };
  return {
    wait,
    async run(what, send, documents = 0) {
      let enqueued: EnqueuedTask;
      try {
        enqueued = await send();
      } catch (error) {
        throw toIndexingError(error, host, what);
      }
      return wait(what, enqueued, documents);
    },
  };
}
