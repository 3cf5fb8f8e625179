/**
 * `npm run stress -- --overload --warm-mix <s>`: the normal 32-connection mix before the spike until
 * the server's memory plateaus, capped at <s> seconds, and the spike's memory read against that
 * level. Run end to end on a tiny generated corpus (the real indexer and server): no timing or
 * memory figure asserted, only that the mix ran within its cap and every reading is printed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsBbc, stopsOnMisuse, stress } from '../helpers/stress-cli.ts';

describe('npm run stress -- --overload --warm-mix', { skip: needsBbc }, () => {
  it('runs the 32-connection mix within its cap before the spike and reads the spike against it', () => {
    // A cap of 20 s: two 10-s windows of the mix, not one. No plateau can be called within it
    // (PLATEAU.minReadings is 60), nor within the 30 s this ran before: the same path, 10 s shorter.
    const run = stress(['--overload', '--warm-mix', '20', '--admitted', '20', '--connections', '8', '--paragraphs', '1500'], 300_000);
    assert.equal(run.error, undefined);
    assert.notEqual(run.status, 2, run.stderr);
    const mix = /warm mix \(--warm-mix\): 32 connections for (\d+) s, ([\d,]+) requests .*statuses (\{.*\})/.exec(run.stdout);
    assert.ok(mix !== null, run.stdout);
    const seconds = Number(mix[1]);
    // Whole 10-s windows, at most two of them (the cap), and the mix's answers counted.
    assert.ok(seconds >= 9 && seconds <= 30, `mix ran ${seconds} s with a cap of 20`);
    const statuses = JSON.parse(mix[3]!) as Record<string, number>;
    assert.ok((statuses['200'] ?? 0) > 0, mix[3]);
    assert.match(
      run.stdout,
      /(plateau \d+ MB reached after 20 s|no plateau within the cap of 20 s); RSS MB before \d+ · every 10 s [\d ]+ · highest \d+ · after \d+/,
    );
    // The spike after it: the usual lines, the mix's readings by kind, and the growth over the mix's level.
    assert.match(run.stdout, /admitted \(200\): \d+/);
    assert.match(run.stdout, /server RSS MB: before \d+ .*highest \d+ \(read every second\) · after \d+/);
    assert.match(
      run.stdout,
      /server memory by kind .*before the mix file \d+ .*the mix's highest file \d+ .*before file \d+ .*after file \d+/,
    );
    assert.match(
      run.stdout,
      /over the mix's (plateau|highest \(no plateau\)) \d+ MB: the spike's highest [+-][\d.]+ %, after [+-][\d.]+ % \(before the mix \d+ MB\)/,
    );
  });
});

describe('npm run stress, --warm-mix misused', () => {
  stopsOnMisuse([
    [['--warm-mix', '60'], /--warm-mix warms the server before a spike: give it with --overload/],
    [['--overload', '--warm-mix', '5'], /--warm-mix must be a whole number from 10/],
  ]);
});
