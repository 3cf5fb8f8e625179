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
 * Ids for a whole corpus, unique even ignoring case: Meilisearch's filters compare strings without
 * case, so `world/Report.txt` and `world/report.txt` must not become `world-Report` and
 * `world-report` (the embedded engine gets the same ids: one rule for both). When two paths reduce
 * to the same id, case aside ("a b.txt", "a-b.txt", "A-b.md"), the path that needed no rewriting
 * keeps its plain id (else the first in sorted order), and the others get a hash of their full
 * path appended.
 */
export function assignArticleIds(sources: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const source of sources) {
    const key = baseArticleId(source).toLowerCase();
    let group = byBase.get(key);
    if (group === undefined) byBase.set(key, (group = []));
    group.push(source);
  }
  const ids = new Map<string, string>();
  for (const group of byBase.values()) {
    const sorted = group.length === 1 ? group : [...group].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const keeper = sorted.find((s) => s.replace(/\.[^./]*$/, '') === baseArticleId(s)) ?? sorted[0]!;
    for (const source of sorted) {
      const base = baseArticleId(source);
      ids.set(source, source === keeper ? base : `${base.slice(0, MAX_ID_BYTES - HASH_LENGTH - 1)}-${shortHash(source)}`);
    }
  }
  return ids;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}
