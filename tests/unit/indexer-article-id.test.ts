import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignArticleIds, baseArticleId, MAX_ID_BYTES } from '../../indexer/article-id.ts';

describe('article ids', () => {
  it('drop the extension and keep letters, digits, - and _', () => {
    assert.equal(baseArticleId('000_f7c7ebc26e647ea3.txt'), '000_f7c7ebc26e647ea3');
  });

  it('replace folders, spaces and punctuation with single dashes', () => {
    assert.equal(baseArticleId('world/2012/Gaza truce (update).txt'), 'world-2012-Gaza-truce-update');
    assert.equal(baseArticleId('über/naïve café.md'), 'ber-na-ve-caf');
  });

  it('are stable: the same path always gives the same id', () => {
    assert.equal(baseArticleId('a/b c.txt'), baseArticleId('a/b c.txt'));
  });

  it('cut very long paths and append a hash so they stay unique and short', () => {
    const long = `${'very-long-folder-name/'.repeat(8)}story.txt`;
    const id = baseArticleId(long);
    assert.ok(Buffer.byteLength(id) <= MAX_ID_BYTES);
    assert.match(id, /-[0-9a-f]{8}$/);
    assert.notEqual(id, baseArticleId(long.replace('story', 'other')));
  });

  it('give a hashed id to a path with no usable characters', () => {
    assert.match(baseArticleId('¿¡.txt'), /^article-[0-9a-f]{8}$/);
  });

  it('append a hash when two paths collide, leaving the plainly named one alone', () => {
    const ids = assignArticleIds(['a b.txt', 'a-b.txt', 'c.txt']);
    assert.equal(ids.get('a-b.txt'), 'a-b');
    assert.match(ids.get('a b.txt')!, /^a-b-[0-9a-f]{8}$/);
    assert.equal(ids.get('c.txt'), 'c');
  });

  it('keep the ids of the same name in two formats apart', () => {
    const ids = assignArticleIds(['story.md', 'story.txt']);
    assert.equal(new Set(ids.values()).size, 2);
  });
});

describe('article ids ignoring case', () => {
  it('never differ only in case: one keeps its readable id, the other gets a hash', () => {
    const ids = assignArticleIds(['world/report.txt', 'world/Report.txt', 'world/other.txt']);
    assert.equal(ids.get('world/Report.txt'), 'world-Report');
    assert.match(ids.get('world/report.txt')!, /^world-report-[0-9a-f]{8}$/);
    assert.equal(ids.get('world/other.txt'), 'world-other');
    const lower = [...ids.values()].map((id) => id.toLowerCase());
    assert.equal(new Set(lower).size, lower.length);
  });

  it('give the same ids whatever order the paths come in', () => {
    const a = assignArticleIds(['x/Y.txt', 'x/y.txt', 'x/y.md']);
    const b = assignArticleIds(['x/y.md', 'x/y.txt', 'x/Y.txt']);
    assert.deepEqual([...a].sort(), [...b].sort());
    assert.equal(new Set([...a.values()].map((id) => id.toLowerCase())).size, 3);
  });
});

describe('record ids within one file', () => {
  it('that differ only in case do not collide', async () => {
    const { readJsonLines } = await import('../../indexer/read/formats/records.ts');
    const read = readJsonLines(['{"id":"ABC","text":"One."}', '{"id":"abc","text":"Two."}'].join('\n'));
    assert.equal(read.kind, 'records');
    if (read.kind !== 'records') return;
    const keys = read.records.map((r) => r.key);
    assert.equal(new Set(keys.map((k) => k.toLowerCase())).size, 2, keys.join(', '));
    assert.equal(keys[0], 'ABC');
  });
});
