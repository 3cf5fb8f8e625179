/**
 * The gate's admission estimate (server/search-gate.ts) on a clock of its own: how many searches it
 * lets wait depends on how long searches have been taking lately.
 */
import assert from 'node:assert/strict';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, it } from 'node:test';
import type { Response } from 'express';
import type { SearchEngine, SearchOptions, SearchResult } from '../../engine/contract/types.ts';
import { SearchTimeoutError } from '../../server/deadline.ts';
import { BusyError, gatedSearch, SearchGate, Ticket } from '../../server/search-gate.ts';

const QUEUE_MS = 1_000;

function clockedGate() {
  const clock = { ms: 0 };
  const gate = new SearchGate({ slots: 1, queueMs: QUEUE_MS, now: () => clock.ms });
  const signal = new AbortController().signal;
  const search = (ms: number) =>
    gate.run('search', signal, async () => {
      clock.ms += ms;
      await new Promise((resolve) => setImmediate(resolve));
    });
  /** `count` searches taking `ms` each on the gate's clock, `together` at a time (all but one wait for the slot). */
  const searches = async (count: number, ms: number, together: number) => {
    for (let done = 0; done < count; done += together) await Promise.all(Array.from({ length: together }, () => search(ms)));
  };
  /** With the slot taken, how many searches are admitted to wait before the first refusal (then all given back). */
  const queueRoom = async () => {
    let finish!: () => void;
    const holding = gate.run('search', signal, () => new Promise<void>((resolve) => (finish = resolve)));
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
  it('does not let a run of quick searches fill the queue beyond what the dearer searches just before allowed', async () => {
    const { clock, searches, queueRoom } = clockedGate();
    // A server that has been answering for a while (its first searches are judged by the average alone).
    await searches(2_000, 5, 4);
    clock.ms += 60_000;
    await searches(96, 50, 4);
    const slow = await queueRoom();
    assert.ok(slow >= 5 && slow <= 20, `room for ${slow} searches at 50 ms each`);
    // The next searches of the spike are ten times quicker: a queue filled at their pace would
    // take ten times the budget to drain if the dear ones come back.
    await searches(96, 5, 4);
    const quick = await queueRoom();
    assert.ok(quick < 1.5 * slow, `room for ${quick} quick searches, about as many as the ${slow} slow ones allowed`);
    // Once the dear searches are long past, the quick ones' pace decides again.
    clock.ms += 30_000;
    const later = await queueRoom();
    assert.ok(later >= 5 * slow, `half a minute later: room for ${later} quick searches`);
  });

  it('does not hold the slow first searches of a cold server, which waited for nothing, against the traffic after them', async () => {
    const { searches, queueRoom } = clockedGate();
    // A cold server: the caches are empty and every search is slow, but one at a time.
    await searches(64, 300, 1);
    // Then warm: quick searches, first one at a time, then queueing behind each other.
    await searches(40, 5, 1);
    await searches(96, 5, 4);
    const room = await queueRoom();
    assert.ok(room >= 100, `room for ${room} quick searches`);
  });

  it('does not hold the dear first searches of a freshly started server against the traffic after them, though they queued', async () => {
    const { searches, queueRoom } = clockedGate();
    // 32 connections meet a cold server: every search queues, and the first few hundred are dear
    // while the caches fill.
    await searches(640, 60, 4);
    // The caches are warm: the same traffic now costs a tenth.
    await searches(96, 5, 4);
    const room = await queueRoom();
    assert.ok(room >= 100, `room for ${room} quick searches right after the cold start`);
  });

  it('in a spike, lets a run of quick searches wait only as many as the last 128 searches took, their tail allowed for', async () => {
    const { clock, searches, queueRoom } = clockedGate();
    // Searches with a long tail: 7 of 8 take 10 ms, every 8th 250 ms (mean 40 ms).
    for (let round = 0; round < 16; round++) {
      await searches(7, 10, 1);
      await searches(1, 250, 1);
    }
    // Then a run of quick ones: the moving average falls to ~7 ms.
    await searches(12, 5, 1);
    // Before any refusal the normal traffic is judged as before: the queue may be long.
    const calm = await queueRoom();
    assert.ok(calm >= 40, `before the spike, room for ${calm} searches`);
    // That room ended in a refusal: a spike. Now the queue holds what 1 s allows at the last 128
    // searches' mean and spread, not at the quick run's average.
    const spike = await queueRoom();
    assert.ok(spike >= 5 && spike <= 22, `in the spike, room for ${spike} searches (40 ms mean, 1 s budget)`);
    assert.ok(spike < calm / 3, `${spike} in the spike against ${calm} before it`);
    // Five seconds after the last refusal the spike is over: the moving average judges again (the
    // room measures themselves were two more quick searches).
    clock.ms += 5_001;
    const after = await queueRoom();
    assert.ok(after >= calm, `after the spike, room for ${after} searches`);
  });

  it('answers busy, instead of starting it, a search that waited past the wait limit, and starts the one behind it', async () => {
    const clock = { ms: 0 };
    const gate = new SearchGate({ slots: 1, queueMs: QUEUE_MS, waitLimitMs: 4_000, now: () => clock.ms });
    const signal = new AbortController().signal;
    let finish!: () => void;
    const holding = gate.run('search', signal, () => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((resolve) => setImmediate(resolve));
    // Admitted while quick searches made the queue look short; the slot then stays taken for long.
    const ran: string[] = [];
    const stale = gate.run('search', signal, async () => void ran.push('stale'));
    // Admitted at the door meanwhile; its route reaches the queue later.
    const ticket = gate.admitEarly();
    assert.ok(ticket instanceof Ticket);
    clock.ms += 3_500;
    const fresh = gate.run('search', signal, async () => void ran.push('fresh'), ticket);
    clock.ms += 600;
    // (The search holding the slot past the budget has been told to stop: shed, as before.)
    const shedBefore = gate.stats().shed;
    finish();
    await holding;
    await assert.rejects(stale, (error) => error instanceof BusyError && error.retryAfterSeconds >= 1);
    await fresh;
    assert.deepEqual(ran, ['fresh'], 'the search that waited 4.1 s never ran; the one behind it (0.6 s) did');
    assert.equal(gate.stats().shed, shedBefore + 1);
  });

  it('answers busy a search whose time limit runs out while it still waits for its slot', async () => {
    const gate = new SearchGate({ slots: 1, queueMs: QUEUE_MS, waitLimitMs: 4_000 });
    let finish!: () => void;
    const holding = gate.run('search', new AbortController().signal, () => new Promise<void>((resolve) => (finish = resolve)));
    const deadline = new AbortController();
    const waiting = gate.run('search', deadline.signal, async () => assert.fail('started after its time ran out'));
    deadline.abort(new SearchTimeoutError(5_000));
    await assert.rejects(waiting, (error) => error instanceof BusyError);
    assert.equal(gate.stats().shed, 1);
    finish();
    await holding;
  });

  it('reports a spike from its first refusal until five seconds after its last, and tells the engine with each search', async () => {
    const { clock, gate, queueRoom } = clockedGate();
    const told: boolean[] = [];
    const engine = {
      search: async (_request: unknown, options?: SearchOptions) => {
        told.push(options?.spike === true);
        return {} as SearchResult;
      },
    } as unknown as SearchEngine;
    const searchFor = gatedSearch(engine, gate, 5_000);
    const response = () => Object.assign(new ServerResponse(new IncomingMessage(new Socket())), { locals: {} }) as unknown as Response;
    await searchFor(response())({ q: 'before' });
    assert.equal(gate.spiking(), false);
    // The slot taken, searches are admitted to wait until the first is refused.
    await queueRoom();
    assert.equal(gate.spiking(), true);
    await searchFor(response())({ q: 'during' });
    clock.ms += 4_999;
    assert.equal(gate.spiking(), true);
    clock.ms += 2;
    await searchFor(response())({ q: 'after' });
    assert.deepEqual(told, [false, true, false]);
  });
});
