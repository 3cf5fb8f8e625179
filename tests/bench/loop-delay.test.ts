/** Reading the serving thread's event-loop delay back from the server's refusal log lines (bench/scale/loop-delay.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loopDelayOfRefusals } from '../../bench/scale/loop-delay.ts';

const refusals = (refused: number, loopDelayMaxMs: number) =>
  JSON.stringify({ level: 40, refused, ms: 1000, loopDelayMaxMs, loopDelayP99Ms: loopDelayMaxMs, msg: 'searches refused' });

describe('loop delay of a spike, from the server log', () => {
  it('summarises the per-second longest delays and counts the seconds held past the threshold', () => {
    const log = [
      'Nutgraf (sqlite engine, pid 1) is serving at http://localhost:1/',
      JSON.stringify({ level: 30, req: { url: '/?q=a' }, res: { statusCode: 200 } }),
      ...[12, 80, 31, 45, 230, 50, 18, 22, 9, 61].map((ms, i) => refusals(100 + i, ms)),
      '{"truncated',
    ].join('\n');
    assert.deepEqual(loopDelayOfRefusals(log, 50), { seconds: 10, heldSeconds: 4, p50: 31, p90: 80, max: 230 });
  });

  it('has nothing to say about a log without refusals', () => {
    assert.equal(loopDelayOfRefusals('{"level":30}\n', 50), null);
  });
});
