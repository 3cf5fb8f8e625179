/**
 * `npm run stress` run end to end from the bench tests (tests/bench/stress-*.test.ts): the command,
 * the BBC corpus it generates from, and the check that a misused option stops it before any work.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');

/** The `skip` of a suite that generates its corpus from the BBC articles. */
export const needsBbc = fs.existsSync(BBC) ? false : `no BBC corpus at ${BBC}`;

export function stress(args: string[], timeout: number) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'bench/stress.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout });
}

/** One test a case: the run stops with exit 2, the reason and the usage. */
export function stopsOnMisuse(cases: ReadonlyArray<readonly [readonly string[], RegExp]>): void {
  for (const [args, reason] of cases) {
    it(`stops before any work on ${args.join(' ')}, with the reason and the usage`, () => {
      const run = stress([...args], 30_000);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, reason);
      assert.match(run.stderr, /Usage: npm run stress/);
    });
  }
}
