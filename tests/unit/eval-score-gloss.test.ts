import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelNames, sameOutlet } from '../../bench/ingest/score.ts';

test("a label's bracketed note: the name before it is the outlet, the note only when it is the name in another script", () => {
  assert.deepEqual(labelNames('Example Post'), ['Example Post']);
  assert.ok(sameOutlet('예시일보', '예시일보 (Yesi Ilbo)'));
  assert.ok(sameOutlet('Yesi Ilbo', '예시일보 (Yesi Ilbo)'));
  assert.ok(sameOutlet('예시경제', 'Yesi Gyeongje (예시경제)'));
  assert.ok(sameOutlet('The Example Sun', 'The Example Sun (Ruritania)'));
  assert.ok(sameOutlet('Example Echo', 'Example Echo (via Readerhub)'));
  assert.ok(!sameOutlet('Ruritania', 'The Example Sun (Ruritania)'));
  assert.ok(!sameOutlet('Readerhub', 'Example Echo (via Readerhub)'));
  assert.ok(!sameOutlet('Example Echo News', 'Example Echo (via Readerhub)'));
  assert.ok(!sameOutlet('Example Land Association', 'ELA (Example Land Association)'));
});
