/** What the bench reads of a process in /proc: its CPU time, and one thread's (bench/scale/proc.ts). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { cpuSecondsOf, threadCpuNs, threadSchedstat } from '../../bench/scale/proc.ts';

describe('CPU seconds of a process', () => {
  it('counts what the process has used, as the kernel does', () => {
    const before = cpuSecondsOf('self')!;
    const t = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(t).user < 300_000) x += Math.sqrt(x + 1);
    assert.ok(x > 0);
    const used = cpuSecondsOf('self')! - before;
    const measured = (process.cpuUsage(t).user + process.cpuUsage(t).system) / 1e6;
    // Clock ticks of 10 ms: within two of what Node measures for the same stretch.
    assert.ok(Math.abs(used - measured) <= 0.03, `${used} s from /proc against ${measured} s from process.cpuUsage`);
  });

  it('is null for a process that is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    assert.equal(cpuSecondsOf(gone), null);
  });
});

describe('CPU nanoseconds of one thread', () => {
  it("counts the main thread's work, and is null for a thread that is gone", () => {
    const before = threadCpuNs('self', process.pid)!;
    const t = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(t).user < 100_000) x += Math.sqrt(x + 1);
    assert.ok(x > 0);
    const used = threadCpuNs('self', process.pid)! - before;
    assert.ok(used >= 50e6, `${used} ns on the main thread for 100 ms of work`);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    assert.equal(threadCpuNs(gone, gone), null);
  });
});

describe("one thread's schedstat", () => {
  it('gives its time on a CPU and its wait for one, both counted up, and null for a thread that is gone', () => {
    const [run, wait] = threadSchedstat('self', process.pid)!;
    assert.ok(Number.isInteger(run) && run > 0, `${run} ns on a CPU`);
    assert.ok(Number.isInteger(wait) && wait >= 0, `${wait} ns waiting`);
    const t = process.cpuUsage();
    while (process.cpuUsage(t).user < 20_000);
    assert.ok(threadSchedstat('self', process.pid)![0] > run);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    assert.equal(threadSchedstat(gone, gone), null);
  });
});
