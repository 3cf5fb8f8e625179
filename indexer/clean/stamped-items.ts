/**
 * Other stories listed below the story under a label, one item beside each date stamp: "Other news"
 * / "16-10-2025" / "Headline of another story" / "Its teaser…" / "15-10-2025" / "Next headline" / …
 * A list of other stories prints each item's publication date, and the stamp reader already dropped
 * those dates; the headlines and teasers between them stay, since each reads as text. The rhythm is
 * the template's: three items or more, each one to three kept lines, fenced by dated stamps. Read
 * without phrases, so it holds in any language.
 *
 * A live page or a log has the same rhythm (an entry under each stamp), and so does a tag page (a
 * listing whose items are its text); guards, each measured on the write-from sets:
 * - each stamp states a date with its year (a live page stamps its entries with a clock time);
 * - the story's core, two kept paragraphs in a row, lies above the list;
 * - a label sits right above the list (a short line that ends no sentence, kept or dropped, not a
 *   stamp): a listing's items and a live page's entries follow the page's own lead, not a label;
 * - each item has a line sharing under `MAX_SHARED` of its content words with the paragraphs above
 *   the list (`topic-tail.ts`): a live page's entries and a log's carry the story's names and terms.
 * The stamps stand above their items or below them: the item beyond the last stamp (or before the
 * first) counts when it is no more than an item's lines. Lines go as `related-headlines`.
 */
import { findDates } from '../infer/dates.ts';
import { hasWordsAtMost } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';
import { longestParagraphRun, offTopicTest } from './topic-tail.ts';

/** Items, at least, beside dated stamps: a template's list, not a page's two or three dates. */
const MIN_ITEMS = 3;
/** Kept lines of one item, at most: a headline, a teaser, a kicker. */
const MAX_ITEM_LINES = 3;
/** The most words of the list's label. */
const MAX_LABEL_WORDS = 6;
/** Paragraphs in a row above the list: the story's core. */
const MIN_CORE = 2;
/** The most of its content words an item's line shares with the story (`dated-teasers.ts`'s bound: a local site's teasers name its town). */
const MAX_SHARED = 0.3;

export function markStampedItems(lines: ContentLine[], mask: LanguageMask): void {
  // Cheap first: most pages have no three dated stamps.
  let stampsSeen = 0;
  for (const l of lines) if (l.reason === 'dateline' && ++stampsSeen > MIN_ITEMS) break;
  if (stampsSeen <= MIN_ITEMS) return;
  const stamps: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.reason === 'dateline' && findDates(lines[i]!.text).length > 0) stamps.push(i);
  // A chain may start at the story's own stamp (its lead would be the first item): each later start is tried too.
  for (let s = 0; s < stamps.length; s++) {
    const chain = chainFrom(lines, stamps, s);
    if (chain.items.length + 1 < MIN_ITEMS) continue;
    if (markList(lines, stamps.slice(s, chain.end), chain.items, mask)) s = chain.end - 1;
  }
}

/**
 * The stamps from the `s`-th on while each gap holds at most `MAX_ITEM_LINES` kept lines, and the
 * items in those gaps (an item the rules dropped whole, a repeated headline, keeps the rhythm).
 */
function chainFrom(lines: readonly ContentLine[], stamps: readonly number[], s: number): { end: number; items: ContentLine[][] } {
  const items: ContentLine[][] = [];
  let k = s;
  for (; k + 1 < stamps.length; k++) {
    const item = keptBetween(lines, stamps[k]! + 1, stamps[k + 1]!);
    if (item.length > MAX_ITEM_LINES) break;
    if (item.length > 0) items.push(item);
  }
  return { end: k + 1, items };
}

function keptBetween(lines: readonly ContentLine[], from: number, to: number): ContentLine[] {
  return lines.slice(from, to).filter((l) => l.reason === null);
}

/** Drops the list's items when its guards hold; whether it did. */
function markList(lines: ContentLine[], chain: readonly number[], between: ContentLine[][], mask: LanguageMask): boolean {
  const first = chain[0]!;
  const last = chain.at(-1)!;
  let top = first;
  const items = [...between];
  if (isLabel(lines, first - 1)) {
    // Stamps over their items: the last stamp's item runs to the next dropped line.
    const tail: ContentLine[] = [];
    for (let i = last + 1; i < lines.length && lines[i]!.reason === null; i++) tail.push(lines[i]!);
    if (tail.length > 0 && tail.length <= MAX_ITEM_LINES) items.push(tail);
  } else {
    // Stamps under their items: the first item runs up from the first stamp to the label.
    let i = first - 1;
    while (i >= 0 && lines[i]!.reason === null && !isLabel(lines, i) && first - i <= MAX_ITEM_LINES) i--;
    const head = lines.slice(i + 1, first);
    if (head.length === 0 || head.length > MAX_ITEM_LINES || !isLabel(lines, i)) return false;
    items.unshift(head);
    top = i + 1;
  }
  if (items.length < MIN_ITEMS) return false;
  const kept = lines.filter((l) => l.reason === null);
  const above = kept.filter((l) => l.line < lines[top]!.line);
  const core = longestParagraphRun(above);
  if (core.end - core.start < MIN_CORE) return false;
  const index = new Map(kept.map((l, i) => [l, i]));
  const offTopic = offTopicTest(kept, mask, above.length, MAX_SHARED);
  if (!items.every((item) => item.some((l) => offTopic(index.get(l)!)))) return false;
  for (const item of items) for (const l of item) l.reason = 'related-headlines';
  return true;
}

/**
 * A list's label: a short line that ends no sentence and is not itself a stamp, nor right under one
 * (a section's name under an item's stamp is that item's kicker: the list has begun above it).
 */
function isLabel(lines: readonly ContentLine[], i: number): boolean {
  const l = lines[i];
  if (l === undefined || l.reason === 'dateline' || l.reason === 'headline' || lines[i - 1]?.reason === 'dateline') return false;
  return !endsSentenceAnyScript(l.text) && hasWordsAtMost(l, MAX_LABEL_WORDS);
}
