/**
 * `npm run index -- --watch`: re-index incrementally whenever something in the corpus changes,
 * until stopped. Changes arriving close together (an editor's save, a copied folder) are batched
 * by a debounce; a change during a run triggers one more run after it, never two at once.
 * Uses `fs.watch(dir, { recursive: true })`, which Node 20 supports on Linux, macOS and Windows.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface WatchOptions {
  corpusDir: string;
  /** Runs one incremental index; its errors are passed to `onError` and watching goes on. */
  run: () => Promise<void>;
  onError: (error: unknown) => void;
  /** Quiet time before a run starts, in ms (default 300). */
  debounceMs?: number;
}

export interface CorpusWatcher {
  /** Resolves after any run in progress has finished. */
  close(): Promise<void>;
}

export function watchCorpus(options: WatchOptions): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const start = () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = options
      .run()
      .catch(options.onError)
      .finally(() => {
        running = null;
        if (again && !closed) {
          again = false;
          schedule();
        }
      });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };

  const watcher: FSWatcher = watch(options.corpusDir, { recursive: true }, (_event, file) => {
    // Dot-files (editor swap files, .git) are not part of the corpus.
    if (
      file &&
      String(file)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    )
      return;
    schedule();
  });
  watcher.on('error', options.onError);

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}
