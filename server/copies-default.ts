/**
 * Whether a search collapses copies when its URL does not say (issue 24): on once the corpus has
 * copies, off while it has none. `dedupe=1|0` in a URL always overrides it (search-params.ts).
 *
 * The engine says so in `stats().hasCopies`, which every write keeps (SQLite: one probe of the
 * copy_group index; Meilisearch: a flag in the index's meta document, read with the counts) — so
 * no pass over the copy groups here. Still a read per look (an HTTP round trip on Meilisearch), so
 * it is looked at no more than every REFRESH_MS: requests meanwhile use the last answer and never
 * wait for a look; only the very first waits.
 */
import type { SearchEngine } from '../engine/contract/types.ts';

export const REFRESH_MS = 10_000;

interface Known {
  collapse: boolean;
  checkedAt: number;
  looking: Promise<boolean> | null;
}

const known = new WeakMap<SearchEngine, Known>();
/** The first look, shared by the requests that arrive while it runs. */
const first = new WeakMap<SearchEngine, Promise<boolean>>();

async function look(engine: SearchEngine): Promise<boolean> {
  const collapse = (await engine.stats()).hasCopies;
  known.set(engine, { collapse, checkedAt: Date.now(), looking: null });
  return collapse;
}

/**
 * The default for this engine's index. An engine that cannot answer (Meilisearch down) gives
 * "off" for now and is asked again on the next request.
 */
export async function collapseByDefault(engine: SearchEngine, now = Date.now()): Promise<boolean> {
  const state = known.get(engine);
  if (state === undefined) {
    let pending = first.get(engine);
    if (pending === undefined) {
      pending = look(engine)
        .catch(() => false)
        .finally(() => first.delete(engine));
      first.set(engine, pending);
    }
    return pending;
  }
  if (state.looking === null && now - state.checkedAt >= REFRESH_MS) {
    state.looking = look(engine).catch(() => {
      state.looking = null;
      state.checkedAt = Date.now();
      return state.collapse;
    });
  }
  return state.collapse;
}

/** Forget what was learned about an engine (tests that change an index under a running app). */
export function forgetCopiesDefault(engine: SearchEngine): void {
  known.delete(engine);
  first.delete(engine);
}
