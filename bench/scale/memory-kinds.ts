/**
 * A process's resident memory split by the kind of mapping that holds it (`/proc/<pid>/smaps`,
 * Linux), so a benchmark can say what grew, not only that RSS did: under a spike the RSS alone
 * could not tell the serving thread's V8 heap from SQLite's caches or glibc's per-thread heaps.
 */
import { readFileSync } from 'node:fs';

/** Resident bytes by kind. */
export interface MemoryKinds {
  /** Mapped files: the node binary, shared libraries, any mapped database file. */
  file: number;
  /** glibc's main heap (`[heap]`): the main thread's malloc arena. */
  mainArena: number;
  /** glibc's per-thread heaps: each thread that mallocs (a search worker: SQLite's pages) gets one. */
  threadArenas: number;
  /**
   * Every other anonymous mapping: the V8 heaps of every thread, typed arrays and other blocks of
   * malloc at or over its mmap threshold, stacks.
   */
  otherAnonymous: number;
  /**
   * Each per-thread heap's resident bytes, largest first: whether a growth of `threadArenas` is the
   * two search workers' heaps or spread over the other threads that malloc (V8's helper threads,
   * libuv's pool).
   */
  threadHeaps: number[];
}

/**
 * glibc reserves each per-thread heap as one mapping aligned to its own size (HEAP_MAX_SIZE: 64 MiB
 * on 64-bit Linux), committed from its start as it grows: that alignment is what tells it apart.
 */
const THREAD_HEAP_BYTES = 64 * 2 ** 20;

const MAPPING = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/;

type Kind = Exclude<keyof MemoryKinds, 'threadHeaps'>;

function kindOf(start: number, end: number, name: string): Kind {
  if (name === '[heap]') return 'mainArena';
  if (name.startsWith('/')) return 'file';
  if (name === '' && start % THREAD_HEAP_BYTES === 0 && end - start <= THREAD_HEAP_BYTES) return 'threadArenas';
  return 'otherAnonymous';
}

/** The split of one smaps text (the `Rss:` line of each mapping). */
export function memoryKinds(smaps: string): MemoryKinds {
  const kinds: MemoryKinds = { file: 0, mainArena: 0, threadArenas: 0, otherAnonymous: 0, threadHeaps: [] };
  let kind: Kind = 'otherAnonymous';
  for (const line of smaps.split('\n')) {
    const mapping = MAPPING.exec(line);
    if (mapping !== null) kind = kindOf(Number.parseInt(mapping[1]!, 16), Number.parseInt(mapping[2]!, 16), mapping[3]!.trim());
    else if (line.startsWith('Rss:')) {
      const bytes = Number(/(\d+) kB/.exec(line)?.[1] ?? 0) * 1024;
      kinds[kind] += bytes;
      // A heap's committed part is its first mapping, each heap starting a new one.
      if (kind === 'threadArenas' && bytes > 0) kinds.threadHeaps.push(bytes);
    }
  }
  kinds.threadHeaps.sort((a, b) => b - a);
  return kinds;
}

/** "22 · 21 · 2 · 1 MB, 5 under 1 MB": the per-thread heaps, largest first. */
export function formatThreadHeaps(kinds: MemoryKinds): string {
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const shown = kinds.threadHeaps.filter((b) => b >= 2 ** 20);
  const small = kinds.threadHeaps.length - shown.length;
  return `${shown.length > 0 ? `${shown.map(mb).join(' · ')} MB` : 'none of 1 MB or more'}${small > 0 ? `, ${small} under 1 MB` : ''}`;
}

/** Null when the process is gone (or /proc is not there). */
export function memoryKindsOf(pid: number): MemoryKinds | null {
  try {
    return memoryKinds(readFileSync(`/proc/${pid}/smaps`, 'utf8'));
  } catch {
    return null;
  }
}

/** "file 54 · main arena 5 · thread arenas 19 · other anonymous 98 MB". */
export function formatKinds(kinds: MemoryKinds): string {
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `file ${mb(kinds.file)} · main arena ${mb(kinds.mainArena)} · thread arenas ${mb(kinds.threadArenas)} · other anonymous ${mb(kinds.otherAnonymous)} MB`;
}
