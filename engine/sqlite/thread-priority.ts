/**
 * Search workers run at a lower CPU priority than the thread that started them. Under a spike the
 * serving thread is the bottleneck: it reads every request, refuses most of them at the door and
 * renders the admitted answers, and each millisecond it waits for a core is a millisecond added to
 * every refusal in flight (a closed loop of 200 connections: ~190 refusals ride on each of its
 * turns). The search workers are CPU-bound for as long as searches queue, and on a machine with as
 * many busy threads as cores the scheduler shares a core between them and the serving thread.
 * Niced, a worker still takes every idle cycle (a quiet server's searches run as fast as before)
 * but yields the core whenever the serving thread wants it.
 *
 * Linux only: a thread's nice value is set through its thread id, read from /proc/thread-self.
 * Elsewhere (and where /proc is hidden) the worker runs at the usual priority.
 */
import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** How much lower than the serving thread (a nice value: 5 gives it ~3 times a worker's share of a contended core). */
export const SEARCH_WORKER_NICE = 5;

/** This thread's id as the kernel knows it, or null when /proc does not say. */
export function threadId(): number | null {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Lower the calling thread's priority by `nice` below its current one; false when it could not. */
export function yieldToServingThread(nice: number = SEARCH_WORKER_NICE): boolean {
  const id = threadId();
  if (id === null) return false;
  try {
    os.setPriority(id, Math.min(19, os.getPriority(id) + nice));
    return true;
  } catch {
    return false;
  }
}
