import { isBrief } from '../text/brief.ts';
import { tokenize } from '../query/parse.ts';
import { ArticleHit, ParagraphHit, readAs } from './responses.ts';
import {
  UNKNOWN_YEAR,
  type SynonymRules,
  type ArticleInput,
  type ArticleMeta,
  type CopyOf,
  type DroppedLine,
  type ParagraphDoc,
} from '../contract/types.ts';
import { paragraphId } from '../contract/paragraph-id.ts';

/**
 * What we store in Meilisearch. Besides the contract's `ParagraphDoc` fields, a paragraph carries:
 * - `yearFacet`: the year as a string, `"unknown"` when missing. Meilisearch cannot facet or filter
 *   on a missing value directly, and the contract reports missing years under `UNKNOWN_YEAR`; the
 *   numeric `year` stays for display and sorting.
 * - `dateOrdinal`: `YYYYMMDD` as a number, with missing month/day as 00, so partial ISO dates sort
 *   (a bare "2012" sorts before any day in 2012). Absent when the date is unknown, which
 *   Meilisearch sorts after every dated document in both directions.
 */
export interface ParagraphDocument extends ParagraphDoc {
  yearFacet: string;
  dateOrdinal?: number;
  /** Paragraphs in the article, for "¶ 7 of 19" without a second lookup. */
  articleParagraphs: number;
  /** 1 for a heading or a short line (engine/text/brief.ts): the `brief:asc` ranking rule puts it after body paragraphs. */
  brief: 0 | 1;
  /** The article's place in index order (copies.ts): copy groups are led by the earliest. */
  copySeq: number;
  /** The copy fingerprint (copies.ts), absent for a paragraph with no words. */
  copySig?: string;
}

/** What the copy grouping settled for an article, stored on its documents (copies.ts). */
export interface ArticleCopies {
  seq: number;
  /** Each paragraph's group id and fingerprint, in the article's paragraph order. */
  groups: string[];
  sigs: Array<string | null>;
  copyOf: CopyOf | null;
}

/** Article-level metadata lives in a second index, one document per article plus one meta record. */
export interface ArticleDocument extends ArticleMeta {
  docType: 'article';
  paragraphCount: number;
  dropped: DroppedLine[];
  copySeq: number;
  copyOf: CopyOf | null;
}

/** Facts about the index as a whole, kept in the articles index so a search-only key can read them. */
export interface MetaDocument {
  id: typeof META_ID;
  docType: 'meta';
  builtAt: string;
  articles: number;
  paragraphs: number;
  /** Some copy group has two paragraphs or more (EngineStats.hasCopies); absent in indexes written before it was kept. */
  hasCopies?: boolean;
}

export const META_ID = '__paragraph_search_meta__';

/**
 * The index's vocabulary (every word of the paragraph texts, tokenized as queries are, with its
 * paragraph count), in chunks, for "did you mean" suggestions: Meilisearch offers no spelling
 * suggestions of its own, and the embedded engine suggests from its index vocabulary the same way.
 */
export interface VocabularyDocument {
  id: string;
  docType: 'vocab';
  words: string[];
  docs: number[];
}

/** The synonym rules the index was built with, readable with a search-only key. */
export interface SynonymsDocument {
  id: typeof SYNONYMS_ID;
  docType: 'synonyms';
  rules: SynonymRules;
}

export const SYNONYMS_ID = '__paragraph_search_synonyms__';
export const VOCABULARY_CHUNK = 10_000;

export function vocabularyDocuments(counts: Map<string, number>): VocabularyDocument[] {
  const entries = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: VocabularyDocument[] = [];
  for (let i = 0; i < entries.length; i += VOCABULARY_CHUNK) {
    const chunk = entries.slice(i, i + VOCABULARY_CHUNK);
    out.push({
      id: `__paragraph_search_vocab_${out.length}__`,
      docType: 'vocab',
      words: chunk.map(([w]) => w),
      docs: chunk.map(([, n]) => n),
    });
  }
  return out;
}

/** Adds each distinct word of the paragraphs to the counts. */
export function countWords(counts: Map<string, number>, paragraphs: Array<{ text: string }>): void {
  for (const p of paragraphs) for (const w of new Set(tokenize(p.text))) counts.set(w, (counts.get(w) ?? 0) + 1);
}

/** Takes each distinct word of the paragraphs off the counts; a word no paragraph has any more goes. */
export function uncountWords(counts: Map<string, number>, paragraphs: Array<{ text: string }>): void {
  for (const p of paragraphs) {
    for (const w of new Set(tokenize(p.text))) {
      const n = (counts.get(w) ?? 0) - 1;
      if (n > 0) counts.set(w, n);
      else counts.delete(w);
    }
  }
}

/** Counts from stored vocabulary documents (in any order). */
export function vocabularyCounts(docs: Array<Partial<VocabularyDocument>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    if (!Array.isArray(doc.words) || !Array.isArray(doc.docs)) continue;
    doc.words.forEach((w, i) => counts.set(w, doc.docs![i] ?? 0));
  }
  return counts;
}

export function dateOrdinal(date: string | null): number | undefined {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return undefined;
  const [, y, m, d] = match;
  return Number(y) * 10_000 + Number(m ?? 0) * 100 + Number(d ?? 0);
}

export function yearFacet(year: number | null): string {
  return year === null || !Number.isFinite(year) ? UNKNOWN_YEAR : String(year);
}

export function toParagraphDocuments(article: ArticleInput, copies: ArticleCopies): ParagraphDocument[] {
  const ordinal = dateOrdinal(article.date);
  return article.paragraphs.map((p, i) => {
    const doc: ParagraphDocument = {
      id: paragraphId(article.id, p.position),
      articleId: article.id,
      position: p.position,
      kind: p.kind,
      text: p.text,
      title: article.title,
      outlet: article.outlet,
      year: article.year,
      date: article.date,
      language: article.language,
      yearFacet: yearFacet(article.year),
      articleParagraphs: article.paragraphs.length,
      brief: isBrief(p.kind, p.text) ? 1 : 0,
      copyGroup: copies.groups[i]!,
      copySeq: copies.seq,
    };
    if (ordinal !== undefined) doc.dateOrdinal = ordinal;
    const sig = copies.sigs[i];
    if (sig !== null && sig !== undefined) doc.copySig = sig;
    return doc;
  });
}

export function toArticleDocument(article: ArticleInput, copies: Pick<ArticleCopies, 'seq' | 'copyOf'>): ArticleDocument {
  if (article.id === META_ID || article.id === SYNONYMS_ID || /^__paragraph_search_vocab_\d+__$/.test(article.id)) {
    throw new Error(`article id ${article.id} is reserved`);
  }
  const { paragraphs, dropped, ...meta } = article;
  return { ...meta, docType: 'article', paragraphCount: paragraphs.length, dropped, copySeq: copies.seq, copyOf: copies.copyOf };
}

/** Strip our storage-only fields so callers see exactly the contract's `ArticleMeta` (checked: responses.ts). */
export function toArticleMeta(doc: Record<string, unknown>): ArticleMeta {
  const d = readAs(ArticleHit, doc, 'an article document');
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    outlet: d.outlet,
    agency: d.agency,
    carriedBy: d.carriedBy,
    date: d.date,
    year: d.year,
    url: d.url,
    language: d.language,
    provenance: d.provenance,
    hints: d.hints,
    contentHash: d.contentHash,
  };
}

/** A paragraph hit as the contract's `ParagraphDoc` (checked: responses.ts). */
export function toParagraphDoc(doc: Record<string, unknown>): ParagraphDoc {
  const d = readAs(ParagraphHit, doc, 'a paragraph document');
  return {
    id: d.id,
    articleId: d.articleId,
    position: d.position,
    kind: d.kind,
    text: d.text,
    title: d.title,
    outlet: d.outlet,
    year: d.year,
    date: d.date,
    language: d.language,
    copyGroup: d.copyGroup ?? d.id,
  };
}
