/** The stress tool's count of slow refusals (bench/scale/slow-refusals.ts) and its connections' opening times (connect-times.ts). */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { ClientLoopDelay } from '../../bench/scale/client-loop.ts';
import { ConnectTimes } from '../../bench/scale/connect-times.ts';
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
      "refused in 50 ms or more: 4, 1 of them a connection's first request (timed from when it was written on the open connection to when this client read the answer, its own loop's delay included: --server-times splits it); busiest seconds of the spike: 0s:1 1s:2 3s:1",
    );
  });

  it("times a first request from when it was written, its connection's opening counted apart", () => {
    const slow = new SlowRefusals();
    const [a, b, c, d] = [{}, {}, {}, {}];
    assert.deepEqual(slow.record(a, 503, 80, 0.1, 45), { first: true, ms: 35 }); // slow only with its opening
    assert.deepEqual(slow.record(b, 503, 120, 0.1, 60), { first: true, ms: 60 }); // slow after it was written too
    assert.deepEqual(slow.record(c, 503, 70, 0.2), { first: true, ms: 70 }); // opening not seen: timed from the clock
    assert.deepEqual(slow.record(d, 200, 900, 0.2, 10), { first: true, ms: 890 }); // admitted: timed the same way
    assert.deepEqual(slow.record(a, 503, 90, 0.3, 45), { first: false, ms: 90 }); // a's second: no opening in it
    assert.deepEqual(slow.times, [0.1, 0.2, 0.3]);
    assert.equal(slow.firstOfConnection, 2);
    assert.equal(slow.slowOnlyWithOpening, 1);
    assert.deepEqual(slow.connecting, [45, 60, 10]);
    assert.equal(
      slow.summary(),
      "refused in 50 ms or more: 3, 2 of them a connection's first request (timed from when it was written on the open connection to when this client read the answer, its own loop's delay included: --server-times splits it); busiest seconds of the spike: 0s:3",
    );
    assert.equal(
      slow.openingSummary(),
      "connections opened (client side, not in the latencies above): 3, p50 45 · max 60 ms after their first request's clock; 1 first refusals took 50 ms or more only with their opening counted in",
    );
  });

  it('has nothing to say when every refusal was quick, nor of openings it never saw', () => {
    const slow = new SlowRefusals();
    slow.record({}, 503, 3, 0);
    assert.equal(slow.summary(), null);
    slow.record({}, 503, 80, 0);
    assert.equal(slow.openingSummary(), null);
  });
});

describe("a stress client's connection opening", () => {
  it("times it from the client's first request to its socket's connect", async () => {
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = new EventEmitter() as EventEmitter & { conn?: Socket };
    const times = new ConnectTimes();
    let clock = 1_000;
    times.watch(client, () => clock);
    // What autocannon does: open the socket, then emit 'request' and start the request's clock.
    client.conn = connect((server.address() as AddressInfo).port, '127.0.0.1');
    client.emit('request');
    assert.equal(times.connectMs(client), undefined, 'not open yet');
    clock = 1_042;
    await new Promise((resolve) => client.conn!.once('connect', resolve));
    assert.equal(times.connectMs(client), 42);
    client.conn.destroy();
    server.close();
  });
});

describe("the stress client's own event loop", () => {
  it('reports the longest delay of each interval, the first apart', async () => {
    const loop = new ClientLoopDelay(100);
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const until = performance.now() + 80;
    while (performance.now() < until) {} // the loop held ~80 ms, as a burst of connections would hold it
    await new Promise((resolve) => setTimeout(resolve, 250));
    loop.stop();
    assert.ok(loop.longest.length >= 2, `intervals: ${loop.longest.length}`);
    assert.ok(Math.max(...loop.longest) >= 60, `longest: ${loop.longest.join(', ')}`);
    assert.match(
      loop.summary(50) ?? '',
      // ... and which intervals were held, so a second of slow refusals can be matched to one of them.
      /longest delay in each second: first \d+ · p50 \d+ · max \d+ ms; held 50 ms or more in [1-9]\d* of \d+ seconds \((?:\d+s:\d+ ?)+\)$/,
    );
  });
});
