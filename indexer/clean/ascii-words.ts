/**
 * The words of a line of ASCII alone, read in place (18perf10): there the Unicode word patterns
 * (`[\p{L}\p{M}\p{N}]+`) match runs of [A-Za-z0-9], no script is unspaced and no word has a
 * glued proclitic or a surrogate, so a reader needs no match object, iterator or string per word —
 * the matches were a sixth of the build's allocations at 200k.
 */

/** A code unit beyond ASCII: a line without one can be read by `eachAsciiWord`. */
export const BEYOND_ASCII = /[^\x00-\x7f]/;

/**
 * Calls `visit` with the bounds of each run of [A-Za-z0-9] of `text`, and whether it is all digits;
 * stops at the first word for which `visit` returns true, and says whether one did.
 */
export function eachAsciiWord(text: string, visit: (start: number, end: number, digits: boolean) => unknown): boolean {
  for (let i = 0; i < text.length; ) {
    if (!isAsciiWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isAsciiWordCode(c)) break;
      if (c > 0x39) digits = false;
    }
    if (visit(start, i, digits) === true) return true;
  }
  return false;
}

/** [A-Za-z0-9]. */
export function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
