/**
 * A worker's optional background work (engine/sqlite/background-steps.ts): a step a turn, none
 * within the quiet time after a search admitted during a spike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BackgroundSteps, SpikeClock } from '../../engine/sqlite/background-steps.ts';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('background steps', () => {
  it('run one a turn until done', async () => {
    let done = 0;
    const steps = new BackgroundSteps(() => ++done < 5, new SpikeClock(1_000));
    steps.start();
    assert.equal(done, 0, 'a step ran before the turn ended');
    for (let i = 0; i < 20 && done < 5; i++) await turn();
    assert.equal(done, 5);
    assert.deepEqual(steps.counts, { run: 5, held: 0 });
  });

  it('stop at a spike search and resume once the quiet time has passed', async () => {
    const clock = new SpikeClock(60);
    let done = 0;
    let spikeAt = 0;
    // The third step sees a search of a spike arrive (as the worker's message handler would note it).
    const steps = new BackgroundSteps(() => {
      if (++done === 3) {
        clock.spike();
        spikeAt = performance.now();
      }
      return done < 8;
    }, clock);
    steps.start();
    for (let i = 0; i < 20 && done < 3; i++) await turn();
    await sleep(20);
    assert.equal(done, 3, 'a step ran within the quiet time');
    assert.ok(steps.counts.held >= 1);
    for (const until = performance.now() + 5_000; done < 8 && performance.now() < until; ) await sleep(10);
    assert.equal(done, 8, 'never resumed');
    assert.ok(performance.now() - spikeAt >= 60);
  });

  it('stop when the refusal count the server shares moves, before any search of the spike arrives', async () => {
    const refusals = new Int32Array(new SharedArrayBuffer(4));
    const clock = new SpikeClock(60, undefined, refusals);
    assert.equal(clock.heldFor(), 0, 'held with no refusal');
    Atomics.add(refusals, 0, 1);
    const refusedAt = performance.now();
    assert.ok(clock.heldFor() > 0, 'not held after a refusal');
    let done = 0;
    const steps = new BackgroundSteps(() => ++done < 3, clock);
    steps.start();
    for (let i = 0; i < 10; i++) await turn();
    assert.equal(done, 0, 'a step ran within the quiet time after a refusal');
    for (const until = performance.now() + 5_000; done < 3 && performance.now() < until; ) await sleep(10);
    assert.equal(done, 3, 'never resumed');
    assert.ok(performance.now() - refusedAt >= 60);
    // The count read, it holds no longer than the quiet time: only a new move holds again.
    assert.equal(clock.heldFor(), 0);
  });

  it('take no step once stopped', async () => {
    let done = 0;
    const steps = new BackgroundSteps(() => ++done < 100, new SpikeClock());
    steps.start();
    await turn();
    steps.stop();
    const stoppedAt = done;
    for (let i = 0; i < 5; i++) await turn();
    assert.equal(done, stoppedAt);
  });
});
