import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GarbageCollector, LIVE_SHARE } from '../../indexer/collect-garbage.ts';

const MB = 2 ** 20;

/** Which of `files` reads of `fileBytes` each (1-based) collect, with the heap after a collection at `heap` bytes. */
function collectedAt(files: number, fileBytes: number, heap: number): number[] {
  const garbage = new GarbageCollector(
    () => heap,
    () => () => {},
  );
  const at: number[] = [];
  for (let i = 1; i <= files; i++) if (garbage.read(fileBytes)) at.push(i);
  return at;
}

describe('full collections during a big build', () => {
  it('collect after every 8 MB of input while the heap left is small', () => {
    assert.deepEqual(collectedAt(6, 8 * MB, 20 * MB), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(collectedAt(6, 4 * MB, 20 * MB), [2, 4, 6]);
  });

  it('space out in proportion to the heap the last collection left, so their cost grows with the input only', () => {
    // 200 MB alive: at least 50 MB of input between two collections.
    assert.equal(LIVE_SHARE, 4);
    assert.deepEqual(collectedAt(20, 8 * MB, 200 * MB), [1, 8, 15]);
  });

  it('collects nothing before 8 MB of input', () => {
    const garbage = new GarbageCollector(() => 0);
    assert.equal(garbage.read(4 * MB), false);
  });
});
