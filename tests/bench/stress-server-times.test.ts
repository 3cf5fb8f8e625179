/**
 * `npm run stress -- --overload --server-times`, end to end on a tiny generated corpus (the real
 * indexer and server, the probe loaded with --import from dist/): every refusal the client read is
 * found in the server's own rows, and the split is printed. No timing asserted.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');

describe('npm run stress -- --overload --server-times', { skip: fs.existsSync(BBC) ? false : `no BBC corpus at ${BBC}` }, () => {
  it("matches every refusal to the server's row of it and prints both clocks", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stress-times-'));
    try {
      const args = ['--overload', '--server-times', '--admitted', '20', '--duration', '120', '--connections', '12', '--paragraphs', '1500'];
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/stress.ts', ...args, '--dir', dir], {
        cwd: ROOT,
        // A queue bound this short refuses most searches even on a tiny index: refusals to match.
        env: { ...process.env, SEARCH_QUEUE_MS: '1' },
        encoding: 'utf8',
        timeout: 240_000,
      });
      assert.equal(run.error, undefined);
      const matched = /refusals matched on both clocks: ([\d,]+) \((\d+) unmatched\)/.exec(run.stdout);
      assert.ok(matched !== null, `${run.stdout}\n${run.stderr}`);
      // Once (12th session, the full suite under CI, 25 unmatched) and never alone: the run's output says which rows.
      assert.equal(matched[2], '0', `${run.stdout}\n${run.stderr}`);
      const refused = /refused \(503\): +([\d,]+),/.exec(run.stdout);
      assert.ok(Number(refused?.[1]?.replace(/,/g, '')) > 0, run.stdout);
      assert.equal(matched[1], refused?.[1], 'every refusal the client read');
      assert.match(run.stdout, /second 0's main threads \(100 ms slices, schedstat\): server longest loop delay \d+ ms/);
      assert.match(run.stdout, /per answer client main \d+ µs, server main \d+ µs/);
      const rows = JSON.parse(fs.readFileSync(path.join(dir, 'server-times.json'), 'utf8')) as { rows: number[][] };
      assert.ok(
        rows.rows.length > Number(matched[1]!.replace(/,/g, '')),
        "the server's rows include its warm-up and the admitted searches",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
