/**
 * A search worker makes, when it opens a snapshot (Generation.readyForSearches), every array its
 * searches would otherwise make on first use: the per-search workspace's and the snapshot's (every
 * rowid, both date orders). A spike of searches then finds them made, and memory stays flat.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import type { Snapshot } from '../../engine/sqlite/snapshot.ts';
import { search } from '../../engine/sqlite/search.ts';
import { type Workspace, WorkspacePool } from '../../engine/sqlite/workspace.ts';
import { copyArticles } from '../fixtures/contract/copies.ts';
import { everyWorkspaceArray } from '../helpers/workspace-arrays.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-ready-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The lengths of the typed arrays `work` makes with `new` (the global constructors, counted for its duration). */
function arraysMadeBy(work: () => void): number[] {
  const made: number[] = [];
  const originals = { Uint8Array, Uint32Array };
  const counting = <T extends typeof Uint8Array | typeof Uint32Array>(Base: T) =>
    class extends (Base as typeof Uint8Array) {
      constructor(...args: ConstructorParameters<typeof Uint8Array>) {
        super(...args);
        made.push(this.length);
      }
    } as unknown as T;
  globalThis.Uint8Array = counting(Uint8Array);
  globalThis.Uint32Array = counting(Uint32Array);
  try {
    work();
  } finally {
    Object.assign(globalThis, originals);
  }
  return made;
}

const useEvery = (ws: Workspace): void => {
  for (const array of everyWorkspaceArray(ws)) array[1] = 1;
};

describe('arrays made before the first search', () => {
  it('a reserved workspace is lent with every array made, zeroed, and cleared as before', () => {
    const pool = new WorkspacePool();
    const snap = { size: 100, articleParagraphs: new Uint32Array(10) } as unknown as Snapshot;
    assert.ok(arraysMadeBy(() => pool.use(snap, useEvery)).length > 0, 'made on first use without reserving');
    const reserved = new WorkspacePool();
    reserved.reserve(snap);
    assert.deepEqual(
      arraysMadeBy(() => reserved.use(snap, useEvery)),
      [],
    );
    reserved.use(snap, (ws) => {
      assert.ok(ws.rowidMarks.every((v) => v === 0) && ws.groupBest.every((v) => v === 0));
      assert.equal(ws.scored, false);
    });
  });

  it("a generation readied for searches makes none of the snapshot's or workspace's arrays on first use, and answers as before", async () => {
    const engine = await openSqliteEngine({ dataDir });
    await engine.replaceAll(copyArticles);
    await engine.close();
    const dir = sqliteDir(dataDir);
    const cold = new Generation(dir, readCurrent(dir)!);
    const ready = new Generation(dir, readCurrent(dir)!);
    after(() => (cold.close(), ready.close()));
    const snap = ready.readyForSearches();
    const made = arraysMadeBy(() => {
      void snap.allRowids;
      snap.dateOrder(false);
      snap.dateOrder(true);
      ready.workspaces.use(snap, useEvery);
    });
    assert.deepEqual(made, []);
    const coldSnap = cold.current();
    assert.ok(arraysMadeBy(() => coldSnap.dateOrder(true)).includes(coldSnap.size), 'a cold snapshot makes its date order on first use');
    const comparable = (g: Generation, q: string, extra: object) => JSON.stringify({ ...search(g, { q, ...extra }), tookMs: 0 });
    for (const extra of [{}, { sort: 'newest', groupByArticle: true }, { sort: 'oldest' }, { dedupe: true }])
      for (const q of ['', 'strengthened', 'crown euro', 'strengthened -margins'])
        assert.equal(comparable(ready, q, extra), comparable(cold, q, extra), `${q} ${JSON.stringify(extra)}`);
  });
});
