/**
 * The per-second summary of refused searches (server/logging.ts): how many were refused, and how
 * long the serving thread's event loop was held meanwhile, which tells a stalled server from a
 * slow client when refusals are slow.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { refusalCounter } from '../../server/logging.ts';

function capturingLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, sink), lines };
}

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('refused searches log', () => {
  it('sums a second of refusals in one line with the longest event-loop delay of that second', async () => {
    const { logger, lines } = capturingLogger();
    const refused = refusalCounter(logger);
    refused();
    refused();
    // The serving thread held by one long turn, as a big render or a collection would hold it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    busyFor(150);
    refused();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.equal(lines.length, 1);
    const [line] = lines;
    assert.equal(line!.refused, 3);
    assert.ok((line!.loopDelayMaxMs as number) >= 130, `loopDelayMaxMs ${line!.loopDelayMaxMs}`);
    assert.ok((line!.loopDelayP99Ms as number) <= (line!.loopDelayMaxMs as number));
  });

  it('measures each second of refusals afresh: a held loop is not reported again in a later, free second', async () => {
    const { logger, lines } = capturingLogger();
    const refused = refusalCounter(logger);
    refused();
    await new Promise((resolve) => setTimeout(resolve, 100));
    busyFor(300);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    refused();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.equal(lines.length, 2);
    assert.ok((lines[0]!.loopDelayMaxMs as number) >= 280, `first second ${lines[0]!.loopDelayMaxMs}`);
    assert.ok((lines[1]!.loopDelayMaxMs as number) < 250, `second second ${lines[1]!.loopDelayMaxMs}`);
  });
});
