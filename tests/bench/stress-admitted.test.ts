/**
 * `npm run stress -- --overload --admitted N` ends the spike by its count of admitted searches, not
 * by time, so the memory it prints after a spike compares between runs on a machine whose load
 * varies. Run end to end on a tiny generated corpus (the real indexer and server): no timing asserted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsBbc, stopsOnMisuse, stress } from '../helpers/stress-cli.ts';

describe('npm run stress -- --overload --admitted', { skip: needsBbc }, () => {
  it('ends the spike once that many searches were admitted, well before its cap, and prints the usual lines', () => {
    const run = stress(['--overload', '--admitted', '37', '--duration', '300', '--connections', '12', '--paragraphs', '1500'], 240_000);
    assert.notEqual(run.status, 2, run.stderr);
    assert.equal(run.error, undefined);
    assert.match(run.stdout, /until 37 admitted \(cap 300 s\)/);
    const ended = /ended by count: (\d+) searches admitted \(asked for 37\) after ([\d.]+) s/.exec(run.stdout);
    assert.ok(ended !== null, run.stdout);
    assert.ok(Number(ended[2]) < 300, 'ended by the count, not by the cap');
    // The count, and at most one more answer a connection: those the client read in the same turn as
    // the 37th; no client sends once it is reached.
    const counted = Number(ended[1]);
    assert.ok(counted >= 37 && counted <= 37 + 12, `admitted ${counted}, asked for 37 from 12 connections`);
    assert.match(run.stdout, new RegExp(`admitted \\(200\\): ${counted} \\(`));
    assert.match(run.stdout, /overload: \d+ requests in [\d.]+ s from 12 connections/);
    assert.match(run.stdout, /refused \(503\):/);
    assert.match(run.stdout, /server RSS MB: before \d+ .* after \d+/);
    assert.match(run.stdout, /server memory by kind .*before file \d+ .*after file \d+/);
  });
});

describe('npm run stress, --admitted misused', () => {
  stopsOnMisuse([
    [['--admitted', '100'], /--admitted counts the searches of a spike: give it with --overload/],
    [['--overload', '--admitted', '0'], /--admitted must be a whole number from 1/],
  ]);
});
