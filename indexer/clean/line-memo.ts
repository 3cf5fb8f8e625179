/**
 * A verdict remembered for a line's text, for a check whose answer depends on the text alone: a
 * site prints the same short lines (its menu, prompts, credits, footer) on every page, and a run
 * over its pages judged each of them again on every page (issue 18, 18speed). Only short lines are
 * kept (a paragraph of prose is rarely printed twice, and would hold its whole text in memory), and
 * the memo is emptied when it is full, so memory stays bounded whatever the corpus size. The answer
 * is the check's own: a memo never changes what a line is judged, only how often it is judged.
 */
/** The longest line remembered by default: furniture is short, and a paragraph rarely repeats. */
export const SHORT_LINE_CHARS = 160;

export class LineMemo<V> {
  readonly #verdicts = new Map<string, V>();
  readonly #maxEntries: number;
  readonly #maxChars: number;
  readonly #dependsOn: (() => unknown) | undefined;
  #was: unknown;

  /**
   * @param maxChars the longest text remembered, in UTF-16 code units
   * @param maxEntries texts remembered at most; the memo is emptied when it would hold more
   * @param dependsOn what else the check reads that a process may change (the corpus's own list
   *   of outlets): the memo is emptied when its value changes
   */
  constructor(maxChars = SHORT_LINE_CHARS, maxEntries = 20_000, dependsOn?: () => unknown) {
    this.#maxChars = maxChars;
    this.#maxEntries = maxEntries;
    this.#dependsOn = dependsOn;
    this.#was = dependsOn?.();
  }

  /**
   * The verdict for `text`: the remembered one, else `judge(text)`'s, remembered if the text is short enough.
   * `judge` is given the text, so a caller can pass its check itself, not a closure made for every line (18perf13).
   */
  remembered(text: string, judge: (text: string) => V): V {
    if (text.length > this.#maxChars) return judge(text);
    const known = this.#get(text);
    return known !== undefined ? known : this.#set(text, judge(text));
  }

  /** Whether a text this long is remembered: a longer one is judged every time. */
  keeps(text: string): boolean {
    return text.length <= this.#maxChars;
  }

  #get(text: string): V | undefined {
    if (this.#dependsOn !== undefined) {
      const now = this.#dependsOn();
      if (now !== this.#was) {
        this.#verdicts.clear();
        this.#was = now;
      }
    }
    return this.#verdicts.get(text);
  }

  #set(text: string, verdict: V): V {
    if (this.#verdicts.size >= this.#maxEntries) this.#verdicts.clear();
    this.#verdicts.set(ownCopy(text), verdict);
    return verdict;
  }
}

/**
 * `text` as a string of its own, to be kept. A line cut out of a page (`split`, `slice`, a match)
 * is a view of the whole page's text in V8, and keeps all of it alive as long as it is kept: a
 * memo's thousands of remembered lines kept thousands of pages in the old generation (each page
 * copied there by the young generation's collector, then marked at every full collection),
 * where each would have died young. Concatenation makes a new string, and reading it as a key
 * flattens it into a copy of the line alone; cutting off the added character leaves that copy.
 * Short strings are never views (V8 copies a cut under 13 characters).
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
