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
import { isHeadlineLeft } from '../clean/title.ts';
import type { Settled } from '../types.ts';
import type { OutletCandidate } from './outlet-candidates.ts';
import { outletKey } from './outlet-names.ts';
import { JOIN } from './title-join.ts';

/** Candidates read from the title line itself: they prove nothing about it. */
const TITLE_KIND = /^(?:listed-)?title-/;
/** Most words of a site's name at an end of the title. */
const MAX_NAME_WORDS = 5;

const JOIN_RE = new RegExp(JOIN, 'gu');

/** The keys (`outletKey`) of the names the outlet candidates found outside the title's lines. */
export function namesElsewhere(candidates: readonly OutletCandidate[], titleLines: readonly number[]): Set<string> {
  const keys = new Set<string>();
  for (const c of candidates) {
    if (TITLE_KIND.test(c.kind) || titleLines.includes(c.line)) continue;
    const key = outletKey(c.value);
    if (key.length >= 2) keys.add(key);
  }
  return keys;
}

/**
 * The title without a name at its end or its start, joined by a title join (`title-join.ts`),
 * when `names` holds that name's key; the title unchanged otherwise. The end is tried first:
 * page titles put the site last far more often.
 */
export function withoutNamedEnd(title: Settled<string>, names: ReadonlySet<string>): Settled<string> {
  if (names.size === 0) return title;
  const joins = [...title.value.matchAll(JOIN_RE)];
  const last = joins.at(-1);
  const first = joins[0];
  if (last) {
    const tail = title.value.slice(last.index + last[0].length);
    const rest = title.value.slice(0, last.index);
    if (isNameIn(tail, names) && isHeadlineLeft(rest))
      return { value: rest.trim(), from: `${title.from}, site '${tail}' cut from its end` };
  }
  if (first) {
    const head = title.value.slice(0, first.index);
    const rest = title.value.slice(first.index + first[0].length);
    if (isNameIn(head, names) && isHeadlineLeft(rest))
      return { value: rest.trim(), from: `${title.from}, site '${head}' cut from its start` };
  }
  return title;
}

function isNameIn(part: string, names: ReadonlySet<string>): boolean {
  const words = part.trim().split(/\s+/).length;
  return words <= MAX_NAME_WORDS && names.has(outletKey(part));
}
