/** The real `npm start` path on a fresh DATA_DIR: index the corpus, serve, stop cleanly on SIGTERM. */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { npmStart } from '../faults/npm-start.ts';
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
      // Reachable means ready: the refusal path warmed, the engine ready (its search worker's
      // snapshot loaded and caches prefilled), then real searches answered, and only then listening
      // (server/warm-up.ts, SearchEngine.ready).
      assert.match(
        output,
        /Warmed up: 4,000 searches refused in \d+ ms\.\nSearch engine ready in [\d,]+ ms\.\nWarmed up: 120 searches answered in \d+ ms\.\nWarmed up: [\d,]+ distinct searches in [\d,]+ ms\.\n[^\n]*is serving at/,
      );
      // A burst of new connections is accepted on 16 descriptors of the listening socket (server/accept-copies.ts).
      assert.match(output, /is serving at \S+ \(accepting on 16 descriptors of its socket\)/);
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

  it('indexing a corpus of its own: progress lines in a log, and a --report hint that works as printed', { timeout: 180_000 }, async () => {
    // A folder name with a space, so the printed command must quote it.
    const root = await mkdtemp(path.join(os.tmpdir(), 'nutgraf start-'));
    const corpusDir = path.join(root, 'my corpus');
    const dataDir = path.join(root, 'data');
    await mkdir(corpusDir);
    await cp(SEED_CORPUS, corpusDir, { recursive: true });
    await writeFile(path.join(corpusDir, 'notes.pdf'), '%PDF-1.4 not an article');
    // Piped output, as in a container's log: not a terminal.
    const started = await npmStart({ CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    try {
      const output = started.output();
      // A progress line as indexing starts and one as it ends, each with count, rate and time.
      assert.match(output, /^Indexing: 0 of 5 files \(0 %\), rate not known yet$/m, output);
      assert.match(output, /^Indexing: 5 of 5 files \(100 %\), [\d,.]+ files\/s, done in [\d.]+ s$/m, output);

      const hint = /run `([^`]+)` for details/.exec(output);
      assert.ok(hint, `a hint for the skipped file:\n${output}`);
      const command = hint[1]!;
      assert.equal(command, `CORPUS_DIR='${corpusDir}' DATA_DIR='${dataDir}' npm run index -- --report`);
      // Run it as printed, from a shell that has neither variable set.
      const { CORPUS_DIR: _c, DATA_DIR: _d, ...env } = process.env;
      const report = await promisify(execFile)('sh', ['-c', command], { cwd: ROOT, env: { ...env, MEILI_URL: '' } });
      assert.match(report.stdout, new RegExp(`from ${corpusDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in`));
      assert.match(report.stdout, /notes\.pdf: unsupported format/);
      const written = JSON.parse(await readFile(path.join(dataDir, 'index-report.json'), 'utf8')) as { corpusDir: string };
      assert.equal(written.corpusDir, corpusDir);
    } finally {
      started.kill();
      await rm(root, { recursive: true, force: true });
    }
  });
});
