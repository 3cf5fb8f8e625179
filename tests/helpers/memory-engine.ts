/**
 * An index in memory for the indexer's own tests: enough of the engine contract for full and
 * incremental runs, recording which sources were upserted. The search side is not used.
 */
import assert from 'node:assert/strict';
import type { ArticleInput, ArticleSummary, SearchEngine } from '../../engine/contract/types.ts';

/** An index in memory: enough for full and incremental runs. */
export function memoryEngine(): SearchEngine & {
  articles: Map<string, ArticleInput>;
  upserted: string[];
  revised: string[];
  rehashed: string[];
} {
  const articles = new Map<string, ArticleInput>();
  const upserted: string[] = [];
  const revised: string[] = [];
  const rehashed: string[] = [];
  const unused = async () => assert.fail('not used by the indexer');
  return {
    name: 'sqlite',
    parallelism: 1,
    articles,
    upserted,
    revised,
    rehashed,
    async replaceAll(input) {
      articles.clear();
      for await (const a of input as AsyncIterable<ArticleInput>) articles.set(a.id, a);
      return { articles: articles.size, paragraphs: 0 };
    },
    async upsertArticles(input) {
      for (const a of input) {
        articles.set(a.id, a);
        upserted.push(a.source);
      }
    },
    // A Map keeps a replaced key where it was: its place in index order.
    async reviseArticles(input) {
      for (const a of input) {
        articles.set(a.id, a);
        revised.push(a.source);
      }
    },
    async rehashArticles(hashes) {
      for (const { id, contentHash } of hashes) {
        const stored = articles.get(id);
        if (stored) {
          articles.set(id, { ...stored, contentHash });
          rehashed.push(stored.source);
        }
      }
    },
    async deleteArticles(ids) {
      for (const id of ids) articles.delete(id);
    },
    async listArticles() {
      return [...articles.values()].map(
        ({ paragraphs, dropped: _dropped, ...meta }) => ({ ...meta, paragraphs: paragraphs.length }) as ArticleSummary,
      );
    },
    setSynonyms: async () => {},
    search: unused,
    refusing: () => {},
    ready: async () => {},
    getArticle: unused,
    stats: unused,
    copyStats: async () => ({ groups: 0, paragraphs: 0, largest: null }),
    health: unused,
    close: async () => {},
  };
}
