/**
 * A notice that writes the site's name and its address side by side ("ⓒ Example Daily &
 * exampledaily.com", "© 2024 Примерные Вести (example.ru)", "© Example | example.com"): the
 * page itself saying that this name is this address, in any script. The letters of a name in
 * another script cannot agree with its address (outlet-address-words.ts); its place beside the
 * address in the site's own notice can (issue 18).
 *
 * The name is read into the address's group, so it only adds to the address's own evidence and
 * lends the outlet its name (outlet.ts writes a name rather than a domain). Weak (1.5): a notice
 * may pair a photo agency with its site as well.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { bareDomain, cleanName, isDomain, outletKey } from './outlet-names.ts';
import { isPlatform, isWire } from './outlet-words.ts';
import { quote } from './quote.ts';
import { CaselessPattern } from './caseless-pattern.ts';

type Add = (c: OutletCandidate | null) => void;

/** A copyright sign or word: the site's own notice. */
const NOTICE = new CaselessPattern(/©|ⓒ|Ⓒ|\([cC]\)|\bcopyright\b/iu);
/** A picture's credit pairs its photographer or agency with their site, not the page's. */
const PICTURE = new CaselessPattern(/\b(?:photos?|fotos?|image|images|bild|picture|pictures|kuva|zdjęcie|foto:|фото)\b/iu);
/** A notice is short: a sentence of the story quoting one is not read (PageLine counts words up to 15). */
const MAX_WORDS = 14;
/** An address as a notice writes it, with its scheme or "www." or without. */
const ADDRESS = /^(?:https?:\/\/)?(?:www\d?\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,12}\/?$/u;
/**
 * A name and an address joined by "&", "/", "|", "·" or "-" between spaces, or the address in
 * brackets after the name, inside the notice; the notice sign, a year and brackets around it trimmed.
 */
const PAIR = /([^©ⓒⒸ&/|·()[\]<>,]+?)\s*(?:[&/|·]|\s-\s|\s–\s)\s*([^\s&/|·()[\]<>,]+)|([^©ⓒⒸ&/|·()[\]<>,]+?)\s*\(\s*([^\s()]+)\s*\)/gu;
/** What PAIR's first form needs between the name and the address (its second needs a "(" after one character at least). */
const PAIR_SEPARATOR = /[&/|·\-–]/u;

export function copyrightPairs(lines: readonly PageLine[], add: Add): void {
  for (const l of lines) {
    if (l.words > MAX_WORDS || !NOTICE.test(l.text) || !l.text.includes('.') || PICTURE.test(l.text)) continue;
    // Most notices pair nothing ("© 2005 Example. All rights reserved."), and PAIR tries every start: it wants a separator, or a bracket after the name.
    if (!PAIR_SEPARATOR.test(l.text) && l.text.indexOf('(', 1) === -1) continue;
    for (const m of l.text.matchAll(PAIR)) {
      const rawName = m[1] ?? m[3] ?? '';
      const rawAddress = (m[2] ?? m[4] ?? '').replace(/[.,;:]+$/u, '');
      if (!ADDRESS.test(rawAddress) || !isDomain(bareDomain(rawAddress))) continue;
      const name = noticeName(rawName);
      if (!name || isDomain(name) || isWire(name) || isPlatform(name)) continue;
      add({
        value: name,
        score: 1.5,
        kind: 'copyright-pair',
        evidence: `name beside its address in the notice on line ${l.line} '${quote(l.text)}'`,
        line: l.line,
        group: outletKey(bareDomain(rawAddress)),
      });
    }
  }
}

/** The name part of a notice: its sign, the word "copyright", a year and the holder's cue trimmed. */
function noticeName(raw: string): string | null {
  const trimmed = raw
    .replace(/©|ⓒ|Ⓒ|\([cC]\)|\bcopyright\b|\b(?:19|20)\d{2}\b|[-–]\s*(?:19|20)\d{2}\b/giu, ' ')
    .replace(/^\s*(?:by\s+)?/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A name starts with a capital, or with a letter of a script without case ("세계일보"): not "printed by …".
  if (!/^[\p{Lu}\p{Lo}\p{N}]/u.test(trimmed) || !/\p{L}{2}/u.test(trimmed) || trimmed.split(' ').length > 5) return null;
  return cleanName(trimmed);
}
