/** Every array of a search's workspace (engine/sqlite/workspace.ts), each made by reading it. */
import type { Workspace } from '../../engine/sqlite/workspace.ts';

export const everyWorkspaceArray = (ws: Workspace): Array<Uint8Array | Uint32Array> => [
  ws.rowidMarks,
  ws.matchedUnits,
  ws.costs,
  ws.nearMarks,
  ws.articleHits,
  ws.articleBest,
  ws.articleSeen,
  ws.groupBest,
];
