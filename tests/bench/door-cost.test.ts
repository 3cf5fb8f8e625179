/**
 * bench/door-cost.ts end to end at a small size: its server's gate does what each mode says (held
 * full: every search refused; wide open: every search answered) and a figure is printed. No timing
 * is asserted: the figures are for people.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function doorCost(...args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/door-cost.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

describe('bench/door-cost.ts', () => {
  it('refuses every search of each round when the gate is held full, and costs them', () => {
    const out = doorCost('--connections', '6', '--rounds', '2');
    assert.match(out, /door cost \(refuse\): 6 searches a round, 2 rounds; serving thread CPU per request: median \d+\.\d µs/);
    assert.match(out, /statuses \{"503":12\}/);
  });

  it('answers every search when the gate is wide open, on connections opened for each round', () => {
    const out = doorCost('--mode', 'admit', '--fresh', '--connections', '3', '--rounds', '1');
    assert.match(out, /door cost \(admit, fresh connections\): 3 searches a round/);
    assert.match(out, /statuses \{"200":3\}/);
  });

  it('stops before any work on a mode it does not know', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/door-cost.ts', '--mode', 'flood'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--mode must be refuse, admit or spike, not "flood"/);
  });
});
