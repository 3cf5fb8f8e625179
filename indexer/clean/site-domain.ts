/**
 * Whether a page prints a name's domain: "Nordwind" and "nordwind.de" in a contact line, an email
 * address or a footer. A site's name written in a title line's slot ("Headline - Nordwind") is
 * proven a name, not the headline's last word, when the page's own address spells it: a
 * headline's words are rarely a domain printed on the same page.
 */

/** A domain in running text: its first label before a top-level domain (and maybe a country code). */
const DOMAIN_IN_TEXT = /(?:^|[\s@/(:.])(?:www\d?\.)?([\p{L}\p{N}-]{3,63})\.[a-z]{2,12}(?:\.[a-z]{2})?(?![\p{L}\p{N}])/giu;
/** Letters a name must have to be compared: shorter labels ("tv", "fm") match too much. */
const MIN_LETTERS = 4;

/** Letters and digits only, lower case, without accents: "Nord-Wind" and "nordwind" meet. */
function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function namedByDomain(name: string, lines: readonly string[]): boolean {
  const key = squash(name);
  if (key.length < MIN_LETTERS) return false;
  const bare = key.replace(/^the(?=.{4})/, '');
  for (const line of lines) {
    // Most lines hold no domain: a plain search spares them the pattern.
    if (!line.includes('.')) continue;
    for (const m of line.matchAll(DOMAIN_IN_TEXT)) {
      const label = squash(m[1]!);
      if (label === key || label === bare) return true;
    }
  }
  return false;
}
