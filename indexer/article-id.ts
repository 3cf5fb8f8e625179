/**
 * Article ids: derived from the corpus path so they stay the same across reindexing (links to
 * `/articles/<id>` keep working), readable, and safe for Meilisearch (letters, digits, `-`, `_`).
 */
import { createHash } from 'node:crypto';

/** Longest id kept as is; longer ones are cut and made unique with a hash. Paragraph ids add `-<position>`. */
export const MAX_ID_BYTES = 100;
const HASH_LENGTH = 8;

/** The readable id for one path, before collision handling. */
export function baseArticleId(source: string): string {
  const withoutExt = source.replace(/\.[^./]*$/, '');
  const id = withoutExt
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') return `article-${shortHash(source)}`;
  if (id.length > MAX_ID_BYTES) return `${id.slice(0, MAX_ID_BYTES - HASH_LENGTH - 1).replace(/-+$/, '')}-${shortHash(source)}`;
  return id;
}

/**
 * Ids for a whole corpus. When two paths reduce to the same id ("a b.txt", "a-b.txt", "a.md"),
 * the path that needed no rewriting keeps the plain id (else the first in sorted order), and the
 * others get a hash of their full path appended.
 */
export function assignArticleIds(sources: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const source of sources) {
    const base = baseArticleId(source);
    byBase.set(base, [...(byBase.get(base) ?? []), source]);
  }
  const ids = new Map<string, string>();
  for (const [base, group] of byBase) {
    const sorted = [...group].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const keeper = sorted.find((s) => s.replace(/\.[^./]*$/, '') === base) ?? sorted[0]!;
    for (const source of sorted) {
      ids.set(source, source === keeper ? base : `${base.slice(0, MAX_ID_BYTES - HASH_LENGTH - 1)}-${shortHash(source)}`);
    }
  }
  return ids;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}
