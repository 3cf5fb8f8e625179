/**
 * The benchmark's source text is read as what it is: the bench must measure real words, not
 * mojibake ("Â£") that no reader would search for. The corpus it writes is on disk before the
 * indexer is timed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { readSource, writeCorpus } from '../../bench/scale/corpus.ts';

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

describe('bench corpus written', () => {
  it('flushes every file it writes to disk, so no write-back of it runs while the indexer is timed', () => {
    const source = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-source-'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-written-'));
    const fsync = mock.method(fs, 'fsyncSync');
    try {
      fs.mkdirSync(path.join(source, 'tech'));
      const paragraph = 'A made-up paragraph about a network outage that lasted most of the afternoon. '.repeat(40);
      fs.writeFileSync(path.join(source, 'tech', '001.txt'), `Outage ends\n\n${`${paragraph}\n\n`.repeat(30)}`);
      // Enough paragraphs for several 8 MB files.
      const written = writeCorpus(source, out, 4_000, null);
      assert.ok(written.files >= 2, `${written.files} file(s)`);
      const files = fs.readdirSync(out).filter((f) => f.endsWith('.jsonl'));
      assert.equal(files.length, written.files);
      assert.equal(fsync.mock.callCount(), written.files);
    } finally {
      fsync.mock.restore();
      fs.rmSync(source, { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
