/**
 * Production runs compiled JavaScript (issue 23): a copy of the built app installed with
 * `npm ci --omit=dev` (no TypeScript, no tsx) indexes and serves the seeds through `npm start`, and
 * `npm run index` works there too. This is what the Docker image's runtime stage holds.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { npmStart } from '../faults/npm-start.ts';
import { ROOT, SEED_CORPUS } from '../helpers/indexed-app.ts';

const run = promisify(execFile);
/** What the Docker image's runtime stage copies besides node_modules (Dockerfile). */
const SHIPPED = ['package.json', 'package-lock.json', 'dist', 'views', 'public', 'scripts/ensure-built.mjs'];

describe('a production install (npm ci --omit=dev, compiled dist/)', () => {
  let app = '';
  before(async () => {
    // The checkout's dist/ as npm test leaves it (built just before the tests); build it when this file runs alone.
    await run(process.execPath, ['scripts/ensure-built.mjs'], { cwd: ROOT });
    app = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-prod-'));
    for (const entry of SHIPPED) await cp(path.join(ROOT, entry), path.join(app, entry), { recursive: true });
    await cp(SEED_CORPUS, path.join(app, 'corpus'), { recursive: true });
    // --prefer-offline: the packages are in npm's cache after the checkout's own install.
    await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, timeout: 600_000 });
  });
  after(async () => {
    if (app) await rm(app, { recursive: true, force: true });
  });

  it('has neither TypeScript nor tsx installed, and no .ts source beside dist/', () => {
    assert.equal(existsSync(path.join(app, 'node_modules', 'tsx')), false, 'tsx is a development dependency');
    assert.equal(existsSync(path.join(app, 'node_modules', 'typescript')), false, 'typescript is a development dependency');
    for (const source of ['engine', 'indexer', 'server']) assert.equal(existsSync(path.join(app, source)), false, source);
  });

  it('npm start indexes and serves the seeds', { timeout: 180_000 }, async () => {
    const started = await npmStart({ CORPUS_DIR: path.join(app, 'corpus'), DATA_DIR: path.join(app, 'data') }, 150_000, app);
    try {
      const body = (await (await fetch(`${started.url}api/search?q=truce`)).json()) as { total: number };
      assert.ok(body.total > 0, 'the seeds are searchable');
      const page = await fetch(`${started.url}?q=truce`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /truce/i);
      const health = (await (await fetch(`${started.url}healthz`)).json()) as { articles: number };
      assert.equal(health.articles, 5);
    } finally {
      started.kill();
    }
  });

  it('npm run index runs the compiled indexer', { timeout: 120_000 }, async () => {
    const { stdout } = await run('npm', ['run', 'index', '--silent', '--', '--full'], {
      cwd: app,
      env: { ...process.env, CORPUS_DIR: path.join(app, 'corpus'), DATA_DIR: path.join(app, 'data-index'), MEILI_URL: '' },
    });
    assert.match(stdout, /Facets known: outlet 5\/5/);
  });
});

describe('a production install without dist/', () => {
  it('npm start says how to build instead of failing with a stack trace', { timeout: 60_000 }, async () => {
    const app = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-unbuilt-'));
    try {
      await cp(path.join(ROOT, 'package.json'), path.join(app, 'package.json'));
      await cp(path.join(ROOT, 'scripts/ensure-built.mjs'), path.join(app, 'scripts/ensure-built.mjs'));
      const failed = await run('npm', ['start', '--silent'], { cwd: app }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      assert.ok(failed, 'npm start fails');
      assert.match(failed.stderr, /Nutgraf is not built: dist\/ is missing and TypeScript is not installed/);
      assert.doesNotMatch(failed.stderr, /at .*\.m?js:\d+/);
    } finally {
      await rm(app, { recursive: true, force: true });
    }
  });
});
