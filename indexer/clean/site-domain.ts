/**
 * Whether a page prints a name's domain: "Nordwind" and "nordwind.de" in a contact line, an email
 * address or a footer. A site's name written in a title line's slot ("Headline - Nordwind") is
 * proven a name, not the headline's last word, when the page's own address spells it: a
 * headline's words are rarely a domain printed on the same page. Names and addresses are compared
 * as the outlet rules compare them (`outlet-address-words.ts`: letters only, the registrable label).
 */
import { letters, registrableLabel } from '../infer/outlet-address-words.ts';

/**
 * A web or e-mail address in running text. The top-level domain is in lower case: two sentences
 * the scraper glued ("in Dresden.The police") are no address.
 */
const ADDRESS = /(?:[\p{L}\p{N}._-]+@)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,12}(?![\p{L}\p{N}])/gu;
/** Letters a name must have to be compared: shorter labels ("tv", "fm") match too much. */
const MIN_LETTERS = 4;

export function namedByDomain(name: string, lines: readonly string[]): boolean {
  const key = letters(name);
  if (key.length < MIN_LETTERS) return false;
  const bare = key.replace(/^the(?=.{4})/, '');
  for (const line of lines) {
    // Most lines hold no address: a plain search spares them the pattern.
    if (!line.includes('.')) continue;
    for (const m of line.matchAll(ADDRESS)) {
      const label = registrableLabel(m[0]);
      if (label === key || label === bare) return true;
    }
  }
  return false;
}
