/**
 * A hit's match ranges from Meilisearch's `_matchesPosition` (asked for with `showMatchesPosition`):
 * per attribute, `{ start, length }` of each matched term, "measured in bytes and not the number of
 * characters" (UTF-8; https://www.meilisearch.com/docs/reference/api/search#show-matches-position).
 * Only the paragraph text's entries count; they become UTF-16 ranges (engine/contract/match-ranges.ts).
 */
import { z } from 'zod';
import { rangesOfBytes } from '../contract/match-ranges.ts';
import type { MatchRange } from '../contract/types.ts';

const Positions = z.object({
  text: z.array(z.object({ start: z.number().int().nonnegative(), length: z.number().int().nonnegative() })).optional(),
});

/** The ranges of `text` the hit's `_matchesPosition` marks; none when it has none (or a malformed one). */
export function matchesOf(raw: Record<string, unknown>, text: string): MatchRange[] {
  const parsed = Positions.safeParse(raw._matchesPosition ?? {});
  return parsed.success ? rangesOfBytes(text, parsed.data.text ?? []) : [];
}
