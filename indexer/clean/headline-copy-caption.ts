/**
 * A picture inside the story whose alt text is the headline. Publishing systems fill a photo's alt
 * text with the article's title, so once the story has begun, the headline printed again is a
 * picture's text, and the short line right under it is that picture's caption ("<the headline>" /
 * "Firefighters at the scene" / the next paragraph), in any language: a noun phrase, a list of
 * names. Only a line with no sentence end is taken: on a page nobody here tuned on, a sentence there
 * was the story going on under a repeated heading, and a caption that ends in a full stop cannot
 * be told from it by place alone.
 *
 * A copy of the headline above the story's first paragraph is the page printing its title twice
 * (the title bar, then the article's heading), and the line under that copy is the standfirst or
 * the lead: it stays. Under a copy that only the standfirst stands above (a page printing its
 * headline and standfirst in a top block, then the article under its headline again) the same label
 * goes. Runs after the headline and its copies are marked.
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentence } from './shape.ts';
import { isParagraph, isRunningText } from './story-end.ts';
import { isStandfirst, type ContentLine } from './structure.ts';

/** Longest caption taken under the copy: a longer line is the story going on. */
const MAX_CAPTION_WORDS = 30;
/** The same for scripts written without spaces, whose spaced words are clauses. */
const MAX_CAPTION_CHARS = 200;
/** The caption sits right under the picture's text: the next line, or one blank line down. */
const MAX_GAP = 2;

export function markHeadlineCopyCaptions(lines: ContentLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const copy = lines[i - 1]!;
    const l = lines[i]!;
    if (copy.reason !== 'repeated-headline' || l.reason !== null || l.line - copy.line > MAX_GAP) continue;
    if (wordsUpTo(l, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS || l.text.length > MAX_CAPTION_CHARS) continue;
    const above = storyAbove(lines, i - 1);
    if (above !== 'none' && !endsSentence(l.text)) l.reason = 'caption';
  }
}

/**
 * What of the story stands between the headline and line `copy`: a paragraph past the standfirst
 * ('story'), the standfirst alone, or nothing (the copy is the page's second title).
 */
function storyAbove(lines: readonly ContentLine[], copy: number): 'story' | 'standfirst' | 'none' {
  let standfirst = false;
  for (let j = copy - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.reason === 'headline') break;
    if (l.reason !== null || !(isParagraph(l) || isRunningText(l))) continue;
    if (!isStandfirst(lines, j)) return 'story';
    standfirst = true;
  }
  return standfirst ? 'standfirst' : 'none';
}
