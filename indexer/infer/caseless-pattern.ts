/**
 * A case-insensitive Unicode pattern (flags iu) tested without its u flag where that changes
 * nothing (issue 18's CPU budget). V8 runs a pattern with i and u together several times slower
 * than with i alone: over the 50k bench corpus's lines, "©|\(c\)\s*\d{4}|\bcopyright\b|\ball
 * rights reserved\b" took ~11 µs a line with iu and ~1.5 µs with i.
 *
 * The two agree for a pattern written without Unicode escapes (\p{…}, \u{…}), characters beyond
 * the BMP, "." or negated classes (which read a surrogate pair as one character or two), and whose
 * letters have one other case each ("é"/"É"; not "ß", "ſ", "σ"), on a text holding neither of the two
 * characters Unicode case folding maps onto an ASCII letter from outside ASCII, "ſ" (U+017F, "s")
 * and the Kelvin sign (U+212A, "k"): under iu they match "s" and "k" and are word characters for
 * \b. A text holding one is tested with the pattern itself.
 */
export class CaselessPattern {
  readonly #pattern: RegExp;
  readonly #plain: RegExp;

  /** @param pattern flags iu, neither global nor sticky (a test keeps no state), written as above */
  constructor(pattern: RegExp) {
    if (!pattern.ignoreCase || !pattern.unicode || pattern.global || pattern.sticky)
      throw new Error(`CaselessPattern: ${pattern} must be /iu, not /g or /y`);
    if (/\\[pPu]|[\ud800-\udfff]|\[\^|(?<!\\)\./.test(pattern.source))
      throw new Error(`CaselessPattern: ${pattern} reads Unicode escapes, surrogate pairs, "." or a negated class`);
    this.#pattern = pattern;
    this.#plain = new RegExp(pattern.source, pattern.flags.replace('u', ''));
  }

  test(text: string): boolean {
    return text.includes('\u017f') || text.includes('\u212a') ? this.#pattern.test(text) : this.#plain.test(text);
  }
}
