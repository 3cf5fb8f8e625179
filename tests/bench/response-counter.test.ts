/** bench/scale/response-counter.ts: whole responses read off a raw socket, however the bytes are split. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseCounter } from '../../bench/scale/response-counter.ts';

const response = (status: number, body: string) =>
  `HTTP/1.1 ${status} Whatever\r\nContent-Type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('ResponseCounter', () => {
  it('gives each response once its whole body has arrived, in order, whatever the chunks', async () => {
    const bytes = Buffer.from(response(503, 'busy — later') + response(200, '{"hits":[]}') + response(404, ''));
    for (const size of [1, 7, bytes.length]) {
      const counter = new ResponseCounter();
      const statuses: number[] = [];
      const reading = Promise.all([counter.next(), counter.next(), counter.next()]).then((s) => statuses.push(...s));
      for (let at = 0; at < bytes.length - 1; at += size) counter.read(bytes.subarray(at, Math.min(at + size, bytes.length - 1)));
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(statuses.length, 0, `the last response is one byte short (chunks of ${size})`);
      counter.read(bytes.subarray(bytes.length - 1));
      await reading;
      assert.deepEqual(statuses, [503, 200, 404]);
    }
  });

  it('keeps responses read before anyone asked', async () => {
    const counter = new ResponseCounter();
    counter.read(Buffer.from(response(200, 'a') + response(503, 'b')));
    assert.equal(await counter.next(), 200);
    assert.equal(await counter.next(), 503);
  });

  it('refuses a response it cannot delimit', () => {
    assert.throws(() => new ResponseCounter().read(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n')), /Content-Length/);
  });
});
