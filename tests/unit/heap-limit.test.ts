/**
 * `npm start` caps every V8 heap of the server at 512 MB (package.json's start line; the Dockerfile and
 * the stress tool run the same flags). Below V8's 2 GB threshold the cap is what keeps V8's heap
 * growing factor at ~1.4 instead of 4: heaps that live at 16–20 MB then stop at ~26 MB between full
 * collections instead of 40–65 (docs/operations.md, "How far V8 lets a heap grow"). A process-wide
 * V8 flag: the search workers must get it too, and the start-up indexing child must not.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { startScript } from '../../bench/scale/children.ts';
import { ROOT } from '../helpers/indexed-app.ts';
import { indexerFlags } from '../../server/indexer-flags.ts';

const MB = 1024 * 1024;

describe('V8 heap limits', () => {
  it("npm start's flags give the serving thread and each search worker a heap limit near 512 MB", { timeout: 120_000 }, async () => {
    const { env, words } = startScript(ROOT);
    const flags = words.slice(1, -1); // between `node` and the script
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...flags, '--import', 'tsx', path.join(ROOT, 'tests', 'fixtures', 'heap-limits.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
      },
    );
    const limits = JSON.parse(stdout.trim().split('\n').at(-1)!) as { serving: number; workers: number[] };
    assert.equal(limits.workers.length, 2);
    // The old generation's 512 MB plus the young generation's few: high enough for any heap the
    // server holds at 1M paragraphs (~20 MB live), low enough that V8 keeps its small growing factor.
    for (const limit of [limits.serving, ...limits.workers]) {
      assert.ok(limit >= 512 * MB && limit < 600 * MB, `heap limit ${(limit / MB).toFixed(0)} MB`);
    }
  });

  it('the start-up indexing child gets neither serving heap size', () => {
    const serving = ['--max-semi-space-size=2', '--max-old-space-size=512', '--enable-source-maps', '--import', 'tsx'];
    assert.deepEqual(indexerFlags(serving), ['--enable-source-maps', '--import', 'tsx']);
    assert.deepEqual(indexerFlags(['--max_old_space_size=512']), []);
  });
});
