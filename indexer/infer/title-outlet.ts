/**
 * A title that still carries the site's name at one end ("Headline - Example News", "Example
 * News | Headline") when the cleaner could not tell the name from the headline's own words: the
 * outlet inference, which reads every place of the page (prose "according to X", datelines,
 * credits, bylines, addresses), found that same name somewhere other than the title line. A
 * headline's first or last words are rarely a name the page also puts forward as a publication.
 * The cleaner's own rules (`clean/title.ts`) read only names printed alone, as a domain or after
 * a credit word; this reads the outlet rules' candidates, whatever their score (the winner is cut
 * in `infer.ts` already).
 */
import { lineKey } from '../clean/shape.ts';
import { isHeadlineLeft } from '../clean/title.ts';
import type { Settled } from '../types.ts';
import type { OutletCandidate } from './outlet-candidates.ts';
import { outletKey } from './outlet-names.ts';
import { JOIN } from './title-join.ts';

/** Candidates read from the title line itself: they prove nothing about it. */
const TITLE_KIND = /^(?:listed-)?title-/;
/** Most words of a line that can echo the title's pair; a longer line is prose, which shares the story's words anyway. */
const MAX_ECHO_WORDS = 8;
/** Most words of a site's name at an end of the title. */
const MAX_NAME_WORDS = 5;

const JOIN_RE = new RegExp(JOIN, 'gu');

/**
 * The names the outlet candidates found outside the title's lines, by key (`outletKey`), each with
 * the texts of the lines that named it ('' for a place that is no line: the URL, a stated outlet).
 */
export function namesElsewhere(
  candidates: readonly OutletCandidate[],
  titleLines: readonly number[],
  lineText: (line: number) => string = () => '',
): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const c of candidates) {
    if (TITLE_KIND.test(c.kind) || titleLines.includes(c.line)) continue;
    const key = outletKey(c.value);
    if (key.length < 2) continue;
    const texts = names.get(key) ?? [];
    texts.push(c.line > 0 ? lineText(c.line) : '');
    names.set(key, texts);
  }
  return names;
}

/**
 * The title without a name at its end or its start, joined by a title join (`title-join.ts`),
 * when `names` holds that name's key; the title unchanged otherwise. The end is tried first:
 * page titles put the site last far more often.
 */
export function withoutNamedEnd(title: Settled<string>, names: ReadonlyMap<string, readonly string[]>): Settled<string> {
  if (names.size === 0) return title;
  const joins = [...title.value.matchAll(JOIN_RE)];
  const last = joins.at(-1);
  const first = joins[0];
  if (last) {
    const tail = title.value.slice(last.index + last[0].length);
    const rest = title.value.slice(0, last.index);
    if (isNamedApart(tail, rest, names) && isHeadlineLeft(rest))
      return { value: rest.trim(), from: `${title.from}, site '${tail}' cut from its end` };
  }
  if (first) {
    const head = title.value.slice(0, first.index);
    const rest = title.value.slice(first.index + first[0].length);
    if (isNamedApart(head, rest, names) && isHeadlineLeft(rest))
      return { value: rest.trim(), from: `${title.from}, site '${head}' cut from its start` };
  }
  return title;
}

/**
 * The part is a name of `names`, found on some line that is prose or whose other words are not the
 * headline's: a short line that echoes the title's own pair ("Team A - Team B" over a match report "Team A – Team B
 * 1-2! …") names a side of the story, not the site.
 */
function isNamedApart(part: string, rest: string, names: ReadonlyMap<string, readonly string[]>): boolean {
  if (part.trim().split(/\s+/).length > MAX_NAME_WORDS) return false;
  const texts = names.get(outletKey(part));
  if (!texts) return false;
  const own = new Set(lineKey(part).split(' '));
  const headline = new Set(lineKey(rest).split(' '));
  const copy = lineKey(rest);
  return texts.some((t) => {
    const key = lineKey(t);
    // A line holding the headline itself is the title printed again, with the same name beside it.
    if (key.includes(copy)) return false;
    const words = key.split(' ');
    return words.length > MAX_ECHO_WORDS || !words.some((w) => w !== '' && !own.has(w) && headline.has(w));
  });
}
