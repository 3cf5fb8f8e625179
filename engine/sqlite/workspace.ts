/**
 * One search's working arrays, made for that search and dropped with it: nothing a search writes
 * outlives it, so no search can see another's marks, and no reset is needed on the way out (the
 * snapshot once held these arrays and every exit path had to zero what it wrote: one missed reset
 * would have corrupted later results silently). Each array is made on first use (most searches need
 * only a few); a fresh typed array is zeroed by the allocator, at a cost measured against the old
 * resets (see the issue 23 note).
 */
import type { Snapshot } from './snapshot.ts';

export class Workspace {
  #rowidMarks: Uint8Array | null = null;
  #matchedUnits: Uint8Array | null = null;
  #costs: Uint8Array | null = null;
  #nearMarks: Uint8Array | null = null;
  #articleHits: Uint32Array | null = null;
  #articleList: Uint32Array | null = null;
  #articleBest: Uint32Array | null = null;
  #articleSeen: Uint8Array | null = null;
  #groupBest: Uint32Array | null = null;

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
    return (this.#rowidMarks ??= new Uint8Array(this.rows));
  }

  /** Per rowid: how many leading query units matched (matching strategy "last"). */
  get matchedUnits(): Uint8Array {
    return (this.#matchedUnits ??= new Uint8Array(this.rows));
  }

  /** Per rowid: how many of those units matched only through a variant. */
  get costs(): Uint8Array {
    return (this.#costs ??= new Uint8Array(this.rows));
  }

  /** Per rowid: 1 where the query's words sit close together (plan.near). */
  get nearMarks(): Uint8Array {
    return (this.#nearMarks ??= new Uint8Array(this.rows));
  }

  /** Per article rowid: matches counted in it (cleared by a step that counts again). */
  get articleHits(): Uint32Array {
    return (this.#articleHits ??= new Uint32Array(this.articles));
  }

  /** The distinct articles of the matches, in order met (its first entries are used). */
  get articleList(): Uint32Array {
    return (this.#articleList ??= new Uint32Array(this.articles));
  }

  /** Per article rowid, grouped by article: its best bucket key + 1. */
  get articleBest(): Uint32Array {
    return (this.#articleBest ??= new Uint32Array(this.articles));
  }

  /** Per article rowid, grouped by article: 1 once the article is on the page. */
  get articleSeen(): Uint8Array {
    return (this.#articleSeen ??= new Uint8Array(this.articles));
  }

  /** Per copy-group rowid, collapsing copies: the group's chosen row. */
  get groupBest(): Uint32Array {
    return (this.#groupBest ??= new Uint32Array(this.rows));
  }

  /** Whether a step recorded units per row (`matchedUnits`/`costs` made): readers otherwise take every row as exact. */
  get scored(): boolean {
    return this.#matchedUnits !== null;
  }
}
