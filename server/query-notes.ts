/**
 * What the page says about the query's words: the notice when a word was corrected, completed or
 * is absent ("No paragraph contains Morsi. Showing Mori instead · search for Morsi only"), and the
 * "Also spelled" options, each a link to the same search with that spelling added to (or taken
 * out of) the word as a `|` alternative: `q=Morsi|Morsy`. Words are shown as the user typed them.
 */
import { tokenize } from '../engine/query/parse.ts';
import type { SearchResult } from '../engine/contract/types.ts';
import { searchUrl, type SearchParams } from './search-params.ts';

export interface QueryNotice {
  kind: 'corrected' | 'completed' | 'absent';
  /** The word as typed. */
  word: string;
  /** What is shown instead (corrected only). */
  instead?: string;
  /** The same search with the word in quotes: taken exactly as written, never corrected or completed. */
  exactUrl: string;
}

export interface AlsoSpelled {
  word: string;
  options: Array<{ word: string; count: number; included: boolean; selected: boolean; url: string }>;
}

/** The query split on whitespace, keeping quoted phrases whole (as the parser reads them). */
function chunks(q: string): string[] {
  return q.match(/-?"[^"]*"?|\S+/g) ?? [];
}

/** The chunk of `q` that the parser read as the term starting with `word`, or -1. */
function chunkOf(parts: string[], word: string): number {
  return parts.findIndex((part) => !part.startsWith('-') && tokenize(part.split('|')[0]!)[0] === word);
}

/** `word` as the user typed it in `q` (its case and accents), or the index form when not found. */
export function asTyped(q: string, word: string): string {
  const part = chunks(q)[chunkOf(chunks(q), word)];
  if (part === undefined) return word;
  const first = part.split('|')[0]!.replace(/^"|"$/g, '');
  return tokenize(first).length === 1 ? first.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') : word;
}

/** `q` with the term of `word` replaced by `replace(chunk)`. */
function rewrite(q: string, word: string, replace: (chunk: string) => string): string {
  const parts = chunks(q);
  const at = chunkOf(parts, word);
  if (at === -1) return q;
  parts[at] = replace(parts[at]!);
  return parts.join(' ');
}

export function queryNotices(params: SearchParams, result: SearchResult): QueryNotice[] {
  const exactUrl = (word: string) => searchUrl({ ...params, q: rewrite(params.q, word, () => `"${asTyped(params.q, word)}"`), page: 1 });
  const { corrected, completed, absent } = result.reading;
  return [
    ...corrected.map(({ from, to }) => ({
      kind: 'corrected' as const,
      word: asTyped(params.q, from),
      instead: to,
      exactUrl: exactUrl(from),
    })),
    ...completed.map((word) => ({ kind: 'completed' as const, word: asTyped(params.q, word), exactUrl: exactUrl(word) })),
    ...absent.map((word) => ({ kind: 'absent' as const, word: asTyped(params.q, word), exactUrl: exactUrl(word) })),
  ];
}

export function alsoSpelled(params: SearchParams, result: SearchResult): AlsoSpelled[] {
  return result.spellings.map((spelling) => ({
    word: asTyped(params.q, spelling.word),
    options: spelling.options.map((option) => {
      const toggled = rewrite(params.q, spelling.word, (chunk) => {
        const spellings = chunk.split('|');
        const kept = spellings.filter((s) => tokenize(s).join(' ') !== option.word);
        return option.selected ? kept.join('|') : [...spellings, option.word].join('|');
      });
      return { ...option, url: searchUrl({ ...params, q: toggled, page: 1 }) };
    }),
  }));
}
