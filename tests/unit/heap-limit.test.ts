/**
 * A search worker's old generation is capped at 512 MB (engine/sqlite/worker-pool.ts). Below V8's
 * 2 GB threshold the cap is what keeps V8's heap growing factor at ~1.4 instead of 4: a worker that
 * lives at 16–20 MB then stops at ~26 MB between full collections instead of 60–65 after 20,000
 * distinct searches (docs/journal/operations.md, "How far V8 lets a heap grow"). Run with npm start's node
 * flags, whose `--max-old-space-size` is the serving thread's own limit and must not override the
 * workers' cap (a V8 flag would, for every isolate made after it is set; worker-pool.ts clears it).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { it } from 'node:test';
import { startScript } from '../../bench/scale/children.ts';
import { ROOT } from '../helpers/indexed-app.ts';

const MB = 1024 * 1024;

/** The heap limits (bytes) of the serving thread and of each search worker, under npm start's flags. */
async function limitsUnderStartFlags(): Promise<{ serving: number; workers: number[] }> {
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
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { serving: number; workers: number[] };
}

it("each search worker of a server started with npm start's flags has a heap limit near 512 MB", { timeout: 120_000 }, async () => {
  const limits = await limitsUnderStartFlags();
  assert.equal(limits.workers.length, 2);
  // The old generation's 512 MB plus the young generation's few: high enough for any heap a worker
  // holds at 1M paragraphs (~20 MB live), low enough that V8 keeps its small growing factor.
  for (const limit of limits.workers) assert.ok(limit >= 512 * MB && limit < 600 * MB, `worker heap limit ${(limit / MB).toFixed(0)} MB`);
});

it("the serving thread's heap limit is npm start's 512 MB: V8's growing factor 1.4, not 4", { timeout: 120_000 }, async () => {
  const limits = await limitsUnderStartFlags();
  // V8's default here is a quarter of the machine's memory up to 4 GB, with the factor 4 from 2 GB on:
  // the serving heap then swung between ~20 MB live and ~75 MB in the normal mix and in a spike alike.
  // At 512 MB an old generation of ~18 MB live is collected again at ~26 MB (live + V8's 8 MB step).
  assert.ok(limits.serving >= 512 * MB && limits.serving < 600 * MB, `serving heap limit ${(limits.serving / MB).toFixed(0)} MB`);
});
