/**
 * A field's label printed without its value (issue 18, 18junk12): "Publicerad", "Uppdaterad", "Publié",
 * "Posted: / Updated:", a lone "By". A page's template prints the label and fills in the date or the
 * name; a scraper that loses the value (a script writes it, or it sits in an attribute) leaves the label
 * alone on its line. A kept line that is nothing but date cues (`date-cues.ts`, per language, as data) or
 * a byline's word, one or several between separators ("/", "|", "·"), goes: as `dateline` when it names a
 * date, else as `credit` (as `bylines.ts` reads a byline).
 *
 * Measured on the write-from sets (shared dev, n1, n3, n6–n9, w-18junk10, w-18tit10, w-18out10): lines of
 * this shape are 20 junk, 0 body; the rules dropped 15 already, the 5 kept stand on 5 pages of 5 sites in 4
 * sets (sv, sv, fr, en, en). No line of prose is a publication cue alone.
 * Cost: one length test a kept line; the cue table is read only for a line of at most 40 characters.
 */
import { cueLine, isBylineWordLine } from '../infer/date-cues.ts';
import type { ContentLine } from './structure.ts';

/** Longest line read (the cue reader's own bound). */
const MAX_CHARS = 40;
const SEPARATOR = /\s*[/|·•]\s*/u;

export function markBareFieldLabels(lines: ContentLine[], headline: { line: number } | null): void {
  for (const l of lines) {
    if (l.reason !== null || l.text.length > MAX_CHARS || l.line === headline?.line) continue;
    const parts = l.text.split(SEPARATOR).filter((p) => p !== '');
    if (parts.length === 0) continue;
    let date = false;
    let all = true;
    for (const part of parts) {
      if (cueLine(part) !== null) date = true;
      else if (!isBylineWordLine(part)) {
        all = false;
        break;
      }
    }
    if (all) l.reason = date ? 'dateline' : 'credit';
  }
}
