/** Finding a line in a log another process is still writing (bench/scale/log-lines.ts). */
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { GrowingLog } from '../../bench/scale/log-lines.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'nutgraf-log-lines-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SERVING = /is serving at http:\/\/localhost:(\d+)\//;

describe('a line in a growing log', () => {
  it('is found after megabytes of other lines, and when it is written in two pieces', async () => {
    const file = path.join(dir, 'server.log');
    writeFileSync(file, '');
    const log = new GrowingLog(file);
    // Three times the piece a call reads: the line lies far past any fixed head of the file.
    const trace = `[1:0x1]  12 ms: pause=0.4 gc=s promoted=1024 ${'x'.repeat(200)}\n`;
    appendFileSync(file, trace.repeat(Math.ceil((3 * 2 ** 20) / trace.length)));
    appendFileSync(file, 'Nutgraf (sqlite engine, pid 7) is serv');
    let found = null;
    for (let call = 0; call < 5 && found === null; call++) found = (await log.find(SERVING)).match;
    assert.equal(found, null, 'half a line is not matched');
    appendFileSync(file, 'ing at http://localhost:4321/\nmore\n');
    assert.equal((await log.find(SERVING)).match?.[1], '4321');
  });
});
