/**
 * SIGTERM to the real `npm start` server while a download is in flight: the listener closes at once
 * (new connections are refused), the download still completes byte for byte, then the engine is
 * closed and the process exits 0.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { npmStart } from './npm-start.ts';

const ARTICLES = 400;
const PARAGRAPHS = 10;

/** A corpus whose every paragraph matches "harbour": an export of it is ~8 MB, far more than socket buffers hold. */
async function writeCorpus(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let a = 0; a < ARTICLES; a++) {
    const paragraphs = Array.from(
      { length: PARAGRAPHS },
      (_, p) =>
        `Harbour report ${a}-${p}: ${Array.from({ length: 40 }, (_, w) => `cargo${(a * 31 + p * 7 + w) % 997} tonnage ledger entry`).join(' ')}.`,
    );
    await writeFile(path.join(dir, `report-${a}.txt`), `Harbour ledger number ${a}\n\n${paragraphs.join('\n\n')}\n`);
  }
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('graceful shutdown', () => {
  it('refuses new connections, finishes the in-flight download, closes the engine and exits 0', { timeout: 180_000 }, async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-shutdown-'));
    const corpus = path.join(tmp, 'corpus');
    await writeCorpus(corpus);
    const server = await npmStart({ DATA_DIR: path.join(tmp, 'data'), CORPUS_DIR: corpus });
    try {
      const port = Number(new URL(server.url).port);
      // Start the download and stop reading after the first bytes: the server is mid-response.
      // dedupe=0: the generated reports are near copies of each other, and collapsed by default
      // the export would fit in the socket buffers and be over before the signal.
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get(`${server.url}export.json?q=harbour&dedupe=0`, { agent: false }, resolve).on('error', reject);
      });
      assert.equal(response.statusCode, 200);
      const chunks: Buffer[] = [];
      let ended = false;
      response.on('end', () => (ended = true));
      const firstBytes = new Promise<void>((resolve) => response.once('data', () => (response.pause(), resolve())));
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      await firstBytes;
      await sleep(300);
      assert.equal(ended, false);

      process.kill(server.pid, 'SIGTERM');
      // The listener closes at once.
      let closed = false;
      for (let i = 0; i < 40 && !closed; i++) {
        closed = await refused(port);
        if (!closed) await sleep(50);
      }
      assert.ok(closed, 'a new connection was still accepted after SIGTERM');
      // ...but the process waits for the download it is in the middle of.
      await sleep(1000);
      assert.ok(alive(server.pid), `the server exited with a download in flight:\n${server.output()}`);
      assert.doesNotMatch(server.output(), /Stopped:/);

      const done = new Promise<void>((resolve, reject) => {
        response.once('end', () => resolve());
        response.once('error', reject);
      });
      response.resume();
      await done;
      const body = Buffer.concat(chunks).toString('utf8');
      assert.ok(body.length > 4_000_000, `export was only ${body.length} bytes`);
      const parsed = JSON.parse(body) as { total?: number; hits: unknown[] } | unknown[];
      const hits = Array.isArray(parsed) ? parsed : parsed.hits;
      assert.equal(hits.length, ARTICLES * PARAGRAPHS, 'every paragraph arrived');

      assert.equal(await server.exited, 0);
      assert.match(server.output(), /SIGTERM: finishing in-flight requests/);
      assert.match(server.output(), /Stopped: all requests finished, search engine closed\./);
    } finally {
      server.kill();
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
