/**
 * The bench's first-seen pass asks each query of two servers, plain on one and collapsed on the
 * other, alternating which goes first, so that a stall of the machine or of one server lands on
 * both sides alike (issue 24). Two small HTTP servers record what they were asked and when.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { askPaired } from '../../bench/scale/ask-once.ts';

interface Heard {
  side: string;
  q: string;
  dedupe: string | null;
}

describe('askPaired', () => {
  const heard: Heard[] = [];
  const servers: http.Server[] = [];
  const urls: string[] = [];

  before(async () => {
    for (const side of ['plain', 'collapsed']) {
      const server = http.createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const q = url.searchParams.get('q') ?? '';
        heard.push({ side, q, dedupe: url.searchParams.get('dedupe') });
        res.setHeader('Content-Type', 'application/json');
        // A total and an engine time each side gives differently, so the answers can be told apart.
        res.end(JSON.stringify({ total: q.length * (side === 'plain' ? 10 : 1), tookMs: side === 'plain' ? 0.5 : 0.25 }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });

  after(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });

  it('asks each query once of each server, plain first for even queries and collapsed first for odd ones', async () => {
    const queries = ['alpha', 'be', 'gamma', 'delta', 'e'].map((q) => ({ q }));
    const { plain, collapsed } = await askPaired(urls[0]!, urls[1]!, queries);

    assert.deepEqual(
      heard.map((h) => `${h.side}:${h.q}:${h.dedupe}`),
      [
        'plain:alpha:0',
        'collapsed:alpha:1',
        'collapsed:be:1',
        'plain:be:0',
        'plain:gamma:0',
        'collapsed:gamma:1',
        'collapsed:delta:1',
        'plain:delta:0',
        'plain:e:0',
        'collapsed:e:1',
      ],
    );
    // Answers come back in query order, each from its own side, with the engine's own time.
    assert.deepEqual(
      plain.map((a) => [a.total, a.tookMs]),
      queries.map(({ q }) => [q.length * 10, 0.5]),
    );
    assert.deepEqual(
      collapsed.map((a) => [a.total, a.tookMs]),
      queries.map(({ q }) => [q.length, 0.25]),
    );
    for (const a of [...plain, ...collapsed]) assert.ok(a.ms >= 0);
  });
});
