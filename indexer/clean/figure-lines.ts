/**
 * Lines of the story's own data: results, shares, prices. A headline of another story may carry
 * one figure ("Fares rise 4%"), but a line with two or more measured figures (a decimal number or
 * a percentage: "Moss 46,2%; Berg 28,7%", "rates 3.25 and 3.5") is a row of the story's table or
 * a results line, written in any language with the same digits. The list rules that take runs of
 * headline-shaped lines for other stories' links read such a line as data, never as a link.
 */

/** A measured figure: a number with a decimal part (either separator), or a percentage. */
const FIGURE = /\d+(?:[.,]\d+)+\s?%?|\d+\s?%/g;
/** Figures that make a line data rather than a headline. */
const MIN_FIGURES = 2;

export function isFigureLine(text: string): boolean {
  return figuresUpTo(text, MIN_FIGURES) >= MIN_FIGURES;
}

/**
 * Whether the line carries a measured figure (a decimal number or a percentage): one alone makes no
 * data line, but a run of lines that all carry one is a table of results, not of headlines.
 */
export function hasMeasuredFigure(text: string): boolean {
  return figuresUpTo(text, 1) >= 1;
}

/** The line's measured figures, counted up to `limit`. */
function figuresUpTo(text: string, limit: number): number {
  // Most lines have no digit at all: the pattern runs only on those that do.
  if (!/\d/.test(text)) return 0;
  // Counted by `exec` from the line's start, without the u flag: no match is empty or reads a
  // code unit beyond ASCII but `\s`, so the matches are matchAll's with /gu, with no iterator or
  // match array kept (18perf10).
  FIGURE.lastIndex = 0;
  let n = 0;
  while (n < limit && FIGURE.exec(text) !== null) n++;
  FIGURE.lastIndex = 0;
  return n;
}
