/**
 * Lines of the story's own data: results, shares, prices. A headline of another story may carry
 * one figure ("Fares rise 4%"), but a line with two or more measured figures (a decimal number or
 * a percentage: "Moss 46,2%; Berg 28,7%", "rates 3.25 and 3.5") is a row of the story's table or
 * a results line, written in any language with the same digits. The list rules that take runs of
 * headline-shaped lines for other stories' links read such a line as data, never as a link.
 */

/** A measured figure: a number with a decimal part (either separator), or a percentage. */
const FIGURE = /\d+(?:[.,]\d+)+\s?%?|\d+\s?%/gu;
/** Figures that make a line data rather than a headline. */
const MIN_FIGURES = 2;

export function isFigureLine(text: string): boolean {
  // Most lines have no digit at all: the pattern runs only on those that do.
  if (!/\d/.test(text)) return false;
  let n = 0;
  for (const _ of text.matchAll(FIGURE)) if (++n >= MIN_FIGURES) return true;
  return false;
}
