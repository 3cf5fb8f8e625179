/**
 * A line that is only the page's outlet name ("The Example Advocate" under the story, "Examplenews"
 * above it) is the outlet's credit or masthead, not text: once the metadata has settled the
 * page's outlet from all its evidence, such a kept line agrees with it and is dropped as a credit.
 * No name is listed here: the agreement is with the outlet this page was found to have, whatever
 * it is, so the rule reads pages nobody has seen as it reads these.
 *
 * Run after the metadata, which reads the kept lines, and only where the page keeps other text.
 * Measured (rule alone, every set): 3 junk lines (a source line, a byline, one held-out line), 0 body; BBC 0.
 */
import type { CleanResult } from '../types.ts';

/** The most words of the name's line: a longer line naming the outlet is a sentence about it. */
const MAX_NAME_WORDS = 6;
/** Characters a line may have beyond the name: "The ", bullets, dashes, spaces. */
const MAX_DECORATION_CHARS = 12;
const DECORATION = /^[\s•·*|/–—-]+|[\s|/–—-]+$/gu;

const nameKey = (text: string) =>
  text
    .replace(DECORATION, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .trim();

/**
 * The cleaning result with the kept lines that are the outlet's name alone moved to the dropped
 * lines (as 'credit'), or null when there are none, or when they are all the page keeps.
 */
export function withoutOutletLines(clean: CleanResult, outlet: string | undefined): CleanResult | null {
  if (outlet === undefined || outlet === 'Unknown') return null;
  const key = nameKey(outlet);
  if (key === '') return null;
  // Lengths first: every paragraph of every article passes here, and almost none is near the name's length.
  const isName = (text: string) =>
    text.length <= key.length + MAX_DECORATION_CHARS &&
    text.split(' ', MAX_NAME_WORDS + 1).length <= MAX_NAME_WORDS &&
    nameKey(text) === key;
  const names = clean.kept.filter((l) => isName(l.text));
  if (names.length === 0 || names.length === clean.kept.length) return null;
  const dropped = [...clean.dropped, ...names.map((l) => ({ line: l.line, reason: 'credit' as const, text: l.text }))];
  dropped.sort((a, b) => a.line - b.line);
  return { ...clean, kept: clean.kept.filter((l) => !isName(l.text)), dropped };
}
