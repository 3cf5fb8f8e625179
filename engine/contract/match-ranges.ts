/**
 * Match ranges: where a paragraph matched the query, as offsets into its text (see `MatchRange` in
 * types.ts). The engine returns ranges, never markup; the server renders them (server/marks.ts).
 *
 * The embedded engine asks FTS5's `highlight()` to wrap matches in two control characters that
 * never survive into indexed text (stripped on write), and reads the ranges back from where they
 * sit. Meilisearch reports `_matchesPosition` in UTF-8 bytes, turned into the same ranges here.
 */
import type { MatchRange } from './types.ts';

export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';

const SENTINELS = /[\u0001\u0002]/g;

/** Remove sentinel characters from text before it is stored or highlighted. */
export function stripSentinels(text: string): string {
  // Two character searches rule out nearly every text at a fraction of a regex scan's cost (a
  // build strips every paragraph it writes, and the indexer never lets a sentinel through).
  return text.includes(MARK_OPEN) || text.includes(MARK_CLOSE) ? text.replace(SENTINELS, '') : text;
}

/**
 * The ranges a sentinel-marked copy of a text marks, as offsets into the text without the
 * sentinels. Only balanced pairs count: a stray close is ignored, an open never closed runs to the
 * end, and an empty pair marks nothing.
 */
export function rangesOfMarked(marked: string): MatchRange[] {
  const ranges: MatchRange[] = [];
  let offset = 0;
  let start = -1;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === MARK_OPEN) {
      if (start < 0) start = offset;
    } else if (ch === MARK_CLOSE) {
      if (start >= 0 && offset > start) ranges.push([start, offset]);
      start = -1;
    } else {
      offset++;
    }
  }
  if (start >= 0 && offset > start) ranges.push([start, offset]);
  return ranges;
}

/** Meilisearch's `_matchesPosition` entry: `start` and `length` in UTF-8 bytes of the value. */
export interface BytePosition {
  start: number;
  length: number;
}

/**
 * Byte positions into `text` (UTF-8, as Meilisearch reports them) as ranges of UTF-16 code units.
 * A bound that falls inside a character widens to the whole character; positions past the end, or
 * empty, are dropped. The result is united (see `unitedRanges`).
 */
export function rangesOfBytes(text: string, positions: readonly BytePosition[]): MatchRange[] {
  if (positions.length === 0) return [];
  // byteAt[k]: the UTF-8 offset of UTF-16 offset k (k = text.length: the total).
  const byteAt = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    byteAt[i] = bytes;
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      // A surrogate pair: one 4-byte character; its second half starts at the same byte.
      byteAt[++i] = bytes;
      bytes += 4;
    } else {
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
  }
  byteAt[text.length] = bytes;
  const ranges: MatchRange[] = [];
  for (const { start, length } of positions) {
    if (!(Number.isInteger(start) && Number.isInteger(length)) || start < 0 || length <= 0 || start >= bytes) continue;
    const from = lastAtOrBefore(byteAt, start);
    const to = firstAtOrAfter(byteAt, Math.min(bytes, start + length));
    if (to > from) ranges.push([from, to]);
  }
  return unitedRanges(ranges);
}

/** The last UTF-16 offset whose byte offset is at most `byte` (the start of the character holding it). */
function lastAtOrBefore(byteAt: Uint32Array, byte: number): number {
  let lo = 0;
  let hi = byteAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (byteAt[mid]! <= byte) lo = mid;
    else hi = mid - 1;
  }
  // The second half of a surrogate pair shares its first half's byte offset: start at the first.
  while (lo > 0 && byteAt[lo - 1] === byteAt[lo]) lo--;
  return lo;
}

/** The first UTF-16 offset at or after `byte` that starts a character (or the end). */
function firstAtOrAfter(byteAt: Uint32Array, byte: number): number {
  let lo = 0;
  let hi = byteAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byteAt[mid]! >= byte) hi = mid;
    else lo = mid + 1;
  }
  // Ties go to the lowest offset: the first half of a surrogate pair, never between its halves.
  return lo;
}

/** Ranges sorted, with overlapping and touching ones merged into one. */
export function unitedRanges(ranges: readonly MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: MatchRange[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
