/**
 * Indexing progress for people watching: a redrawn bar on a terminal, and on anything else (a log
 * file, `docker compose logs`, CI) a plain line every few seconds with the count, the rate and the
 * time left, since a bar redrawn in place is noise there and nothing at all looks like a hang.
 * Both are cli-progress bars: on a stream that is not a terminal it prints a line per interval
 * (`noTTYOutput`) instead of redrawing.
 */
import cliProgress from 'cli-progress';

/** How often a line is printed when the output is not a terminal. */
export const LOG_LINE_EVERY_MS = 5000;

export interface ProgressReporter {
  /** `IndexOptions.onProgress`: after each file, indexed or skipped. */
  onProgress(done: number, total: number, file: string): void;
  /** Draws the last state (the final line, off a terminal) and stops the timer. */
  stop(): void;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

/** "1 min 05 s", "42 s", "3 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * "Indexing: 1,200 of 5,000 files (24 %), 310 files/s, about 12 s left"; the last line says
 * "done in 16.1 s" instead. The rate is the average since the start, which is steadier than a
 * recent window over files of very different sizes; before anything is done there is none.
 */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const head = `Indexing: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files (${total > 0 ? Math.floor((100 * done) / total) : 100} %)`;
  const seconds = Math.max(elapsedMs, 1) / 1000;
  if (done === 0) return `${head}, rate not known yet`;
  const rate = done / seconds;
  const rateText = rate >= 10 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1);
  const time = done >= total ? `done in ${seconds.toFixed(1)} s` : `about ${formatDuration((total - done) / rate)} left`;
  return `${head}, ${rateText} files/s, ${time}`;
}

/**
 * A reporter writing to `stream`: the bar when it is a terminal, log lines every `everyMs`
 * otherwise. Starts at the first file, so nothing is printed when there is nothing to index.
 */
export function progressReporter(stream: Stream, options: { everyMs?: number } = {}): ProgressReporter {
  const terminal = stream.isTTY === true;
  const bar = terminal
    ? new cliProgress.SingleBar(
        { format: 'Indexing [{bar}] {value}/{total} {file}', stream, clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : new cliProgress.SingleBar({
        stream,
        noTTYOutput: true,
        notTTYSchedule: options.everyMs ?? LOG_LINE_EVERY_MS,
        // No blank line after the last one (off a terminal, "clearing" writes nothing).
        clearOnComplete: true,
        format: (_options, params) => progressLine(params.value, params.total, Date.now() - params.startTime),
      });
  let started = false;
  return {
    onProgress(done, total, file) {
      if (!started) {
        started = true;
        bar.start(total, 0, { file: '' });
      }
      bar.update(done, { file });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
