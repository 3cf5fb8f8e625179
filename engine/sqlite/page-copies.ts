/**
 * The copies lines of a collapsed page ("also in 3 other articles (2 outlets: AFP, Reuters)",
 * contract/hit-copies.ts): for each page row, its copy group's other members among the counted
 * matches, as paragraphs, distinct other articles and outlets by frequency.
 *
 * Counted with scratch typed arrays, with no object per copy: a group in a syndicated corpus has tens of
 * members, and building a `{ article, outlet }` per member with a Set and a Map per row was most
 * of what a collapsed search allocated (issue 24: ~160 KB per first-seen search at a million
 * paragraphs, 150 MB more than the plain side over 1,900 queries), garbage that made the search
 * thread collect more often than the plain one. The answer is `hitCopies`' to the byte.
 */
import type { HitCopies } from '../contract/types.ts';
import type { Snapshot } from './snapshot.ts';

/** A page row's copies line (see `HitCopies`). */
export type CopiesOf = (rowid: number) => HitCopies;

/** What the count reads of the snapshot. */
export type CopySource = Pick<Snapshot, 'copyGroupOf' | 'articleOf' | 'outletCode' | 'outlets'>;

/**
 * Each page row's copies among `matches` (ascending rowids, the page rows among them). `slots` is
 * one entry per copy-group rowid, zero on entry, and left zeroed (the workspace's `groupBest`).
 */
export function pageCopies(snap: CopySource, slots: Uint32Array, matches: Uint32Array, page: ArrayLike<number>): CopiesOf {
  const { copyGroupOf } = snap;
  // The page's groups numbered 1..n in `slots`, each with its members among the matches
  // (ascending): one pass over the matches, one typed-array read each.
  const members: number[][] = [];
  for (let i = 0; i < page.length; i++) {
    const g = copyGroupOf[page[i]!]!;
    if (slots[g] === 0) slots[g] = members.push([]);
  }
  for (let i = 0; i < matches.length; i++) {
    const s = slots[copyGroupOf[matches[i]!]!]!;
    if (s !== 0) members[s - 1]!.push(matches[i]!);
  }
  const lines = new Map<number, HitCopies>();
  const counter = new CopyCounter(snap, Math.max(0, ...members.map((m) => m.length)));
  for (let i = 0; i < page.length; i++) {
    const row = page[i]!;
    if (!lines.has(row)) lines.set(row, counter.line(members[slots[copyGroupOf[row]!]! - 1]!, row));
  }
  for (let i = 0; i < page.length; i++) slots[copyGroupOf[page[i]!]!] = 0;
  // A row not on the page has no group counted: no copies, as hitCopies of none says.
  return (rowid) => lines.get(rowid) ?? { count: 0, articles: 0, outlets: [] };
}

/** Scratch arrays for one page's lines, reused row after row. */
class CopyCounter {
  private readonly articles: Uint32Array;
  /** Per outlet code: copies counted for the current row (zero between rows). */
  private readonly perOutlet: Uint32Array;
  private readonly outletsMet: number[] = [];

  constructor(
    private readonly snap: CopySource,
    largestGroup: number,
  ) {
    this.articles = new Uint32Array(largestGroup);
    this.perOutlet = new Uint32Array(snap.outlets.length);
  }

  /** `row`'s line from its group's `members` (which hold it): `hitCopies` of the others. */
  line(members: readonly number[], row: number): HitCopies {
    const { articleOf, outletCode, outlets } = this.snap;
    const { perOutlet, outletsMet } = this;
    const own = articleOf[row]!;
    let count = 0;
    let others = 0;
    for (let i = 0; i < members.length; i++) {
      const r = members[i]!;
      if (r === row) continue;
      count++;
      const a = articleOf[r]!;
      if (a !== own) this.articles[others++] = a;
      const o = outletCode[r]!;
      if (perOutlet[o]!++ === 0) outletsMet.push(o);
    }
    // Distinct articles: sorted, each new value counted once.
    const seen = this.articles.subarray(0, others).sort();
    let articles = 0;
    for (let i = 0; i < seen.length; i++) if (i === 0 || seen[i] !== seen[i - 1]) articles++;
    // Most copies first, then by name, as hitCopies orders them.
    outletsMet.sort((x, y) => perOutlet[y]! - perOutlet[x]! || (outlets[x]! < outlets[y]! ? -1 : 1));
    const names = outletsMet.map((o) => outlets[o]!);
    for (const o of outletsMet) perOutlet[o] = 0;
    outletsMet.length = 0;
    return { count, articles, outlets: names };
  }
}
