/**
 * One search's working arrays, passed explicitly to each step of the search. A search holds its
 * workspace alone, and gets it zeroed: fresh, or cleared whole by the pool below after the last
 * search, never by that search undoing its own writes (the snapshot once held these arrays and
 * every exit path had to zero the entries it wrote: one missed reset would have corrupted later
 * results silently). Each array is made on first use (most searches need only a few), or all at
 * once when a search worker opens a snapshot (`reserve`).
 */
import type { Snapshot } from './snapshot.ts';

export class Workspace {
  #rowidMarks: Uint8Array | null = null;
  #matchedUnits: Uint8Array | null = null;
  #costs: Uint8Array | null = null;
  #nearMarks: Uint8Array | null = null;
  #articleHits: Uint32Array | null = null;
  #articleBest: Uint32Array | null = null;
  #articleSeen: Uint8Array | null = null;
  #groupBest: Uint32Array | null = null;
  #scored = false;
  /** One bit per array above, set when a search reads or writes it: only those need clearing. */
  #dirty = 0;

  /** `rows`: one past the largest paragraph rowid; `articles`: one past the largest article rowid. */
  constructor(
    readonly rows: number,
    readonly articles: number,
  ) {}

  static of(snap: Snapshot): Workspace {
    return new Workspace(snap.size, snap.articleParagraphs.length);
  }

  /** Per rowid: a mark a step sets and clears within the search (exclusions, filters, sorting). */
  get rowidMarks(): Uint8Array {
    this.#dirty |= 1;
    return (this.#rowidMarks ??= new Uint8Array(this.rows));
  }

  /** Per rowid: how many leading query units matched (matching strategy "last"). */
  get matchedUnits(): Uint8Array {
    this.#dirty |= 2;
    this.#scored = true;
    return (this.#matchedUnits ??= new Uint8Array(this.rows));
  }

  /** Per rowid: how many of those units matched only through a variant. */
  get costs(): Uint8Array {
    this.#dirty |= 4;
    this.#scored = true;
    return (this.#costs ??= new Uint8Array(this.rows));
  }

  /** Per rowid: 1 where the query's words sit close together (plan.near). */
  get nearMarks(): Uint8Array {
    this.#dirty |= 8;
    return (this.#nearMarks ??= new Uint8Array(this.rows));
  }

  /** Per article rowid: matches counted in it (cleared by a step that counts again). */
  get articleHits(): Uint32Array {
    this.#dirty |= 16;
    return (this.#articleHits ??= new Uint32Array(this.articles));
  }

  /** Per article rowid, grouped by article: its best bucket key + 1. */
  get articleBest(): Uint32Array {
    this.#dirty |= 32;
    return (this.#articleBest ??= new Uint32Array(this.articles));
  }

  /** Per article rowid, grouped by article: 1 once the article is on the page. */
  get articleSeen(): Uint8Array {
    this.#dirty |= 64;
    return (this.#articleSeen ??= new Uint8Array(this.articles));
  }

  /** Per copy-group rowid, collapsing copies: the group's chosen row. */
  get groupBest(): Uint32Array {
    this.#dirty |= 128;
    return (this.#groupBest ??= new Uint32Array(this.rows));
  }

  /**
   * Every array made now, zeroed (called on a new or cleared workspace: nothing is marked used). A worker does this when it
   * opens a snapshot, so the first searches of a spike do not grow its memory by ~10 bytes per
   * paragraph (1M paragraphs: ~10 MB a worker, see docs/operations.md).
   */
  reserve(): Workspace {
    const arrays = [
      (this.#rowidMarks ??= new Uint8Array(this.rows)),
      (this.#matchedUnits ??= new Uint8Array(this.rows)),
      (this.#costs ??= new Uint8Array(this.rows)),
      (this.#nearMarks ??= new Uint8Array(this.rows)),
      (this.#articleHits ??= new Uint32Array(this.articles)),
      (this.#articleBest ??= new Uint32Array(this.articles)),
      (this.#articleSeen ??= new Uint8Array(this.articles)),
      (this.#groupBest ??= new Uint32Array(this.rows)),
    ];
    // Written, not just allocated: a big zeroed allocation is pages the kernel maps on first write,
    // so untouched arrays would still join the process's resident memory during the spike.
    for (const array of arrays) array.fill(0);
    return this;
  }

  /** Whether a step recorded units per row (`matchedUnits`/`costs` made): readers otherwise take every row as exact. */
  get scored(): boolean {
    return this.#scored;
  }

  /**
   * Every array the search used zeroed whole, as if new, and `scored` false: a workspace goes back
   * to the pool only through here (WorkspacePool), so the next search can see nothing of this one.
   */
  clear(): Workspace {
    const arrays = [
      this.#rowidMarks,
      this.#matchedUnits,
      this.#costs,
      this.#nearMarks,
      this.#articleHits,
      this.#articleBest,
      this.#articleSeen,
      this.#groupBest,
    ];
    arrays.forEach((array, i) => {
      if ((this.#dirty & (1 << i)) !== 0) array?.fill(0);
    });
    this.#dirty = 0;
    this.#scored = false;
    return this;
  }
}

/**
 * Workspaces for one snapshot's searches, lent one per search and cleared whole on return. A new
 * workspace per search cost ~10% more CPU on warm searches (allocating and collecting arrays the
 * size of the index each time); clearing an array whole costs about what allocating it zeroed
 * does, without the garbage. Searches of one snapshot run one at a time (better-sqlite3 is
 * synchronous), so the pool rarely holds more than one.
 */
export class WorkspacePool {
  readonly #free: Workspace[] = [];

  /** A workspace for `snap` with every array made, ready in the pool for the next search (see Workspace.reserve). */
  reserve(snap: Snapshot): void {
    const ws = this.#free.find((w) => w.rows === snap.size && w.articles === snap.articleParagraphs.length);
    if (ws !== undefined) ws.reserve();
    else this.#free.push(Workspace.of(snap).reserve());
  }

  /** `work` with a workspace of its own for `snap`, zeroed; cleared and returned after, however `work` ends. */
  use<T>(snap: Snapshot, work: (ws: Workspace) => T): T {
    let ws = this.#free.pop();
    if (ws === undefined || ws.rows !== snap.size || ws.articles !== snap.articleParagraphs.length) ws = Workspace.of(snap);
    try {
      return work(ws);
    } finally {
      this.#free.push(ws.clear());
    }
  }
}
