/**
 * Decimal digits of other scripts read as ASCII ones: Arabic-Indic ("٢٠١٩"), Persian ("۲۰۱۹"),
 * Devanagari, Bengali, Thai and full-width ("２０１９年") digits write the same numbers, and the
 * date reader's patterns match ASCII digits only. One character stays one character, so offsets
 * found in the result are offsets in the original text.
 */

/** The zero of each script whose digits are read; each runs zero..zero+9. */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/u;
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/gu;

/** `text` with the digits of other scripts as ASCII digits; the same string when it has none. */
export function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    const zero = ZEROS.find((z) => c >= z && c <= z + 9)!;
    return String(c - zero);
  });
}
