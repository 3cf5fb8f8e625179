/**
 * A sign-off alone under the story's last paragraph (issue 18, 18tail9): the page's last kept line, right below a
 * kept paragraph, short, ending no sentence, in one of the shapes the trade signs a story with in any language — the
 * whole line in brackets or emphasis ("(Name Surname)", "(©AGY)", "_Name_"), a bracketed credit with the desk's
 * initials ("(Agency) ab cd"), a single token joined by a slash or a double dash ("abc/de", "MP/Agency/Foto:site",
 * "J.Name--AGY"), an e-mail address ("Name reporter name@paper.example"). Read without any word list.
 *
 * Why here: below the story's end, most kept junk has no dropped line above it to anchor a rule (`beyond-story.ts`),
 * and a lone last line is as often a paragraph the scraper cut ("The guar", "Cllr Coun") as furniture
 * (`bench/ingest/tail-ends.ts`: 47 junk / 75 body pages on the write-from sets); a cut paragraph is letters, a
 * sign-off carries its brackets, slash or address. Measured (line-outcomes on every set, main 2ce0c9c + the
 * below-last-drop tail): write-from junk −9 on 9 pages of 9 sites (d5 ×2, d6 ×2, d7, d11 ×4), body 0; d8 −1,
 * d9 and c13 unchanged, body 0 on every set; BBC identical; record loss unchanged. Cost: one look at the page's last
 * kept line and the one above it; the patterns only on a short unended line under a paragraph.
 */
import { wordsUpTo } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { ContentLine } from './structure.ts';
import { isParagraphAnyScript } from './topic-tail.ts';

/** A sign-off is a name or two and a mark: longer lines are the text's. */
const MAX_WORDS = 4;
const MAX_CHARS = 40;
/** (Name), [Agency], （…）, 【…】, _Name_, *Name*: the whole line in brackets or emphasis. */
const WRAPPED = /^(?:\([^()]+\)|\[[^[\]]+\]|（[^（）]+）|【[^【】]+】|_[^_]+_|\*[^*]+\*)$/u;
/** "(Agency) ab cd": a bracketed credit with the desk's lower-case initials after it. */
const BRACKET_INITIALS = /^\([^()]+\)(?: \p{Ll}{1,4}){1,3}$/u;
/** One token, letters joined by a slash or a double dash: "abc/de", "MP/Agency/Foto:site", "J.Name--AGY". */
const JOINED = /^[^\s/]*\p{L}(?:\/|--)\p{L}\S*$/u;
/** An e-mail address on the line: a reporter's sign-off. */
const EMAIL = /\S@\p{L}[\p{L}\p{N}-]*\.\p{L}/u;

/** Whether a short line has a sign-off's shape (no length test: `markTailSignoff` makes it). */
export function isSignoffShape(text: string): boolean {
  return WRAPPED.test(text) || BRACKET_INITIALS.test(text) || JOINED.test(text) || EMAIL.test(text);
}

export function markTailSignoff(lines: ContentLine[]): void {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.reason !== null) last--;
  if (last < 1) return;
  const l = lines[last]!;
  if (l.text.length > MAX_CHARS || wordsUpTo(l, MAX_WORDS + 1) > MAX_WORDS || endsSentenceAnyScript(l.text)) return;
  let above = last - 1;
  while (above >= 0 && lines[above]!.reason !== null) above--;
  if (above < 0 || !isParagraphAnyScript(lines[above]!)) return;
  if (isSignoffShape(l.text)) l.reason = 'credit';
}
