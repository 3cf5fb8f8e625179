/** `s` as a literal inside a regular expression: every character with a meaning there escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Words as one alternation for a regular expression: each escaped, each once, the longest first,
 * so that "PA Media" is tried before "PA" and "septembre" before "sept". With `flexibleSpaces`, a
 * space in a word matches any run of white space (scraped text breaks and doubles its spaces).
 */
export function alternation(words: Iterable<string>, { flexibleSpaces = false } = {}): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => (flexibleSpaces ? escapeRegExp(w).replace(/ /g, '\\s+') : escapeRegExp(w)))
    .join('|');
}
