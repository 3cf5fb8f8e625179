/**
 * The search gate's admission estimate (server/search-gate.ts): with long-tailed search times the
 * queue is kept short enough that an admitted search is answered within the budget in nearly every
 * case, not merely on average.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchGate, Ticket } from '../../server/search-gate.ts';

/** A clock the test moves: search times exact on any machine, however loaded. */
function fakeClock(): { now: () => number; advance: (ms: number) => Promise<void> } {
  let t = 0;
  return { now: () => t, advance: async (ms) => void (t += ms) };
}

/** A search that runs until it is stopped. */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Run searches one after another through `gate`, each taking the next of `times` (ms). */
async function teach(gate: SearchGate, clock: ReturnType<typeof fakeClock>, times: number[]): Promise<void> {
  for (const ms of times) await gate.run('search', new AbortController().signal, () => clock.advance(ms));
}

describe('search gate', () => {
  it('allows for the tail of search times: a short queue when a few searches take far longer than most', async () => {
    const clock = fakeClock();
    const gate = new SearchGate({ slots: 1, queueMs: 300, now: clock.now });
    // Nine quick searches and one slow, four times over and five quick ones after: the mean ~20 ms,
    // one in ten takes 200.
    await teach(gate, clock, [...Array.from({ length: 40 }, (_, i) => (i % 10 === 4 ? 200 : 5)), 5, 5, 5, 5, 5]);
    assert.equal(gate.stats().averageMs, 16);

    // One search running and others admitted behind it. By the average alone (plus a deviation),
    // a dozen would be admitted, and the last of them would wait behind the one or two slow
    // searches a dozen usually holds, past the budget; allowing for the tail, at most four are.
    const release = new AbortController();
    const running = gate.run('search', release.signal, untilAborted).catch(() => {});
    const tickets = Array.from({ length: 5 }, () => gate.admitEarly());
    assert.ok(tickets[0] instanceof Ticket, 'the first behind the running search is admitted');
    assert.equal(typeof tickets.at(-1), 'number', `the fifth behind it is refused with a Retry-After: ${tickets.map((t) => (t instanceof Ticket ? 'admitted' : t)).join(' ')}`);
    for (const t of tickets) if (t instanceof Ticket) t.release();
    release.abort();
    await running;
  });
});
