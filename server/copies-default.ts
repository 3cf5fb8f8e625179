/**
 * Whether a search collapses copies when its URL does not say (issue 24): on once the corpus has
 * copies, off while it has none. `dedupe=1|0` in a URL always overrides it (search-params.ts).
 *
 * The engine answers through `copyStats()`, a pass over the copy groups: too slow to ask per
 * request at a million paragraphs, so it is asked once, and again only when the index has changed
 * (its build time or size, from the cheap `stats()`), looked at no more than every REFRESH_MS.
 * Requests meanwhile use the last answer and never wait for a look; only the very first waits.
 */
import type { SearchEngine } from '../engine/contract/types.ts';

export const REFRESH_MS = 30_000;

interface Known {
  /** The index the answer is for: build time, articles and paragraphs. */
  key: string;
  collapse: boolean;
  checkedAt: number;
  looking: Promise<boolean> | null;
}

const known = new WeakMap<SearchEngine, Known>();
/** The first look, shared by the requests that arrive while it runs. */
const first = new WeakMap<SearchEngine, Promise<boolean>>();

async function indexKey(engine: SearchEngine): Promise<string> {
  const stats = await engine.stats();
  return `${stats.builtAt ?? ''}|${stats.articles}|${stats.paragraphs}`;
}

async function look(engine: SearchEngine, previous: Known | undefined): Promise<boolean> {
  const key = await indexKey(engine);
  const collapse = previous !== undefined && previous.key === key ? previous.collapse : (await engine.copyStats()).groups > 0;
  known.set(engine, { key, collapse, checkedAt: Date.now(), looking: null });
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
      pending = look(engine, undefined)
        .catch(() => false)
        .finally(() => first.delete(engine));
      first.set(engine, pending);
    }
    return pending;
  }
  if (state.looking === null && now - state.checkedAt >= REFRESH_MS) {
    state.looking = look(engine, state).catch(() => {
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
