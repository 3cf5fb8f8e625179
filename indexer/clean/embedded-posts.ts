/**
 * A social post embedded in the page, printed as text: the post's words, then its signature, the
 * poster's name with the handle in brackets and the post's date ("— Jane Doe (@janedoe) March 3,
 * 2025", "A post shared by Jane Doe (@janedoe) on Mar 3, 2025 at 9:41am PST"). The signature's shape is the embed's, not a
 * language's: a handle in brackets, then a date with its year closing the line. The line right
 * above it is the post's text (the embed prints the text, then the signature), and so is a line
 * carrying the post's picture link (`pic.twitter.com/…`) anywhere on the page. Both are another
 * service's text inside the page; the story that quotes a post says so in its own paragraph.
 *
 * Only the one line above is taken: a post of several lines leaves its first lines (measured, one
 * post of the labelled sets has one line), and a longer line than a post holds is a paragraph.
 * A page that prints a signature right under another shows that its embeds' texts are missing
 * (the service draws them when the page loads): there the line above a signature is the story's
 * own sentence about the post unless it carries a post's mark (a handle, a hashtag, a link).
 */
import { wordsUpTo } from './line-words.ts';
import type { ContentLine } from './structure.ts';

/**
 * A handle in brackets, then a date whose year closes the line, or is followed only by the post's
 * time ("… on Mar 3, 2025 at 9:41am PST"): what follows the name in an embed's signature.
 */
const SIGNATURE_TAIL = /\(@[\p{L}\p{N}_.]{1,30}\)[^()]{0,40}(?:19|20)\d\d(?:\s\D{0,6}\d{1,2}[:.]\d\d\s?\p{L}{0,2}(?:\s\p{Lu}{2,4})?)?$/u;
/** Longest signature: a name, a handle, a date, and the few words some embeds put before them. */
const MAX_SIGNATURE_WORDS = 20;
/** Longest post text: a post's length limit is a few hundred characters (about 60 words). */
const MAX_POST_WORDS = 70;
/**
 * What a post's text carries and a story's sentence seldom does: a handle, a hashtag, a link. Read
 * on a page whose embeds lost their texts, where the line above a signature is mostly the story's
 * own sentence about the post ("… police said in a tweet.").
 */
const POST_MARK = /[@#][\p{L}\p{N}_]|https?:\/\/|pic\./u;
/** A post's picture link, printed at the end of its text. */
const POST_PICTURE_LINK = /(?:^|\s)pic\.twitter\.com\/\w+/u;

export function markEmbeddedPosts(lines: ContentLine[]): void {
  // Both shapes hold a fixed string ('(@', 'pic.'): most lines have neither, and no pattern runs on them.
  const signatures: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (isSignature(l)) signatures.push(i);
    else if (l.text.includes('pic.') && POST_PICTURE_LINK.test(l.text) && wordsUpTo(l, MAX_POST_WORDS + 1) <= MAX_POST_WORDS) {
      l.reason = 'syndication';
    }
  }
  if (signatures.length === 0) return;
  // A signature right under another: the page prints its embeds without their texts (the service draws them).
  const textless = signatures.some((s, k) => k > 0 && signatures[k - 1] === s - 1);
  for (const i of signatures) {
    const l = lines[i]!;
    l.reason = 'syndication';
    const above = lines[i - 1];
    if (
      above !== undefined &&
      above.reason === null &&
      above.line >= l.line - 2 &&
      wordsUpTo(above, MAX_POST_WORDS + 1) <= MAX_POST_WORDS &&
      (!textless || POST_MARK.test(above.text))
    )
      above.reason = 'syndication';
  }
}

function isSignature(l: ContentLine): boolean {
  // Most lines have no handle in brackets: one search before the pattern.
  return l.text.includes('(@') && wordsUpTo(l, MAX_SIGNATURE_WORDS + 1) <= MAX_SIGNATURE_WORDS && SIGNATURE_TAIL.test(l.text);
}
