/**
 * Off-story lines above the story (issue 18, sixteenth session; measured, then reverted: see
 * docs/ingestion.md). Between the headline (or the page's start) and the story's first line that
 * shares a content word with it — the title and the kept paragraphs from the story's core down —
 * a kept line that shares none of those words, is no sentence and has a line an earlier rule
 * dropped right above or below it is page furniture: a menu's item, a share row, a byline, another
 * story's teaser. Guards, each for a body line of the write-from sets this shape also fits: a
 * sentence, a line ending in a colon (it introduces the story's list), a list item, a line opening
 * in lower case (a wrapped paragraph), a quoted line (a pull quote), more than 14 words (a deck),
 * one of the story's own shapes (`isStoryShape`: a score, a figure, a fixture), a core of fewer than
 * two paragraphs (a wrapped or one-paragraph page, whose words say too little).
 */
import type { Headline } from '../types.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';
import { contentStems } from './title-agreement.ts';
import { isParagraphAnyScript, isSentence, isStoryShape } from './topic-tail.ts';

const MIN_CORE = 2;
const MAX_WORDS = 14;
const ENDS_IN_COLON = /:\s*$/u;
const OPENS_AS_ITEM = /^[-–•·*]/u;
const OPENS_QUOTED = /^["'“”‘’«»„‚‹›「『]/u;

export function markOffStory(lines: ContentLine[], headline: Headline | null, _mask: LanguageMask): void {
  const kept = lines.filter((l) => l.reason === null);
  const para = kept.map(isParagraphAnyScript);
  let core = { start: 0, end: 0 };
  let from = -1;
  para.forEach((p, i) => {
    if (!p) from = -1;
    else {
      if (from < 0) from = i;
      if (i + 1 - from > core.end - core.start) core = { start: from, end: i + 1 };
    }
  });
  if (core.end - core.start < MIN_CORE) return;
  const first = headline === null ? 0 : kept.findIndex((l) => l.line > headline.line);
  if (first < 0 || first >= core.start) return;
  const story = headline === null ? new Set<string>() : contentStems(headline.text);
  for (let i = core.start; i < kept.length; i++) if (para[i]) for (const s of contentStems(kept[i]!.text)) story.add(s);
  const index = new Map(lines.map((l, i) => [l, i]));
  for (let i = first; i < core.start; i++) {
    const l = kept[i]!;
    const own = contentStems(l.text);
    if (own.size === 0) continue;
    let shares = false;
    for (const s of own) if (story.has(s)) shares = true;
    // The story has started: what follows is read by the other rules.
    if (shares) return;
    const t = l.text;
    if (isSentence(l) || ENDS_IN_COLON.test(t) || OPENS_AS_ITEM.test(t) || OPENS_QUOTED.test(t)) continue;
    if (t[0]! !== t[0]!.toUpperCase() || l.words > MAX_WORDS || isStoryShape(kept, i)) continue;
    const at = index.get(l)!;
    if ((at > 0 && lines[at - 1]!.reason !== null) || (at + 1 < lines.length && lines[at + 1]!.reason !== null)) l.reason = 'off-story';
  }
}
