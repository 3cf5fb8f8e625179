/**
 * A date the scraper broke over lines: a page that sets day, month and year in separate boxes
 * ("21" / "December" / "2025", "Dec" / "21" / "2025") comes out one part a line, and no line alone
 * holds a date. The parts are joined back into one line, at the first part's place, so the date
 * is read as any stamp line is (its position, the lines around it), never as a date of its own.
 */
import { findDates, isDateOnly } from './dates.ts';

/** A part is one short word or number; a date has two to four of them (a weekday may lead). */
const PART = /^[^\s]{1,12}$/u;
const MIN_PARTS = 2;
const MAX_PARTS = 4;
/** Parts stand on neighbouring lines, at most one blank line apart. */
const MAX_GAP = 2;

/**
 * `lines` with each run of parts that together make a date, and nothing else, replaced by one
 * line holding the parts joined with spaces. A run whose parts already read as a date alone is
 * left as it is: those are separate stamps.
 */
export function joinSplitDates<T extends { line: number; text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const run = splitDateAt(lines, i);
    if (run === 0) {
      out.push(lines[i]!);
      continue;
    }
    const parts = lines.slice(i, i + run);
    out.push({ ...lines[i]!, text: parts.map((p) => p.text.trim()).join(' ') });
    i += run - 1;
  }
  return out;
}

/** How many lines from `i` make one date together (the fewest that do), or 0. */
function splitDateAt(lines: readonly { line: number; text: string }[], i: number): number {
  const parts: string[] = [];
  for (let j = i; j < lines.length && j < i + MAX_PARTS; j++) {
    const text = lines[j]!.text.trim();
    if (!PART.test(text) || (j > i && lines[j]!.line - lines[j - 1]!.line > MAX_GAP)) return 0;
    if (findDates(text).length > 0) return 0;
    parts.push(text);
    if (parts.length < MIN_PARTS) continue;
    const joined = parts.join(' ');
    if (findDates(joined).length === 1 && isDateOnly(joined)) return parts.length;
  }
  return 0;
}
