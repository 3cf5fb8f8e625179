import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LOG_QUEUE_BYTES } from '../../server/log-destination.ts';
import { createLogger } from '../../server/logging.ts';

/** A pipe nobody reads yet (a FIFO opened both ways, non-blocking): what a stalled log reader looks like. */
function stalledPipe(): { fd: number; close: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nutgraf-log-'));
  const fifo = path.join(dir, 'log');
  execFileSync('mkfifo', [fifo]);
  const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
  return {
    fd,
    close: () => {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Read the pipe until `done` says the lines read so far are all there are, or 20 s have passed. */
async function readLines(fd: number, done: (lines: string[]) => boolean): Promise<string[]> {
  const buffer = Buffer.alloc(1 << 16);
  let text = '';
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    try {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      text += buffer.toString('utf8', 0, n);
      continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
    const lines = text.split('\n').filter((l) => l !== '');
    if (done(lines)) return lines;
    await new Promise((r) => setTimeout(r, 5));
  }
  return text.split('\n').filter((l) => l !== '');
}

test('the log holds at most LOG_QUEUE_BYTES for a reader that does not read, drops the rest and says how many', async () => {
  const pipe = stalledPipe();
  try {
    const logger = createLogger('info', pipe.fd);
    const pad = 'x'.repeat(500);
    const written = 20_000;
    // ~12 MB of lines, written while the reader takes nothing: three times the bound.
    for (let i = 0; i < written; i++) logger.info({ i, pad }, 'a request');
    const lines = await readLines(pipe.fd, (ls) => ls.some((l) => l.includes('droppedLines')));
    const requests = lines.filter((l) => l.includes('"a request"'));
    const notice = lines
      .map((l) => JSON.parse(l) as { droppedLines?: number; droppedBytes?: number })
      .find((l) => l.droppedLines !== undefined);
    const lineBytes = Buffer.byteLength(requests[0]!) + 1;
    // What waited for the reader: the queue's bound, plus what the pipe itself had taken (64 KiB on Linux).
    assert.ok(
      requests.length * lineBytes <= LOG_QUEUE_BYTES + 2 ** 16 + lineBytes,
      `${requests.length} lines (${requests.length * lineBytes} bytes) waited for the reader`,
    );
    assert.ok(requests.length > 0.9 * ((LOG_QUEUE_BYTES + 2 ** 16) / lineBytes), `${requests.length} lines kept: the bound is used`);
    assert.ok(notice !== undefined, 'a line says that lines were dropped');
    assert.equal(notice.droppedLines, written - requests.length);
    // Lines differ by a digit or two of `i`.
    const bytes = notice.droppedBytes!;
    assert.ok(Math.abs(bytes - notice.droppedLines! * lineBytes) <= 4 * notice.droppedLines!, `${bytes} bytes dropped`);
  } finally {
    pipe.close();
  }
});

test('a reader that keeps up loses no line and gets no drop notice', async () => {
  const pipe = stalledPipe();
  try {
    const logger = createLogger('info', pipe.fd);
    const written = 3_000;
    const reading = readLines(pipe.fd, (ls) => ls.length >= written);
    for (let i = 0; i < written; i++) logger.info({ i }, 'a request');
    const lines = await reading;
    assert.equal(lines.length, written);
    assert.ok(!lines.some((l) => l.includes('droppedLines')));
  } finally {
    pipe.close();
  }
});
