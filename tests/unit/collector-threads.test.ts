/**
 * `npm start` runs the serving process's garbage collector on the thread that needs it, without V8's
 * helper threads (`--single-threaded-gc`). On two cores shared by the serving thread, a search worker
 * and whatever else runs, a parallel scavenge woke up to four helper threads ~40 times a second under
 * a spike: they took cores from the search worker and from the serving thread itself, and a collection
 * the serving thread had to wait for stretched to 10-50 ms while its helpers waited for a core
 * (docs/journal/operations.md, "Seventeenth session"). Here: young garbage made for 1 s under npm start's
 * flags costs the process's other threads next to nothing (~3-13 ms; 200-370 ms with V8's default).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { it } from 'node:test';
import { startScript } from '../../bench/scale/children.ts';
import { ROOT } from '../helpers/indexed-app.ts';

it("npm start's flags keep the serving process's garbage collection off V8's helper threads", { timeout: 60_000 }, async (t) => {
  const { env, words } = startScript(ROOT);
  const flags = words.slice(1, -1); // between `node` and the script
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...flags, '--import', 'tsx', path.join(ROOT, 'tests', 'fixtures', 'collector-threads.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
    },
  );
  const spent = JSON.parse(stdout.trim().split('\n').at(-1)!) as { mainMs: number; othersMs: number } | null;
  if (spent === null) return t.skip('no /proc/self/task here');
  // The helper threads still compile (TurboFan) and tsx's loader runs: a few milliseconds.
  assert.ok(
    spent.othersMs < 60,
    `other threads ${spent.othersMs.toFixed(0)} ms against the serving thread's ${spent.mainMs.toFixed(0)} ms`,
  );
});
