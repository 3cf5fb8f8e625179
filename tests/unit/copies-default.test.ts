/**
 * Whether searches collapse copies by default (server/copies-default.ts, issue 24): on once the
 * index has copies, as the engine's stats say; asked once, then again at most every REFRESH_MS.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CopyStats, EngineStats, SearchEngine } from '../../engine/contract/types.ts';
import { collapseByDefault, REFRESH_MS } from '../../server/copies-default.ts';

/** Only the calls the default might use; each counts how often it is asked. */
function engineWith(state: { hasCopies: boolean; fail?: boolean }) {
  const asked = { stats: 0, copyStats: 0 };
  const engine = {
    async stats(): Promise<EngineStats> {
      asked.stats++;
      if (state.fail) throw new Error('down');
      return { articles: 2, paragraphs: 4, builtAt: 'a', hasCopies: state.hasCopies };
    },
    async copyStats(): Promise<CopyStats> {
      asked.copyStats++;
      return { groups: 1, paragraphs: 2, largest: null };
    },
  } as unknown as SearchEngine;
  return { engine, asked };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('collapse copies by default', () => {
  it("is on once the index has copies, off while it has none, from the engine's stats alone", async () => {
    const withCopies = engineWith({ hasCopies: true });
    const without = engineWith({ hasCopies: false });
    assert.equal(await collapseByDefault(withCopies.engine), true);
    assert.equal(await collapseByDefault(without.engine), false);
    assert.deepEqual([withCopies.asked.copyStats, without.asked.copyStats], [0, 0], 'no pass over the copy groups');
  });

  it('asks once for requests arriving together, then answers from memory', async () => {
    const { engine, asked } = engineWith({ hasCopies: true });
    const answers = await Promise.all([collapseByDefault(engine), collapseByDefault(engine), collapseByDefault(engine)]);
    assert.deepEqual(answers, [true, true, true]);
    assert.equal(await collapseByDefault(engine), true);
    assert.deepEqual(asked, { stats: 1, copyStats: 0 });
  });

  it('looks again after REFRESH_MS without making the request in hand wait', async () => {
    const state = { hasCopies: false };
    const { engine, asked } = engineWith(state);
    assert.equal(await collapseByDefault(engine), false);
    state.hasCopies = true; // the indexer adds copies
    assert.equal(await collapseByDefault(engine, Date.now() + REFRESH_MS / 2), false);
    assert.equal(asked.stats, 1, 'not before REFRESH_MS');
    assert.equal(await collapseByDefault(engine, Date.now() + REFRESH_MS), false, 'the request in hand does not wait');
    await settle();
    assert.equal(await collapseByDefault(engine), true);
    assert.equal(asked.stats, 2);
  });

  it('says off when the engine cannot answer, and asks again next time', async () => {
    const state = { hasCopies: true, fail: true };
    const { engine } = engineWith(state);
    assert.equal(await collapseByDefault(engine), false);
    state.fail = false;
    assert.equal(await collapseByDefault(engine), true);
  });
});
