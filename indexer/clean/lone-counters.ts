/**
 * A number alone on its line, and the only such line of the page: a counter the page printed
 * beside its furniture (comments, views, shares, a gallery's pictures), whatever the language.
 * A story's figures sit in sentences; a data box prints several bare figures, each over its
 * label, and a numbered list or a timeline prints several bare numbers: a page with two or more
 * bare-number lines keeps them all. Measured over every labelled set before writing it: 8 such
 * lines, all junk (5 already dropped by other rules as comment counts or navigation), no body
 * line; with a second bare number anywhere on the page, 6 body lines (a "by the numbers" box).
 */
import type { ContentLine } from './structure.ts';

/** A whole number of up to six digits, in any script's digits: more is a figure with a meaning (a phone number, a code). */
const BARE_NUMBER = /^\p{Nd}{1,6}$/u;

export function markLoneCounters(lines: ContentLine[]): void {
  let found: ContentLine | null = null;
  for (const l of lines) {
    // A line of digits is at most six characters: longer lines skip the pattern.
    if (l.text.length > 6 || !BARE_NUMBER.test(l.text)) continue;
    if (found !== null) return;
    found = l;
  }
  if (found !== null && found.reason === null) found.reason = 'counter';
}
