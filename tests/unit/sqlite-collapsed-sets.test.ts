/**
 * Collapsed match sets kept per snapshot (engine/sqlite/snapshot-memo.ts `collapsedMatches`): a
 * collapsed search met again with another filter, page or copy group answers as a fresh engine
 * does, and the plan's matches are collapsed once, not per search.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { CacheGuard } from '../../engine/sqlite/guarded-cache.ts';
import { Answers } from '../../engine/sqlite/snapshot-memo.ts';
import { search } from '../../engine/sqlite/search.ts';
import type { SearchRequest, SearchResult } from '../../engine/contract/types.ts';
import { copyArticles } from '../fixtures/contract/copies.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-collapsed-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const comparable = (result: SearchResult): string => JSON.stringify({ ...result, tookMs: 0 });

describe('sqlite engine: collapsed match sets', () => {
  it('answers every filter, page and copy group as a fresh engine does, collapsing a plan once', async () => {
    const engine = await openSqliteEngine({ dataDir });
    await engine.replaceAll(copyArticles);
    await engine.close();
    const dir = sqliteDir(dataDir);
    const open = () => new Generation(dir, readCurrent(dir)!);
    const fresh = (request: SearchRequest) => {
      const generation = open();
      try {
        return comparable(search(generation, request));
      } finally {
        generation.close();
      }
    };
    const reused = open();
    const group = search(reused, { q: 'strengthened', dedupe: true }).hits.find((h) => (h.copies?.count ?? 0) > 0)!.copyGroup;
    const requests: SearchRequest[] = [
      { q: 'strengthened', dedupe: true, filters: { copyGroup: group } },
      { q: 'strengthened', dedupe: true, filters: { outlet: ['The Herald'] } },
      { q: 'strengthened', dedupe: true, perPage: 1, page: 2 },
      { q: 'strengthened -margins', dedupe: true },
      { q: 'strengthened', dedupe: true, filters: { year: [2024] } },
      { q: 'strengthened', dedupe: true },
      { q: 'crown euro', dedupe: true, filters: { outlet: ['Reuters'] } },
      { q: 'crown euro', dedupe: true },
      { q: 'spillway', dedupe: true, filters: { outlet: ['Rivers Blog'] } },
      { q: 'spillway', dedupe: true, sort: 'newest' },
    ];
    for (const request of requests) assert.equal(comparable(search(reused, request)), fresh(request), JSON.stringify(request));

    // Kept: met again with another filter, the plan's matches are not collapsed again.
    let made = 0;
    const kept = reused.answers.collapsedMatches.bind(reused.answers);
    reused.answers.collapsedMatches = (key, make) => kept(key, () => (made++, make()));
    search(reused, { q: 'strengthened', dedupe: true, filters: { outlet: ['Daily Courier'] } });
    assert.equal(made, 0);
    search(reused, { q: 'lenders', dedupe: true });
    search(reused, { q: 'lenders', dedupe: true, filters: { year: [2024] }, page: 2, perPage: 1 });
    assert.equal(made, 1, 'a new plan is collapsed once');
    reused.close();
  });

  it('keeps a collapsed set without the larger buffer it was cut from (the cache sizes what it keeps)', () => {
    const answers = new Answers(new CacheGuard());
    // collapse() returns a view of a buffer as long as the uncollapsed matches.
    const uncollapsed = new Uint32Array(100_000);
    for (let i = 0; i < 10; i++) uncollapsed[i] = i * 64;
    answers.collapsedMatches('sparse', () => uncollapsed.subarray(0, 10));
    const kept = answers.collapsedMatches('sparse', () => assert.fail('collapsed again'));
    assert.deepEqual(Array.from(kept), Array.from(uncollapsed.subarray(0, 10)));
    assert.equal(kept.buffer.byteLength, kept.byteLength);
  });
});
