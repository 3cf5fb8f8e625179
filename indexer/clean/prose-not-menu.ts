/**
 * A line of fifteen words or more, whose parts are joined by commas and not by a menu's bars or
 * bullets, is prose (a standfirst that lost its full stop), not navigation: a menu long enough to
 * reach fifteen words separates its items with "|", "•" or "·", and its items hold no clauses.
 * The shape rules give 'navigation' to any line they cannot place, and lost such a lead.
 */
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';

const MIN_WORDS = 15;
const MENU_SEPARATOR = /[|•·»›>]/u;
/** A clause comma: after a word, before a space (not a thousands separator "2,000"). */
const CLAUSE_COMMA = /\p{L}\)?,\s/gu;

export function keepProseFromNavigation(lines: ContentLine[]): void {
  for (const l of lines) {
    if (l.reason !== 'navigation' || wordsUpTo(l, MIN_WORDS) < MIN_WORDS || MENU_SEPARATOR.test(l.text)) continue;
    if ((l.text.match(CLAUSE_COMMA)?.length ?? 0) >= 2) l.reason = null;
  }
}
