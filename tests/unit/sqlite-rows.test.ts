/** Articles made into the rows a build writes (engine/sqlite/write.ts): in position order, sentinels stripped. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripSentinels } from '../../engine/contract/match-ranges.ts';
import { toRowBatch } from '../../engine/sqlite/write.ts';
import { bodyArticle } from '../fixtures/contract/body-article.ts';

const article = (texts: string[]) => bodyArticle({ id: 'a', folder: 'news', outlet: 'Example', date: '2024-01-02', title: 'T', texts });

describe('rows of a build', () => {
  it('strips highlight sentinels wherever they stand, and leaves other text as it is', () => {
    assert.equal(stripSentinels('\u0001harbor\u0002 seal'), 'harbor seal');
    assert.equal(stripSentinels('a \u0002stray close'), 'a stray close');
    assert.equal(stripSentinels('plain text'), 'plain text');
  });

  it('writes paragraphs in position order whatever order the article lists them in', () => {
    const a = article(['first', 'second', 'third']);
    const shuffled = { ...a, paragraphs: [a.paragraphs[2]!, a.paragraphs[0]!, a.paragraphs[1]!] };
    for (const input of [a, shuffled]) {
      const batch = toRowBatch([input]);
      assert.deepEqual(batch.texts, ['first', 'second', 'third']);
      assert.deepEqual(
        [...batch.positions],
        a.paragraphs.map((p) => p.position),
      );
    }
    assert.deepEqual(
      shuffled.paragraphs.map((p) => p.text),
      ['third', 'first', 'second'],
      'the article itself is left as it was',
    );
  });
});
