/**
 * The node flags the start-up indexing child (server/prepare-index.ts) gets: the serving process's
 * own (under tsx, its loader) without the two that size the serving heaps. The small young
 * generation would have indexing, which makes garbage fast, spend its time collecting it; the old
 * generation's cap exists to keep V8's growing factor low for heaps that live at 16–20 MB
 * (docs/operations.md, "How far V8 lets a heap grow"), and the indexer's heap is neither small
 * nor to be squeezed.
 */
const SERVING_ONLY = ['--max-semi-space-size', '--max-old-space-size'];

export function indexerFlags(execArgv: readonly string[]): string[] {
  // V8 reads `_` and `-` alike in a flag's name.
  return execArgv.filter((flag) => !SERVING_ONLY.some((name) => flag.replace(/_/g, '-').startsWith(name)));
}
