/**
 * The benchmark's source text is read as what it is: the bench must measure real words, not
 * mojibake ("Â£") that no reader would search for.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readBbcFile, readSource } from '../../bench/scale/corpus.ts';

describe('bench corpus source', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Buffer) => {
    fs.mkdirSync(path.join(dir, 'business'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'business', name), bytes);
    return path.join(dir, 'business', name);
  };

  it('reads a UTF-8 file as UTF-8 and a Latin-1 one as Latin-1', () => {
    assert.equal(readBbcFile(write('001.txt', Buffer.from('Shares rose to £3.50 in Zürich', 'utf8'))), 'Shares rose to £3.50 in Zürich');
    assert.equal(readBbcFile(write('002.txt', Buffer.from('Shares rose to £3.50', 'latin1'))), 'Shares rose to £3.50');
  });

  it('gives articles with their headline and paragraphs, the pound sign intact', () => {
    write('003.txt', Buffer.from('Pound falls\n\nSterling lost 2p against the euro.\n\nTraders sold £40bn.\n', 'utf8'));
    const article = readSource(dir).find((a) => a.title === 'Pound falls');
    assert.deepEqual(article?.paragraphs, ['Sterling lost 2p against the euro.', 'Traders sold £40bn.']);
  });
});
