/** The real `npm start` path on a fresh DATA_DIR: index the corpus, serve, stop cleanly on SIGTERM. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SEED_CORPUS } from '../helpers/indexed-app.ts';

describe('npm start', () => {
  it('indexes a fresh DATA_DIR, serves the seed corpus, and exits 0 on SIGTERM', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-start-'));
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CORPUS_DIR: SEED_CORPUS, MEILI_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    try {
      const [url, serverPid] = await new Promise<[string, number]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 90_000);
        child.stdout.on('data', (d) => {
          output += d;
          const m = /pid (\d+)\) is serving at (http:\/\/\S+)/.exec(output);
          if (m) {
            clearTimeout(timer);
            resolve([m[2]!, Number(m[1])]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code} before serving:\n${output}`)));
      });
      assert.match(output, /No index yet: indexing/);
      const res = await fetch(`${url}api/search?q=truce`);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { total: number };
      assert.ok(body.total > 0);
      const health = (await (await fetch(`${url}healthz`)).json()) as { articles: number };
      assert.equal(health.articles, 5);

      // SIGTERM goes to the server process itself, as a process manager would send it; npm then
      // exits with the server's own status.
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      process.kill(serverPid, 'SIGTERM');
      assert.equal(await exited, 0);
      assert.match(output, /SIGTERM: finishing in-flight requests/);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
