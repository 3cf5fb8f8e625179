/**
 * The page judged before its lines: does it carry furniture at all? A clean article (a corpus of
 * article text, a user's Markdown) has none, and there the rules drop nothing; a scraped page
 * nearly always shows some (a menu, a credit, a share row the rules named). The learned line
 * model (`junk-model.ts`) acts on both, but its threshold on a clean page must keep every short
 * article line of 2,095 clean BBC articles (attendances, scores), which held it back on scraped
 * pages; on a page the rules found furniture on, it acts at a threshold fitted on scraped pages.
 *
 * The verdict is a count of what the rules already decided (no phrase, no language): lines they
 * dropped as furniture that hold a letter (a lone "." or "*" a clean text may hold is no furniture).
 */
import type { ContentLine } from './structure.ts';

/** Lines the rules dropped (the headline aside) from which a page is judged to carry furniture. */
export const FURNITURE_LINES = 1;

/** A letter of any script (tested once per dropped line, never on a kept one). */
const LETTER = /\p{L}/u;

/** The lines, the headline aside, that the rules dropped and that hold a letter (counted up to `limit`). */
export function furnitureLines(lines: readonly ContentLine[], limit = FURNITURE_LINES): number {
  let n = 0;
  for (let i = 0; i < lines.length && n < limit; i++) {
    const l = lines[i]!;
    if (l.reason !== null && l.reason !== 'headline' && LETTER.test(l.text)) n++;
  }
  return n;
}

/** The page's verdict: whether the rules found furniture on it (`FURNITURE_LINES` lines or more). */
export function carriesFurniture(lines: readonly ContentLine[]): boolean {
  return furnitureLines(lines) >= FURNITURE_LINES;
}
