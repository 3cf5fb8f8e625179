/** Indexing progress: a bar on a terminal, a line every few seconds anywhere else (a log, a container). */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { formatDuration, LOG_LINE_EVERY_MS, progressReporter } from '../../indexer/progress.ts';

/** A stream that keeps what is written; a terminal or not. */
function sink(isTTY: boolean): Writable & { isTTY: boolean; columns: number; text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number; text(): string };
  stream.isTTY = isTTY;
  stream.columns = 100;
  stream.text = () => text;
  return stream;
}

describe('indexing progress off a terminal', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 }));
  afterEach(() => mock.timers.reset());

  it('prints a line with count, rate and time left every few seconds, and a last one when done', () => {
    const out = sink(false);
    const progress = progressReporter(out);
    progress.onProgress(1, 100, 'a.txt');
    progress.onProgress(20, 100, 'b.txt');
    assert.equal(out.text(), 'Indexing: 0 of 100 files (0 %), rate not known yet\n', 'one line as it starts, none per file');
    mock.timers.tick(LOG_LINE_EVERY_MS);
    progress.onProgress(60, 100, 'c.txt');
    mock.timers.tick(LOG_LINE_EVERY_MS);
    mock.timers.tick(2000);
    progress.onProgress(100, 100, 'd.txt');
    progress.stop();
    assert.deepEqual(out.text().split('\n'), [
      'Indexing: 0 of 100 files (0 %), rate not known yet',
      'Indexing: 20 of 100 files (20 %), 4.0 files/s, about 20 s left',
      'Indexing: 60 of 100 files (60 %), 6.0 files/s, about 7 s left',
      'Indexing: 100 of 100 files (100 %), 8.3 files/s, done in 12.0 s',
      '',
    ]);
    // Stopped: no more lines however long the process lives on.
    mock.timers.tick(10 * LOG_LINE_EVERY_MS);
    assert.equal(out.text().split('\n').length, 5);
  });

  it('prints nothing when there was nothing to index', () => {
    const out = sink(false);
    progressReporter(out).stop();
    assert.equal(out.text(), '');
  });

  it('says long waits in minutes and hours', () => {
    assert.equal(formatDuration(42.4), '42 s');
    assert.equal(formatDuration(65), '1 min 05 s');
    assert.equal(formatDuration(3 * 3600 + 125), '3 h 02 min');
  });
});

describe('indexing progress on a terminal', () => {
  it('draws the bar in place, with no log lines', () => {
    const out = sink(true);
    const progress = progressReporter(out);
    progress.onProgress(1, 4, 'a.txt');
    progress.onProgress(4, 4, 'd.txt');
    progress.stop();
    assert.match(out.text(), /Indexing \[[█░]+\] \d\/4/);
    assert.doesNotMatch(out.text(), /files\/s/);
  });
});
