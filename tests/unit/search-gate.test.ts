/**
 * The gate's admission estimate (server/search-gate.ts) on a clock of its own: how many searches
 * it lets wait depends on how long searches have been taking, and on whether it is already refusing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchGate, Ticket } from '../../server/search-gate.ts';

function clockedGate() {
  const clock = { ms: 0 };
  const gate = new SearchGate({ slots: 1, queueMs: 1_000, now: () => clock.ms });
  /** `count` searches one after another, each taking `ms` on the gate's clock. */
  const searches = async (count: number, ms: number) => {
    for (let i = 0; i < count; i++)
      await gate.run('search', new AbortController().signal, async () => {
        clock.ms += ms;
      });
  };
  /** With the slot taken, how many searches are admitted to wait before the first refusal (then all given back). */
  const queueRoom = async () => {
    let finish!: () => void;
    const holding = gate.run('search', new AbortController().signal, () => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((resolve) => setImmediate(resolve));
    const tickets: Ticket[] = [];
    for (let admitted = gate.admitEarly(); admitted instanceof Ticket; admitted = gate.admitEarly()) tickets.push(admitted);
    for (const ticket of tickets) ticket.release();
    finish();
    await holding;
    return tickets.length;
  };
  return { clock, gate, searches, queueRoom };
}

describe('the search gate', () => {
  it('while refusing, does not let a drop in search times fill the queue beyond what the slower searches just before allowed', async () => {
    const { clock, searches, queueRoom } = clockedGate();
    await searches(30, 50);
    const slow = await queueRoom();
    assert.ok(slow >= 5 && slow <= 20, `room for ${slow} searches at ~50 ms each`);
    // Still refusing (the refusal above was moments ago) when searches turn quick.
    await searches(40, 5);
    const quickInSpike = await queueRoom();
    assert.ok(quickInSpike <= slow + 2, `within the spike: room for ${quickInSpike}, not more than the ${slow} slow searches allowed`);
    // A quiet second later, the current average decides again.
    clock.ms += 2_000;
    const quickAfter = await queueRoom();
    assert.ok(quickAfter >= 5 * slow, `after the spike: room for ${quickAfter} quick searches`);
  });
});
