/**
 * Whether searches collapse copies by default (server/copies-default.ts, issue 24): on once the
 * index has copies, asked of the engine once and again only when the index has changed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CopyStats, EngineStats, SearchEngine } from '../../engine/contract/types.ts';
import { collapseByDefault, REFRESH_MS } from '../../server/copies-default.ts';

/** Only the two calls the default uses; each counts how often it is asked. */
function engineWith(state: { stats: EngineStats; groups: number; fail?: boolean }) {
  const asked = { stats: 0, copyStats: 0 };
  const engine = {
    async stats(): Promise<EngineStats> {
      asked.stats++;
      if (state.fail) throw new Error('down');
      return state.stats;
    },
    async copyStats(): Promise<CopyStats> {
      asked.copyStats++;
      return { groups: state.groups, paragraphs: state.groups * 2, largest: null };
    },
  } as unknown as SearchEngine;
  return { engine, asked };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('collapse copies by default', () => {
  it('is on once the index has copies, off while it has none', async () => {
    const withCopies = engineWith({ stats: { articles: 2, paragraphs: 4, builtAt: 'a' }, groups: 1 });
    const without = engineWith({ stats: { articles: 2, paragraphs: 4, builtAt: 'a' }, groups: 0 });
    assert.equal(await collapseByDefault(withCopies.engine), true);
    assert.equal(await collapseByDefault(without.engine), false);
  });

  it('asks once for requests arriving together, then answers from memory', async () => {
    const { engine, asked } = engineWith({ stats: { articles: 1, paragraphs: 1, builtAt: 'a' }, groups: 3 });
    const answers = await Promise.all([collapseByDefault(engine), collapseByDefault(engine), collapseByDefault(engine)]);
    assert.deepEqual(answers, [true, true, true]);
    assert.equal(await collapseByDefault(engine), true);
    assert.deepEqual(asked, { stats: 1, copyStats: 1 });
  });

  it('looks again after REFRESH_MS, counting the groups again only when the index changed', async () => {
    const state = { stats: { articles: 1, paragraphs: 1, builtAt: 'a' }, groups: 0 };
    const { engine, asked } = engineWith(state);
    assert.equal(await collapseByDefault(engine), false);
    const later = Date.now() + REFRESH_MS;
    assert.equal(await collapseByDefault(engine, later), false, 'the request in hand does not wait');
    await settle();
    assert.deepEqual(asked, { stats: 2, copyStats: 1 }, 'same index: no second count');
    // The indexer adds copies.
    Object.assign(state, { stats: { articles: 2, paragraphs: 2, builtAt: 'b' }, groups: 1 });
    assert.equal(await collapseByDefault(engine, later + REFRESH_MS), false);
    await settle();
    await settle();
    assert.equal(await collapseByDefault(engine), true);
    assert.deepEqual(asked, { stats: 3, copyStats: 2 });
  });

  it('says off when the engine cannot answer, and asks again next time', async () => {
    const state = { stats: { articles: 1, paragraphs: 1, builtAt: 'a' }, groups: 2, fail: true };
    const { engine } = engineWith(state);
    assert.equal(await collapseByDefault(engine), false);
    state.fail = false;
    assert.equal(await collapseByDefault(engine), true);
  });
});
