/**
 * A photo's alt text printed above its caption: the same sentence twice, one line apart, the
 * second copy signed with a credit ("A car outside the house." / "A car outside the house. /
 * Jane Doe"). Once the rules have taken the signed copy for a caption, the bare copy is the same
 * picture's text, whatever its words. Runs after the caption rules.
 *
 * The bare copy stays when it reads as part of the story: the story's first paragraph (a page that
 * reuses its lead as the photo's caption), or a paragraph that goes on from the paragraph above it
 * (it shares that paragraph's words: a page that repeats a paragraph as a caption). Alt text
 * describes a picture, and has no words in common with the paragraph it interrupts.
 */
import { lineKey, words } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { isParagraph, isRunningText } from './story-end.ts';
import { isStandfirst, type ContentLine } from './structure.ts';

/** Fewest words of the bare copy: shorter lines repeat by coincidence (a name, a label). */
const MIN_ALT_WORDS = 4;
/** Longest alt text: a longer line is a paragraph. */
const MAX_ALT_WORDS = 40;
/** Most words the signed copy adds: a credit, not a sentence. */
const MAX_CREDIT_WORDS = 6;
/** Letters of a word compared with the paragraph above: shorter words are grammar, not the topic. */
const MIN_CONTENT_LETTERS = 4;
/** Fewest content words the bare copy needs for its overlap with the paragraph above to be read. */
const MIN_CONTENT_WORDS = 3;
/** Share of its content words the bare copy may share with the paragraph above and still interrupt it. */
const MAX_SHARED = 0.2;

export function markAltTextCopies(lines: ContentLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const bare = lines[i]!;
    const signed = lines[i + 1]!;
    if (bare.reason !== null || signed.reason !== 'caption' || signed.line > bare.line + 2) continue;
    const words = wordsUpTo(bare, MAX_ALT_WORDS + 1);
    if (words < MIN_ALT_WORDS || words > MAX_ALT_WORDS || !isSignedCopy(bare.text, signed.text)) continue;
    const above = paragraphAbove(lines, i);
    if (above === null || isStandfirst(lines, i) || continuesParagraph(bare.text, above.text)) continue;
    bare.reason = 'caption';
  }
}

/** The signed line is the bare line (case, punctuation and spacing aside) and a few words more. */
function isSignedCopy(bare: string, signed: string): boolean {
  const key = lineKey(bare);
  const signedKey = lineKey(signed);
  if (signedKey.length <= key.length || !signedKey.startsWith(`${key} `)) return false;
  return words(signedKey.slice(key.length)).length <= MAX_CREDIT_WORDS;
}

/**
 * The nearest unlabelled paragraph above line index `i`, when only a stamp or other labelled lines
 * sit between; null when the bare line is the first text of the page (its lead).
 */
function paragraphAbove(lines: readonly ContentLine[], i: number): ContentLine | null {
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.reason === 'headline') return null;
    if (l.reason === null && (isParagraph(l) || isRunningText(l))) return l;
  }
  return null;
}

function contentWords(text: string): Set<string> {
  return new Set(
    lineKey(text)
      .split(' ')
      .filter((w) => w.length >= MIN_CONTENT_LETTERS && !/\d/.test(w)),
  );
}

/** The bare copy shares the paragraph's topic words, or has too few of its own to tell. */
function continuesParagraph(bare: string, paragraph: string): boolean {
  const own = contentWords(bare);
  if (own.size < MIN_CONTENT_WORDS) return true;
  const theirs = contentWords(paragraph);
  let shared = 0;
  for (const w of own) if (theirs.has(w)) shared++;
  return shared > own.size * MAX_SHARED;
}
