/**
 * A fact box printed as "LABEL: value" rows (a release's "WHO: / WHAT: / WHEN: / WHERE:", an
 * event's "Date: / Venue: / Tickets:") is the story's: its rows are read together. A short row
 * ("WHAT: Street Closures") reads by its shape alone as a menu item and is dropped while its longer
 * neighbours stay. A row dropped for its shape between two kept rows of the same box (each opening
 * with a label of up to three words and a colon, the labels written in the same case) stays too.
 * Rows a phrase rule recognised (a byline's "Editor: …", a stamp's "Updated: …") are not kept,
 * and a run of them is no box with kept rows on both sides.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import type { ContentLine } from './structure.ts';

const SHAPE_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['navigation', 'classifier']);
/** A label of one to three words, capitalised, a colon, and a value after it. */
const FIELD = /^(\p{Lu}\p{L}*(?: \p{L}+){0,2}) ?: \S/u;

/** The row's label in capitals (true), in other case (false), or null when the line is no row. */
function labelCase(text: string): boolean | null {
  const m = FIELD.exec(text);
  return m === null ? null : m[1] === m[1]!.toUpperCase();
}

export function keepFieldRows(lines: ContentLine[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === null || !SHAPE_REASONS.has(l.reason)) continue;
    const prev = lines[i - 1]!;
    const next = lines[i + 1]!;
    if (prev.reason !== null || next.reason !== null) continue;
    const own = labelCase(l.text);
    if (own === null || labelCase(prev.text) !== own || labelCase(next.text) !== own) continue;
    l.reason = null;
  }
}
