/** The stress tool's count of slow refusals (bench/scale/slow-refusals.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SlowRefusals } from '../../bench/scale/slow-refusals.ts';

describe('slow refusals of a spike', () => {
  it("counts a connection's first request apart, and only refusals of 50 ms or more", () => {
    const slow = new SlowRefusals();
    const [a, b, c] = [{}, {}, {}];
    slow.record(a, 503, 80, 0.1); // a's first: slow
    slow.record(b, 200, 900, 0.9); // b's first: admitted, not a refusal
    slow.record(a, 503, 60, 1.2); // a's second: slow
    slow.record(b, 503, 55, 1.4); // b's second: slow, not a first
    slow.record(c, 503, 49, 2.5); // c's first: quick enough
    slow.record(c, 503, 50, 3.0); // c's second: slow
    assert.deepEqual(slow.times, [0.1, 1.2, 1.4, 3.0]);
    assert.equal(slow.firstOfConnection, 1);
    assert.equal(
      slow.summary(),
      "refused in 50 ms or more: 4, 1 of them a connection's first request (timed from before it opened); busiest seconds of the spike: 0s:1 1s:2 3s:1",
    );
  });

  it('has nothing to say when every refusal was quick', () => {
    const slow = new SlowRefusals();
    slow.record({}, 503, 3, 0);
    assert.equal(slow.summary(), null);
  });
});
