/** The stress client's own garbage collections during a spike (bench/scale/client-gc.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientGc, summarisePauses } from '../../bench/scale/client-gc.ts';

describe("the stress client's own collections", () => {
  it('counts minor and mark-compact pauses apart and lists the seconds with a long one', () => {
    const line = summarisePauses([
      [0.2, 1.5, 1], // scavenge
      [3.4, 12.4, 4], // mark-compact, long
      [3.9, 11, 1], // a long scavenge in the same second: the longest of the second is listed
      [37.2, 9.9, 8], // incremental step, under the bound
      [37.3, 14.6, 4],
    ]);
    assert.equal(
      line,
      "client's own garbage collection: 3 minor (longest 11 ms), 2 mark-compact (longest 15 ms), 49 ms in all; seconds with a pause of 10 ms or more (longest): 3s:12 37s:15",
    );
    assert.equal(summarisePauses([]), null);
  });

  it("records this process's collections between start and stop", async () => {
    const gc = new ClientGc();
    gc.start();
    let kept: unknown[] = [];
    for (let i = 0; i < 200_000; i++) kept = [{ i, s: `x${i}` }, kept.length > 1000 ? [] : kept];
    await new Promise((resolve) => setImmediate(resolve));
    gc.stop();
    assert.ok(kept.length > 0);
    assert.ok(gc.pauses.length > 0, 'young garbage was collected');
    assert.ok(gc.pauses.every(([at, ms]) => at >= 0 && ms >= 0));
  });
});
