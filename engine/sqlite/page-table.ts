/**
 * Queries over a handful of paragraphs (a page of hits, one article) run against the temporary
 * FTS5 table `hit_marks` holding just those rows (open-generation.ts): same tokenizer, so the same
 * matches and highlights as the real index, at the cost of indexing a few rows. The rows live
 * inside a savepoint that is rolled back: committing 20 FTS5 inserts and deleting them again
 * cost ~2 ms a page (at 200k paragraphs); the rollback ~0.2 ms in all.
 */
import type { Statements } from './open-generation.ts';

/** Run `read` with `rows` ([rowid, text]) in the scratch table, which is empty again afterwards. */
export function withScratchRows<T>(st: Statements, rows: ReadonlyArray<readonly [number, string]>, read: () => T): T {
  st.markBegin.run();
  try {
    for (const [rowid, text] of rows) st.markInsert.run(rowid, text);
    return read();
  } finally {
    st.markRollback.run();
    st.markRelease.run();
  }
}
