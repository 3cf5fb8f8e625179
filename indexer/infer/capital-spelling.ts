/**
 * Where a name can stand in a line whose letters are all ASCII, for the readers that look for the
 * name of a page's address among its words (outlet-address-words.ts, outlet-structure.ts). Those
 * readers lower-cased and stripped every line of a page that writes an address before reading its
 * words; a name they read opens with a capital, so only the places where that capital stands need
 * a look, and most lines of prose have none or fail at the next letter (issue 18's CPU budget).
 */

/**
 * Characters beyond ASCII that are no letter or digit and decompose into none (NFKD): spaces,
 * General Punctuation ("’", "“", "–", "…"), currency signs ("€", "₹"; not "₨", which is "Rs") and the
 * Latin-1 signs ("£", "©", "«", "°"; not "ª", "º", "µ", "¹", "²", "³" or "¼"–"¾", letters or digits or
 * becoming them). Exported for its test.
 */
export const NOT_ASCII_LETTERED =
  /[^\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2000-\u206f\u20a0-\u20a7\u20a9-\u20bf]/;

/**
 * Whether every letter and digit of the text is ASCII (what else it holds is punctuation, spaces or signs).
 * The cleaner's word readers take `eachAsciiWord`'s path on such a line: the Unicode word patterns would
 * find the same words there (most English prose with curly quotes; 18perf16).
 */
export function asciiLettered(text: string): boolean {
  return !NOT_ASCII_LETTERED.test(text);
}

/**
 * Whether, at some place where the text writes `key[0]` as a capital (A–Z, or the digit itself),
 * the text's letters from there on (and digits, with `digits`), lower-cased and with everything
 * else left out, begin with `key`. A name of capitalised words whose letters joined are `key`
 * stands so; a key holding anything but a–z (and 0–9) is never found.
 */
export function spelledFromCapital(text: string, key: string, digits: boolean): boolean {
  if (key.length === 0) return true;
  const capital = key[0]!.toUpperCase();
  for (let at = text.indexOf(capital); at !== -1; at = text.indexOf(capital, at + 1)) if (spelledFrom(text, at, key, digits)) return true;
  return false;
}

function spelledFrom(text: string, at: number, key: string, digits: boolean): boolean {
  let j = 0;
  for (let p = at; p < text.length && j < key.length; p++) {
    const c = folded(text.charCodeAt(p), digits);
    if (c === -1) continue;
    if (c !== key.charCodeAt(j)) return false;
    j++;
  }
  return j === key.length;
}

/** An ASCII letter lower-cased, a digit with `digits`; -1 for anything else (left out). */
function folded(c: number, digits: boolean): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (digits && c >= 48 && c <= 57) return c;
  return -1;
}
