/** A search's workspace (engine/sqlite/workspace.ts): each search gets it zeroed, whatever the last one wrote or however it ended. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Snapshot } from '../../engine/sqlite/snapshot.ts';
import { WorkspacePool } from '../../engine/sqlite/workspace.ts';
import { everyWorkspaceArray } from '../helpers/workspace-arrays.ts';

const snap = (size: number, articles: number) => ({ size, articleParagraphs: new Uint32Array(articles) }) as unknown as Snapshot;

describe('search workspaces', () => {
  it('lends a zeroed workspace: the next search sees nothing of the last, even one that threw', () => {
    const pool = new WorkspacePool();
    const s = snap(100, 10);
    assert.throws(() =>
      pool.use(s, (ws) => {
        ws.rowidMarks[5] = 1;
        ws.matchedUnits[7] = 2;
        ws.costs[7] = 3;
        ws.nearMarks[9] = 1;
        ws.articleHits[3] = 4;
        ws.articleBest[3] = 2;
        ws.articleSeen[3] = 1;
        ws.groupBest[42] = 17;
        throw new Error('stopped');
      }),
    );
    pool.use(s, (ws) => {
      assert.equal(ws.scored, false, 'no units recorded yet in this search');
      for (const array of everyWorkspaceArray(ws)) assert.ok(array.every((v) => v === 0));
      assert.equal(ws.scored, true);
    });
  });

  it('makes a new workspace for a snapshot of another size', () => {
    const pool = new WorkspacePool();
    pool.use(snap(10, 2), (ws) => assert.equal(ws.rowidMarks.length, 10));
    pool.use(snap(20, 3), (ws) => assert.deepEqual([ws.rowidMarks.length, ws.articleHits.length], [20, 3]));
  });
});
