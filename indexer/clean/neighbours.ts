/**
 * Context: page chrome comes in clusters (a byline next to the date and the share buttons, a
 * label between two prompts), text comes in paragraphs. A short line that does not read as text
 * takes the verdict of the chrome around it:
 *
 * - a name line (a few capitalised words, no stop word of the page's language, no digits, no
 *   sentence punctuation: "Jane Doe", "Anna van Berg | Staff") next to a recognised credit, stamp
 *   or button line is a byline;
 * - any short line that is not text, with recognised chrome on both sides, is chrome.
 *
 * Lines between two paragraphs are never judged by shape alone: a neighbour must be chrome.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { endsSentence, endsWithFullStop, spacedWordCount } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { stopWordCount, type LanguageMask } from './stopwords.ts';
import { isBlankSeparated, type ContentLine } from './structure.ts';

/** The longest byline name line: a name and a role or desk ("Jane Doe | Metro Desk"). */
const MAX_NAME_WORDS = 5;
/** The longest line a chrome sandwich takes. */
const MAX_SANDWICH_WORDS = 8;

/** Recognised chrome that a byline sits next to. */
const BYLINE_COMPANIONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['credit', 'dateline', 'promotion', 'comments', 'author-box']);
/** Reasons that are not chrome to take a verdict from: the headline is text of the article. */
export const NOT_CHROME: ReadonlySet<JunkReason> = new Set<JunkReason>([
  'headline',
  'title-decoration',
  'repeated-headline',
  'repeated-line',
]);

/** Particles of names, and separators a byline line uses between name and desk. */
const NAME_PARTICLE = /^(?:de|da|di|del|der|den|van|von|la|le|al|bin|el|ter|du|dos|das|y|e|[|·•,&/–-])$/u;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*,?$/u;

export function isNameLine(text: string, language: LanguageMask): boolean {
  const n = spacedWordCount(text, MAX_NAME_WORDS);
  if (n < 2 || n > MAX_NAME_WORDS || /\d/.test(text) || endsSentence(text) || text.includes(':')) return false;
  let names = 0;
  for (const word of text.split(' ')) {
    if (NAME_WORD.test(word)) names++;
    else if (!NAME_PARTICLE.test(word)) return false;
  }
  return names >= 2 && stopWordCount(text, language, MAX_NAME_WORDS, 1) === 0;
}

const isCompanion = (l: ContentLine | undefined) => l !== undefined && l.reason !== null && BYLINE_COMPANIONS.has(l.reason);

export function markByNeighbours(lines: ContentLine[], language: LanguageMask): void {
  const chrome = (l: ContentLine | undefined) => l !== undefined && l.reason !== null && !NOT_CHROME.has(l.reason);
  // Asked once a block is found: most pages have none.
  let blankSeparated: boolean | undefined;
  const spaced = () => (blankSeparated ??= isBlankSeparated(lines.filter((l) => l.reason === null)));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    // Not the headline: a match preview's venue ("Ewood Park") sits right below it, and is text.
    const companion = isCompanion(prev) || isCompanion(next);
    if (companion && isNameLine(l.text, language)) {
      l.reason = 'credit';
      continue;
    }
    if (!chrome(prev) || !chrome(next)) continue;
    if (isListItem(l, prev!, next!)) {
      l.reason = 'related-headlines';
      continue;
    }
    if (isInsideBlock(l, prev!, next!, spaced)) {
      l.reason = prev!.reason;
      continue;
    }
    if (wordsUpTo(l, MAX_SANDWICH_WORDS) > MAX_SANDWICH_WORDS || endsSentence(l.text)) continue;
    l.reason = prev!.reason === next!.reason ? prev!.reason : 'navigation';
  }
}

/** Longest line a block of one kind of chrome takes whole: a promo's or a menu's sentence, not a paragraph. */
const MAX_BLOCK_LINE_WORDS = 30;
/**
 * Kinds of chrome that come as a block of lines (a promo box, a menu, a comment form, a photo's
 * caption and credit). Stamps do not: a live page prints its entries, which are text, between them.
 */
const BLOCK_KINDS: ReadonlySet<JunkReason> = new Set<JunkReason>(['promotion', 'navigation', 'comments', 'caption']);

/**
 * A line inside a block of one kind of chrome, the same kind on the lines right above and right
 * below it: the block's own text ("Escape your echo chamber. Get the facts…" between two subscribe
 * prompts), a sentence too. Only in text laid out with blank lines, where a block printed without
 * them stands apart; in packed text a paragraph sits between a "Read more" link and a prompt alike.
 */
function isInsideBlock(l: ContentLine, prev: ContentLine, next: ContentLine, spaced: () => boolean): boolean {
  if (prev.reason !== next.reason || !BLOCK_KINDS.has(prev.reason!)) return false;
  if (prev.line !== l.line - 1 || next.line !== l.line + 1) return false;
  return wordsUpTo(l, MAX_BLOCK_LINE_WORDS) <= MAX_BLOCK_LINE_WORDS && spaced();
}

/** Longest item of a list of links printed between separators. */
const MAX_LIST_ITEM_WORDS = 25;
const LIST_FURNITURE: ReadonlySet<JunkReason> = new Set<JunkReason>(['punctuation-only', 'related-headlines']);

/**
 * An item of a list of other stories: between two separators ("-", "|") or two items already
 * recognised, a headline of up to 25 words, which may end in "?" or "!" but not in a full stop
 * (a paragraph between two separators of an article's sections stays).
 */
function isListItem(l: ContentLine, prev: ContentLine, next: ContentLine): boolean {
  if (!LIST_FURNITURE.has(prev.reason!) || !LIST_FURNITURE.has(next.reason!)) return false;
  return wordsUpTo(l, MAX_LIST_ITEM_WORDS) <= MAX_LIST_ITEM_WORDS && !endsWithFullStop(l.text);
}
