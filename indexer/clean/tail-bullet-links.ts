/**
 * A bulleted list of other stories' headlines that ends the page: below the story's last
 * paragraph, three or more bulleted lines to the end of the text, each a headline (a few words, a
 * capital or a script without case first, no full stop at its end), whatever heading announces
 * them or whether a headline of the page was found at all. The page's end is no place for the
 * story's own text once its paragraphs have stopped, and a headline is not how a story words its
 * list: the story's own bulleted points are written in lower case after the bullet ("- schools
 * closed", "- buses suspended") or end in full stops, and those stay.
 *
 * `classify.ts` and `story-end.ts` leave bulleted lines alone (a bullet there is read as the
 * story's own list); this rule takes only the shape that is not.
 */
import { wordsUpTo } from './line-words.ts';
import { isParagraph } from './story-end.ts';
import type { ContentLine } from './structure.ts';
import { LIST_MARK_CLASS } from './shape.ts';
import { isParagraphAnyScript } from './topic-tail.ts';

/** Fewest items: two bulleted headlines may be the story's own closing points. */
const MIN_ITEMS = 3;
/** Words of an item, its bullet included: a headline, not a label, not a paragraph. */
const MIN_ITEM_WORDS = 4;
const MAX_ITEM_WORDS = 25;
/** A bullet, a space, then a letter that is not lower case (a capital, or a script without case) or a digit or quote. */
const BULLETED_HEADLINE = new RegExp(`^${LIST_MARK_CLASS}\\s+[^\\p{Ll}\\s]`, 'u');
/**
 * A headline does not end in a full stop; an exclamation, a question or a cut-off item does (a
 * tabloid's or a sports page's headlines end in "!" in many languages).
 */
const ENDS_STATEMENT = /[.]["'”’»)]*$/u;
const INTRODUCES_LIST = /:\s*$/u;

/** A bulleted headline: a bullet, a capital (or a script without case) after it, no full stop at its end, a headline's length. */
export function isBulletedHeadline(l: ContentLine): boolean {
  if (!BULLETED_HEADLINE.test(l.text) || ENDS_STATEMENT.test(l.text)) return false;
  const words = wordsUpTo(l, MAX_ITEM_WORDS + 1);
  return words >= MIN_ITEM_WORDS && words <= MAX_ITEM_WORDS;
}

export function markTailBulletLinks(lines: ContentLine[]): void {
  const item = isBulletedHeadline;
  // The unlabelled lines from the page's end back, while they are bulleted headlines.
  const run: ContentLine[] = [];
  let i = lines.length - 1;
  for (; i >= 0; i--) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (!item(l)) break;
    run.push(l);
  }
  if (run.length < MIN_ITEMS) return;
  // The line right above the list closes the story (a sign-off, a label, a share row): a list
  // printed right under a paragraph, or under a line that introduces it with a colon, is the
  // story's own ("The council's proposals:").
  const above = lines[lines.indexOf(run.at(-1)!) - 1];
  const paragraph = (l: ContentLine) => l.reason === null && isParagraph(l);
  if (above === undefined || paragraph(above) || INTRODUCES_LIST.test(above.text)) return;
  // The story above: a paragraph of its running text somewhere above the list, in any script (a
  // Bengali or Hindi paragraph ends in its danda).
  if (!lines.slice(0, i + 1).some((l) => l.reason === null && (isParagraph(l) || isParagraphAnyScript(l)))) return;
  for (const l of run) l.reason = 'related-headlines';
}
