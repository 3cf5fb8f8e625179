/**
 * A test reporter that says where the suite's time goes, file by file:
 *
 *   node --import tsx --test --test-reporter=./tests/helpers/file-times.mjs tests/unit/*.test.ts
 *
 * (add `--test-reporter=spec --test-reporter-destination=stdout` before it to keep the usual
 * output too; its destination is then given as a second `--test-reporter-destination`). For each
 * file: `wall`, the seconds from the previous file's last report to this file's last report (the
 * file's own wall time, start-up and module loading included, when files run one at a time: read
 * it only without `--test-concurrency`), `tests`, the sum of its top-level tests' durations, and
 * the count of its top-level tests and of failures. Sorted by wall time, slowest first, with the
 * totals. Node 20's runner reports no event per file, hence the timestamps; and a test's file is
 * where it was declared, so a suite written once and run from a test file (tests/contract/*.ts)
 * counts under its own file.
 */
import path from 'node:path';

export default async function* fileTimes(source) {
  const files = new Map();
  let last = performance.now();
  const started = last;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { file, nesting, details } = event.data;
    if (!file || nesting !== 0) continue;
    const now = performance.now();
    const entry = files.get(file) ?? { wall: 0, tests: 0, count: 0, failed: 0 };
    entry.wall += now - last;
    entry.tests += details?.duration_ms ?? 0;
    entry.count += 1;
    if (event.type === 'test:fail') entry.failed += 1;
    files.set(file, entry);
    last = now;
  }
  const rows = [...files].sort((a, b) => b[1].wall - a[1].wall);
  const s = (ms) => (ms / 1000).toFixed(1).padStart(7);
  yield `${'wall s'.padStart(7)} ${'tests s'.padStart(7)} count failed file\n`;
  for (const [file, e] of rows) {
    yield `${s(e.wall)} ${s(e.tests)} ${String(e.count).padStart(5)} ${String(e.failed).padStart(6)} ${path.relative(process.cwd(), file)}\n`;
  }
  const sum = (key) => rows.reduce((total, [, e]) => total + e[key], 0);
  yield `${s(performance.now() - started)} ${s(sum('tests'))} ${String(sum('count')).padStart(5)} ${String(sum('failed')).padStart(6)} all ${rows.length} files (wall: the whole run)\n`;
}
