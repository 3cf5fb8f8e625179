/**
 * Copy groups for the Meilisearch backend: the same CopyAssigner as the embedded engine
 * (engine/text/copies.ts), over articles in index order, so both engines group the same paragraphs
 * under the same ids. Meilisearch cannot compare fingerprints itself, so each paragraph document
 * stores what the grouping needs (`copySig`, `copySeq`) and the answer (`copyGroup`, the
 * `distinct` attribute of collapsed searches). A full build groups as it streams; an in-place write
 * reads every paragraph's copy fields back and groups the whole index again (`regroupPlan`), so an
 * incremental run gives the groups a full build of the same articles in the same order would.
 */
import { CopyAssigner, fingerprint, SIG_WORDS } from '../text/copies.ts';
import { stripSentinels } from '../contract/match-ranges.ts';
import type { ArticleInput, CopyOf, CopyStats } from '../contract/types.ts';
import type { ArticleCopies } from './documents.ts';
import { paragraphId } from '../contract/paragraph-id.ts';

/** A paragraph's reference for the assigner: its article's sequence number and its position. */
const POSITION_SPAN = 2 ** 20;

/** The fingerprint as stored in a document: base64 of its SIG_WORDS little-endian words. */
export function encodeSig(sigs: Uint32Array, offset: number): string {
  return Buffer.from(sigs.buffer, sigs.byteOffset + offset * 4, SIG_WORDS * 4).toString('base64');
}

/** Decodes a stored fingerprint into `out`; false when it is missing or malformed. */
export function decodeSig(value: unknown, out: Uint32Array): boolean {
  if (typeof value !== 'string') return false;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== SIG_WORDS * 4) return false;
  new Uint8Array(out.buffer, out.byteOffset, SIG_WORDS * 4).set(bytes);
  return true;
}

/** Fingerprints of texts, one encoded string (or null: no words) per text. */
export function fingerprints(texts: readonly string[]): Array<string | null> {
  const sig = new Uint32Array(SIG_WORDS);
  return texts.map((text) => (fingerprint(text, sig, 0) ? encodeSig(sig, 0) : null));
}

export interface CopiedArticle {
  /** Each paragraph's copy group id, in the order given. */
  groups: string[];
  copyOf: CopyOf | null;
}

/** Names copy groups article by article, in index order (a full build, or a regroup pass). */
export class CopyNamer {
  private readonly assigner = new CopyAssigner();
  private readonly articleIds: string[] = [];
  private readonly sig = new Uint32Array(SIG_WORDS);
  /** Whether some paragraph so far joined an earlier one's group (EngineStats.hasCopies). */
  copied = false;

  /** The next article's groups: its paragraphs' positions and stored fingerprints, in position order. */
  article(id: string, paragraphs: ReadonlyArray<{ position: number; copySig?: string | null }>): CopiedArticle {
    const seq = this.articleIds.length;
    this.articleIds.push(id);
    const groups = paragraphs.map(({ position, copySig }) => {
      const ref = seq * POSITION_SPAN + position;
      const leader = this.assigner.paragraph(ref, seq, decodeSig(copySig, this.sig) ? this.sig : null, 0) ?? ref;
      if (leader !== ref) this.copied = true;
      return `${this.articleIds[Math.floor(leader / POSITION_SPAN)]}-${leader % POSITION_SPAN}`;
    });
    const copy = this.assigner.endArticle(seq);
    return { groups, copyOf: copy === null ? null : { id: this.articleIds[copy.article]!, shared: copy.shared } };
  }
}

/** A paragraph's copy fields as read back from the index. */
export interface StoredCopyFields {
  id: string;
  articleId: string;
  position: number;
  copySeq: number;
  copySig?: string | null;
  copyGroup?: string;
}

/** An article's stored copy fields (its document in the articles index). */
export interface StoredArticleCopy {
  id: string;
  copySeq: number;
  copyOf?: CopyOf | null;
}

export interface RegroupPlan {
  /** Partial updates for stored paragraphs whose group changed. */
  paragraphUpdates: Array<{ id: string; copyGroup: string }>;
  /** Partial updates for stored articles whose copyOf changed. */
  articleUpdates: Array<{ id: string; copyOf: CopyOf | null }>;
  /** Groups of the new paragraphs, by paragraph id; copyOf of the new articles, by article id. */
  newGroups: Map<string, string>;
  newCopyOf: Map<string, CopyOf | null>;
  /** copySeq for each new article. */
  newSeq: Map<string, number>;
  /** Whether the index, once written, has a copy group of two paragraphs or more. */
  hasCopies: boolean;
}

/** An article's new paragraphs for a regroup, each with its fingerprint, in position order. */
export interface NewParagraphs {
  articleId: string;
  paragraphs: ReadonlyArray<{ position: number; copySig: string | null }>;
}

/**
 * Groups the whole index again after an in-place write: `stored` is every paragraph left in the
 * index (the replaced and deleted articles' already taken out), `added` the new articles' paragraphs
 * (each with its fingerprint), which come after every stored article in index order. `revised`
 * are new versions of stored articles that keep their place (SearchEngine.reviseArticles): each
 * is grouped at its stored `copySeq` (its entry in `storedArticles`), with its new paragraphs
 * (its stored ones taken out of `stored`); like the added ones, their groups, copyOf and seq
 * (the stored one) are in `newGroups`, `newCopyOf` and `newSeq`.
 */
export function regroupPlan(
  stored: readonly StoredCopyFields[],
  storedArticles: readonly StoredArticleCopy[],
  added: readonly NewParagraphs[],
  revised: readonly NewParagraphs[] = [],
): RegroupPlan {
  const byArticle = new Map<string, StoredCopyFields[]>();
  for (const p of stored) {
    const list = byArticle.get(p.articleId);
    if (list === undefined) byArticle.set(p.articleId, [p]);
    else list.push(p);
  }
  const revisedBy = new Map(revised.map((a) => [a.articleId, a]));
  // A revised article is in the order even when its new version (or its stored one) has no paragraph.
  for (const a of revised) if (!byArticle.has(a.articleId)) byArticle.set(a.articleId, []);
  const articleSeq = new Map(storedArticles.map((a) => [a.id, a.copySeq]));
  const order = [...byArticle.keys()].sort((a, b) => (articleSeq.get(a) ?? 0) - (articleSeq.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  let next = storedArticles.reduce((max, a) => Math.max(max, a.copySeq), -1) + 1;
  const namer = new CopyNamer();
  const plan: RegroupPlan = {
    paragraphUpdates: [],
    articleUpdates: [],
    newGroups: new Map(),
    newCopyOf: new Map(),
    newSeq: new Map(),
    hasCopies: false,
  };
  const storedCopyOf = new Map(storedArticles.map((a) => [a.id, a.copyOf ?? null]));
  for (const articleId of order) {
    const revision = revisedBy.get(articleId);
    if (revision !== undefined) {
      const { groups, copyOf } = namer.article(articleId, revision.paragraphs);
      revision.paragraphs.forEach((p, i) => plan.newGroups.set(paragraphId(articleId, p.position), groups[i]!));
      plan.newCopyOf.set(articleId, copyOf);
      plan.newSeq.set(articleId, articleSeq.get(articleId) ?? 0);
      continue;
    }
    const paragraphs = byArticle.get(articleId)!.sort((a, b) => a.position - b.position);
    const { groups, copyOf } = namer.article(articleId, paragraphs);
    paragraphs.forEach((p, i) => {
      if (p.copyGroup !== groups[i]) plan.paragraphUpdates.push({ id: p.id, copyGroup: groups[i]! });
    });
    if (!sameCopyOf(storedCopyOf.get(articleId) ?? null, copyOf)) plan.articleUpdates.push({ id: articleId, copyOf });
  }
  for (const article of added) {
    const { groups, copyOf } = namer.article(article.articleId, article.paragraphs);
    article.paragraphs.forEach((p, i) => plan.newGroups.set(paragraphId(article.articleId, p.position), groups[i]!));
    plan.newCopyOf.set(article.articleId, copyOf);
    plan.newSeq.set(article.articleId, next++);
  }
  plan.hasCopies = namer.copied;
  return plan;
}

function sameCopyOf(a: CopyOf | null, b: CopyOf | null): boolean {
  return a === null || b === null ? a === b : a.id === b.id && a.shared === b.shared;
}

/** An article's paragraphs in position order, each with its fingerprint (as stored). */
export function fingerprinted(article: ArticleInput): Array<{ position: number; copySig: string | null }> {
  const ordered = [...article.paragraphs].sort((a, b) => a.position - b.position);
  const sigs = fingerprints(ordered.map((p) => stripSentinels(p.text)));
  return ordered.map((p, i) => ({ position: p.position, copySig: sigs[i]! }));
}

/**
 * The copy fields of an article's documents, in `article.paragraphs` order, from groups worked
 * out over its paragraphs in position order (`ordered`, from `fingerprinted`).
 */
export function articleCopies(
  article: ArticleInput,
  seq: number,
  ordered: ReadonlyArray<{ position: number; copySig: string | null }>,
  group: (position: number) => string,
  copyOf: CopyOf | null,
): ArticleCopies {
  const sigAt = new Map(ordered.map((p) => [p.position, p.copySig]));
  return {
    seq,
    groups: article.paragraphs.map((p) => group(p.position)),
    sigs: article.paragraphs.map((p) => sigAt.get(p.position) ?? null),
    copyOf,
  };
}

/** Copy stats from the copyGroup facet's counts (group id → paragraphs). */
export function copyStatsOf(counts: Record<string, number>): CopyStats {
  let groups = 0;
  let paragraphs = 0;
  let largest: CopyStats['largest'] = null;
  for (const [group, n] of Object.entries(counts)) {
    if (n < 2) continue;
    groups++;
    paragraphs += n;
    if (largest === null || n > largest.paragraphs || (n === largest.paragraphs && group < largest.group))
      largest = { group, paragraphs: n };
  }
  return { groups, paragraphs, largest };
}
