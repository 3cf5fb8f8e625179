/**
 * The standfirst (the line right under the headline, or under the byline, date stamp or reading
 * time printed below it) is the story's first line even when it is short and unpunctuated: a subtitle ("Magnitude 4.3"), a
 * summary without its full stop. The head rules and the learned classifier read such a line by its
 * shape alone, as a menu item or a label between the headline and the text, and the story loses it.
 * What tells a subtitle from the chrome that also sits there (a section, a byline, a caption, a
 * reading time) is that it is about the story: it shares a content word with the paragraphs below
 * (`title-agreement.ts`, compared by stem in any language). Section names and bylines rarely do, and
 * when they do they are one word, open in lower case ("by Reuters …"), end in a bracketed credit or
 * carry a glued counter.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';
import { agreement, contentStems } from './title-agreement.ts';

/** What a page prints between its headline and the standfirst: a byline, a date stamp, a reading time; at most three such lines. */
const PASSED_OVER: ReadonlySet<JunkReason | null> = new Set<JunkReason | null>(['dateline', 'credit', 'counter']);
const MAX_PASSED_OVER = 3;
/** Reasons read from the line's shape alone, never from a phrase of the trade. */
const SHAPE_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['navigation', 'classifier']);
/** A subtitle has two words at least: one word under a headline is a section, a place or a name. */
const MIN_WORDS = 2;
/** Paragraphs below read for the story's words. */
const STORY_LINES = 3;
/**
 * Not a subtitle: a line opening in lower case ("by …", "via …"), ending in a bracket (a credit, a
 * label), or ending in a count glued to its last word (a tag chip or a link with its counter: "Water Crisis2").
 */
const NOT_SUBTITLE = /^\p{Ll}|[)\]]$|\p{Ll}\d+$/u;

export function keepStandfirstLines(lines: ContentLine[]): void {
  const h = lines.findIndex((l) => l.reason === 'headline');
  if (h < 0) return;
  // The standfirst's slot: the first line under the headline that is no byline, stamp or counter.
  let i = h + 1;
  while (i < lines.length && i <= h + MAX_PASSED_OVER && PASSED_OVER.has(lines[i]!.reason!)) i++;
  const l = lines[i];
  if (l === undefined || l.reason === null || !SHAPE_REASONS.has(l.reason)) return;
  if (wordsUpTo(l, MIN_WORDS) < MIN_WORDS || NOT_SUBTITLE.test(l.text)) return;
  const story = new Set<string>();
  for (let j = i + 1, n = 0; j < lines.length && n < STORY_LINES; j++) {
    if (lines[j]!.reason !== null) continue;
    for (const s of contentStems(lines[j]!.text)) story.add(s);
    n++;
  }
  if (agreement(l.text, story).shared === 0) return;
  l.reason = null;
}
