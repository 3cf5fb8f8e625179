/**
 * The benchmark's source text is read as what it is: the bench must measure real words, not
 * mojibake ("Â£") that no reader would search for.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readSource } from '../../bench/scale/corpus.ts';

describe('bench corpus source', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'business'));
  const write = (name: string, bytes: Buffer) => fs.writeFileSync(path.join(dir, 'business', name), bytes);
  write('001.txt', Buffer.from('Shares rose to £3.50 in Zürich\n\nTraders sold £40bn.\n', 'utf8'));
  write('002.txt', Buffer.from('Shares rose to £3.50\n\nTraders sold £40bn.\n', 'latin1'));
  write('003.txt', Buffer.from('Pound falls\r\n\r\nSterling lost 2p against the euro.\r\n\r\nTraders sold £40bn.\r\n', 'utf8'));
  const articles = readSource(dir);

  it('reads a UTF-8 file as UTF-8 and a Latin-1 one as Latin-1', () => {
    assert.deepEqual(
      articles.slice(0, 2).map((a) => [a.title, a.paragraphs]),
      [
        ['Shares rose to £3.50 in Zürich', ['Traders sold £40bn.']],
        ['Shares rose to £3.50', ['Traders sold £40bn.']],
      ],
    );
  });

  it('gives articles with their headline and paragraphs, whatever the line endings', () => {
    assert.equal(articles[2]?.title, 'Pound falls');
    assert.deepEqual(articles[2]?.paragraphs, ['Sterling lost 2p against the euro.', 'Traders sold £40bn.']);
  });
});
