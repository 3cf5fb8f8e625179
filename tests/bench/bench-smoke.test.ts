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
import { readSource } from '../../bench/scale/corpus.ts';
import { drawFirstSeen, FIRST_SEEN_KINDS } from '../../bench/scale/first-seen.ts';
import { apiPath, QUERY_KINDS } from '../../bench/scale/queries.ts';
import { sourceWords } from '../../bench/scale/word-bands.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BBC = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news');

describe('npm run bench (CI size)', { skip: fs.existsSync(BBC) ? false : `no BBC corpus at ${BBC}` }, () => {
  it('prints the table beside the baseline and writes the figures as JSON', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
    try {
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/bench.ts',
          '--paragraphs',
          '20000',
          '--seconds',
          '0.5',
          '--mixed-seconds',
          '1',
          '--first-seen',
          '60',
          '--seed',
          '7',
          '--out',
          out,
        ],
        // ~60 s on a quiet 2-core machine; 120 s was passed at a load of 15-17 (other work beside the suite).
        { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
      );
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /paragraphs indexed\s+[\d,]+\s+[\d,]+/);
      assert.match(run.stdout, /peak RSS serving/);
      // Timed while the collapsed side's server started beside it (bench.ts startPair): said so.
      assert.match(run.stdout, /server start\s+[\d.]+ s \(with a second server\)/);
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
      // The same words find the same paragraphs in both (a phrase and a rare word are unambiguous), up
      // to what cleaning changes: the baseline indexes the story paragraphs alone, Nutgraf the scraped
      // record with its furniture, and its cleaner loses ~1 % of story lines beside furniture and may
      // keep a furniture line holding the words (docs/performance.md, the bench as users meet it).
      const ours = (kind: string) => figures.nutgraf.kinds.find((k: { kind: string }) => k.kind === kind).totals[0];
      const theirs = (kind: string) => figures.baseline.kinds.find((k: { kind: string }) => k.kind === kind).totals[0];
      for (const kind of ['phrase', 'rare word']) {
        const gap = Math.abs(ours(kind) - theirs(kind));
        assert.ok(gap <= Math.max(1, Math.ceil(theirs(kind) * 0.03)), `${kind}: ${ours(kind)} against the baseline's ${theirs(kind)}`);
      }
      assert.equal(figures.nutgraf.mixed.errors, 0);
      assert.ok(figures.nutgraf.servingPeakRss > 0 && figures.nutgraf.indexPeakRss > 0);
      // The indexer's CPU time beside its wall time: the figure other work on the machine moves least.
      assert.ok(figures.nutgraf.indexCpuSeconds > 0, 'the indexer used CPU');
      assert.ok(Math.abs(figures.nutgraf.indexCpuRate * figures.nutgraf.indexCpuSeconds - figures.nutgraf.indexedParagraphs) < 1);
      assert.match(run.stdout, /index CPU\s+[\d.]+ s \([\d,]+\/CPU-s\)/);
      assert.match(run.stderr, /the corpus is on disk: fsynced as written/);

      // First seen: the seed's draw, each query once, every kind, and the baseline on the same list.
      assert.match(run.stdout, /first seen: \d+ distinct queries \(--seed 7\)/);
      const table = run.stdout.slice(run.stdout.indexOf('first seen:'), run.stdout.indexOf('warm:'));
      for (const { kind } of FIRST_SEEN_KINDS) assert.match(table, new RegExp(`^${kind}\\s+\\d+\\s+[\\d,]+\\s+[\\d.]+`, 'm'));
      assert.match(table, /^ALL\s+\d+/m);
      const asked: Array<{ kind: string; path: string; ms: number; total: number; baselineMs: number; baselineTotal: number }> =
        figures.firstSeen.queries;
      const drawn = drawFirstSeen(sourceWords(readSource(BBC)), { seed: 7, total: 60 });
      assert.deepEqual(
        asked.map((q) => [q.kind, q.path]),
        drawn.map((q) => [q.kind, apiPath(q)]),
        "the queries asked are the seed's draw, in order",
      );
      assert.equal(new Set(asked.map((q) => q.path)).size, asked.length, 'no query is asked twice');
      assert.deepEqual(new Set(asked.map((q) => q.kind)), new Set(FIRST_SEEN_KINDS.map((k) => k.kind)), 'every kind is asked');
      for (const q of asked) {
        assert.ok(q.ms > 0 && q.baselineMs >= 0, `${q.path}: timed on both sides`);
        assert.ok(Number.isInteger(q.total) && Number.isInteger(q.baselineTotal), `${q.path}: answered on both sides`);
      }
      // A quoted phrase means the same to both: the baseline answered the same query in the same place.
      const phrases = asked.filter((q) => q.kind === 'phrase');
      assert.ok(phrases.length > 0 && phrases.every((q) => q.total === q.baselineTotal && q.total > 0), JSON.stringify(phrases));
      assert.equal(figures.firstSeen.all.nutgraf.n, asked.length);
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
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--first-seen', '5'], /--first-seen must be a whole number from 10/],
  ] as const) {
    it(`stops before any work on ${args.join(' ')}, with the reason and the usage`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/bench.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, reason);
      assert.match(run.stderr, /Usage: npm run bench/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
