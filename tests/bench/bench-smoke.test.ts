/**
 * The benchmark works end to end at CI size: corpus, real indexer, real server under autocannon,
 * baseline, table and JSON. No timing is asserted: CI machines differ; the figures are for people.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { QUERY_KINDS } from '../../bench/scale/queries.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');

describe('npm run bench (CI size)', { skip: fs.existsSync(BBC) ? false : `no BBC corpus at ${BBC}` }, () => {
  it('prints the table beside the baseline and writes the figures as JSON', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'bench/bench.ts', '--paragraphs', '20000', '--seconds', '0.5', '--mixed-seconds', '1', '--out', out],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      );
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /paragraphs indexed\s+[\d,]+\s+[\d,]+/);
      assert.match(run.stdout, /peak RSS serving/);
      for (const { kind } of QUERY_KINDS) assert.match(run.stdout, new RegExp(`^${kind.replace('+', '\\+')}\\s+[\\d,]+`, 'm'));
      assert.match(run.stdout, /mix, 32 connections/);

      const figures = JSON.parse(fs.readFileSync(path.join(out, 'bench-20000.json'), 'utf8'));
      assert.equal(figures.settings.paragraphs, 20000);
      assert.ok(figures.nutgraf.indexedParagraphs > 19_000, 'the indexer indexed the corpus');
      assert.equal(figures.nutgraf.kinds.length, QUERY_KINDS.length);
      assert.equal(figures.baseline.kinds.length, QUERY_KINDS.length);
      for (const k of figures.nutgraf.kinds) {
        assert.ok(k.n > 0, `${k.kind}: requests were made`);
        assert.equal(k.non2xx, 0, `${k.kind}: every response was 2xx`);
        assert.ok(k.totals[0] > 0, `${k.kind}: the first query finds something`);
      }
      // The same words find the same paragraphs in both (a phrase and a rare word are unambiguous).
      const ours = (kind: string) => figures.nutgraf.kinds.find((k: { kind: string }) => k.kind === kind).totals[0];
      const theirs = (kind: string) => figures.baseline.kinds.find((k: { kind: string }) => k.kind === kind).totals[0];
      assert.equal(ours('phrase'), theirs('phrase'));
      assert.equal(ours('rare word'), theirs('rare word'));
      assert.equal(figures.nutgraf.mixed.errors, 0);
      assert.ok(figures.nutgraf.servingPeakRss > 0 && figures.nutgraf.indexPeakRss > 0);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

// No corpus needed: these stop before reading anything.
describe('npm run bench, bad usage', () => {
  for (const [args, reason] of [
    [['--paragraphs', '1e'], /--paragraphs must be a whole number/],
    [['--seconds', '0'], /--seconds must be a number of seconds above 0/],
    [['--json'], /Unknown option '--json'/],
  ] as const) {
    it(`stops before any work on ${args.join(' ')}, with the reason and the usage`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/bench.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, reason);
      assert.match(run.stderr, /Usage: npm run bench/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
