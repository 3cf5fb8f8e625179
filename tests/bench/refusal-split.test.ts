/**
 * bench/scale/refusal-split.ts, client-times.ts, server-timing.ts: a refusal's time split at the
 * server's finish. The stress tool counted "answer read − request written" on its own loop, so a
 * refusal the server answered at once counted as slow when the client read it late.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import autocannon from 'autocannon';
import { ClientTimes } from '../../bench/scale/client-times.ts';
import { splitRefusals, splitSummary } from '../../bench/scale/refusal-split.ts';
import { recordServerTimes, type ServerTimes } from '../../bench/scale/server-timing.ts';

const server = (rows: number[][]): ServerTimes => ({ rows, loop: [], sliceMs: 100 });

describe('splitRefusals', () => {
  it("charges the server only up to its finish: a late read is the client's", () => {
    // [port, index, connectStartedAt, writtenAt, readAt, status] / [port, index, acceptedAt, readAt, finishedAt, status]
    const client = [
      [5000, 0, 990, 1010, 1090, 503], // answered 10 ms after the write, read 80 ms after it
      [5001, 0, 990, 1010, 1100, 503], // accepted 60 ms after the write, answered at 1080
      [5000, 1, 0, 1090, 1095, 503],
    ];
    const rows = [
      [5000, 0, 1000, 1015, 1020, 503],
      [5001, 0, 1070, 1075, 1080, 503],
      [5000, 1, 1000, 1091, 1092, 503],
    ];
    const { split, unmatched } = splitRefusals(client, server(rows), 1000);
    assert.equal(unmatched, 0);
    assert.deepEqual(
      split.map((r) => [r.first, r.clientSeen, r.server, r.clientRead]),
      [
        [true, 80, 10, 70],
        [true, 90, 70, 20],
        [false, 5, 2, 3],
      ],
    );
    assert.equal(split[1]!.acceptWait, 60);
    assert.equal(split[1]!.readWait, 5);
    const [counts] = splitSummary(split, unmatched, 50);
    assert.match(counts!, /as the client read them \(write → read\): 2 \(second 0: 2\)/);
    assert.match(counts!, /charged to the server \(client's write → server's finish\): 1 \(second 0: 1, first requests 1\)/);
  });

  it("matches an answer the client read before the server's finish event, its server part ending at the read", () => {
    const { split, unmatched } = splitRefusals([[7000, 0, 990, 1010, 1060, 503]], server([[7000, 0, 1000, 1055, 1061, 503]]), 1000);
    assert.equal(unmatched, 0);
    assert.deepEqual(
      split.map((r) => [r.server, r.clientRead, r.work]),
      [[50, 0, 5]],
    );
  });

  it('matches a port used twice by the answer that fits between write and read, and skips admitted answers and earlier phases', () => {
    const client = [
      [6000, 0, 2000, 2010, 2030, 503],
      [6001, 0, 0, 1500, 1600, 503], // before the spike
      [6002, 0, 2000, 2010, 2400, 200],
    ];
    const rows = [
      [6000, 0, 100, 101, 105, 503], // the same port in the server's own warm-up, long before
      [6000, 0, 2005, 2011, 2012, 503],
    ];
    const { split, unmatched } = splitRefusals(client, server(rows), 2000);
    assert.equal(unmatched, 0);
    assert.deepEqual(
      split.map((r) => r.server),
      [2],
    );
  });
});

describe('ClientTimes and recordServerTimes', () => {
  it('record the same requests on one clock, matched by port and place on the connection', async () => {
    const recorder = recordServerTimes();
    let answered = 0;
    const web = http.createServer((_req, res) => {
      // Every other answer a refusal, some a little late, so both kinds cross.
      const busy = answered++ % 2 === 0;
      setTimeout(() => res.writeHead(busy ? 503 : 200, { 'Retry-After': '1' }).end(busy ? 'busy' : 'ok'), busy ? 0 : 5);
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const clientTimes = new ClientTimes();
    try {
      const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
      await new Promise<void>((resolve, reject) => {
        const instance = autocannon({ url, connections: 4, amount: 40, setupClient: (client) => clientTimes.watch(client) }, (error) =>
          error ? reject(error) : resolve(),
        );
        instance.on('response', (client: object, status: number) => clientTimes.answered(client, status));
      });
    } finally {
      recorder.stop();
      web.closeAllConnections();
      await new Promise((resolve) => web.close(resolve));
    }
    const clientRows = clientTimes.toArrays();
    assert.equal(clientRows.length, 40);
    const firsts = clientRows.filter((r) => r[1] === 0);
    assert.equal(firsts.length, 4, 'one first request a connection');
    for (const [, , startedAt, writtenAt, readAt] of clientRows) assert.ok(startedAt! <= writtenAt! && writtenAt! < readAt!);
    const { split, unmatched } = splitRefusals(clientRows, recorder.read(), 0);
    assert.equal(unmatched, 0);
    assert.equal(split.length, clientRows.filter((r) => r[5] === 503).length);
    for (const r of split) {
      // The server read after the write and finished before the client read: one clock on both sides.
      assert.ok(r.server > 0 && r.server <= r.clientSeen, `server ${r.server} of ${r.clientSeen} ms`);
      assert.ok(r.work >= 0 && r.readWait >= 0);
    }
  });
});
