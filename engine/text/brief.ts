/**
 * Brief paragraphs: a heading, or a line of fewer than BRIEF_WORDS words (a fixture, a caption, a
 * list item). Both engines rank them below body paragraphs that match the same way, so a
 * three-word line does not lead for being short (bm25 and Meilisearch's exactness reward short
 * texts). Words are counted by spaces (U+0020 only); the embedded index stores the flag per paragraph.
 */
import type { ParagraphKind } from '../contract/types.ts';

export const BRIEF_WORDS = 8;

export function isBrief(kind: ParagraphKind, text: string): boolean {
  if (kind === 'heading') return true;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++spaces >= BRIEF_WORDS - 1) return false;
  return true;
}
