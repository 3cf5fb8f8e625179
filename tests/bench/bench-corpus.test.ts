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
import { OUTLETS, readSource, recordFacets, records, writeCorpus } from '../../bench/scale/corpus.ts';

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

describe('bench corpus records', () => {
  const source = Array.from({ length: 50 }, (_, i) => ({
    name: `s-${i}`,
    title: `Story ${i} headline`,
    paragraphs: [`First paragraph of story ${i}.`, `Second paragraph of story ${i}.`, `Third paragraph of story ${i}.`],
  }));
  const all = [...records(source, 3_000)];

  it('hold exactly the story paragraphs asked for, with page furniture around them', () => {
    const texts = all.flatMap((r) => r.text.split('\n\n'));
    assert.equal(texts.filter((t) => / paragraph of story /.test(t)).length, 3_000);
    assert.ok(texts.length > 3_000 * 1.3, `${texts.length} lines`);
  });

  it('state what scraped records state: a language on few, an outlet on about half, a date on most', () => {
    const share = (has: (r: (typeof all)[number]) => boolean) => all.filter(has).length / all.length;
    assert.ok(Math.abs(share((r) => r.language !== undefined) - 0.1) < 0.04);
    assert.ok(Math.abs(share((r) => r.outlet !== undefined) - 0.5) < 0.06);
    assert.ok(Math.abs(share((r) => r.date !== undefined) - 0.75) < 0.06);
  });

  it('give every record a year and an outlet, stated or not, in its URL and on its page', () => {
    for (const r of all) {
      const { year, outlet } = recordFacets(r);
      assert.ok(OUTLETS.includes(outlet));
      if (r.outlet !== undefined) assert.equal(r.outlet, outlet);
      else assert.ok(r.text.endsWith(`© ${outlet} ${year}. All rights reserved.`), r.text);
      if (r.date !== undefined) assert.equal(Number(r.date.slice(0, 4)), year);
      else assert.ok(r.text.includes(String(year)));
    }
  });
});
