/**
 * The publication date from the text, as scored candidates (date-candidates.ts): the dates that
 * agree on a year add up, the strongest year wins when it clears a threshold and no other year
 * comes close, and its best evidence is kept. A wrong year is worse than none: when the evidence is
 * weak or split, there is no date. A copyright year is never the publication year.
 */
import type { CleanResult, Settled } from '../types.ts';
import { collectDateCandidates, RANK, type DateCandidate, type DateEvidence, type MonthDay } from './date-candidates.ts';

/** A head stamp alone clears it; a date in the middle or the tail needs a cue or a second line. */
const THRESHOLD = 5;
/** Another year this close to the winner makes the page's date uncertain, unless it is weaker evidence. */
const MARGIN = 2;
/** Agreeing lines add this much each, up to AGREEMENT_CAP. */
const AGREEMENT = 1;
const AGREEMENT_CAP = 2;

/**
 * @param visitDates the corpus's visit dates (date-visit.ts), which a header's bare date line does not count for
 * @param siteNames names the page's site goes by (its address's label, a stated or folder outlet): a header date above
 * a line naming it is the site's today
 */
export function inferDate(
  clean: CleanResult,
  today: Date = new Date(),
  visitDates?: ReadonlySet<string>,
  siteNames?: readonly string[],
): Settled<string> | undefined {
  return weighDates(collectDateCandidates(clean, today, visitDates, siteNames)).date;
}

/** Why a page got its date or none: the year groups, strongest first, and the decision (for bench/ingest/date-trace.ts). */
export interface DateWeighing {
  groups: Group[];
  date?: Settled<string>;
  /** Why no date: no candidate, the best year too weak, a close second year, or a listing's page (`Headline.archive`). */
  abstained?: 'none' | 'weak' | 'close' | 'listing';
}

export function weighDates({ dated, monthDays, archive }: DateEvidence): DateWeighing {
  if (dated.length === 0) return { groups: [], abstained: 'none' };

  const groups = [...groupBy(dated, (c) => c.iso.slice(0, 4)).values()]
    .map((members) => scoreGroup(members, monthDays))
    .sort((a, b) => b.score - a.score || RANK[b.top.kind] - RANK[a.top.kind]);
  // A listing (an archive's or a list's own heading as its title) lists other stories: their dates are theirs, not the page's.
  if (archive) return { groups, abstained: 'listing' };
  const [best, second] = contending(groups);
  if (!best || best.score < THRESHOLD) return { groups, abstained: 'weak' };
  if (second && best.score - second.score < MARGIN && RANK[best.top.kind] <= RANK[second.top.kind]) return { groups, abstained: 'close' };

  const value = mostPrecise(best.top.iso, best.members);
  if (best.top.score >= THRESHOLD || best.agreeing.length === 0) return { groups, date: { value, from: best.top.evidence } };
  return { groups, date: { value, from: `${best.top.evidence}, agreeing with ${best.agreeing[0]!}` } };
}

/**
 * The groups that can be the page's year. An update is never earlier than the first publication: a
 * year named only by update stamps ("更新日:2019年12月14日", "Updated 3 May 2021") later than a year
 * whose own date in the page head clears the threshold does not contradict it, and is left out ("Last updated 2019"
 * over a statement dated 2018 is a page edited a year on). Alone, an update's year is still weighed.
 */
function contending(groups: Group[]): Group[] {
  // Standing on a date of its own in the page head: a teaser's or a comment's date below the story is no first publication.
  const standing = groups.filter((g) => g.members.some((c) => c.kind !== 'updated' && c.zone === 'head' && c.score >= THRESHOLD));
  const later = (g: Group) =>
    g.members.every((c) => c.kind === 'updated') && standing.some((s) => s.top.iso.slice(0, 4) < g.top.iso.slice(0, 4));
  return groups.some(later) ? groups.filter((g) => !later(g)) : groups;
}

export interface Group {
  top: DateCandidate;
  members: DateCandidate[];
  score: number;
  /** Other lines that name the top candidate's date, as evidence ("line 12", "dateline '…'"). */
  agreeing: string[];
}

/**
 * A year's score: its strongest evidence, plus a little for each other line that names the same
 * date, a yearless dateline with the same month and day among them.
 */
function scoreGroup(members: DateCandidate[], monthDays: MonthDay[]): Group {
  const top = [...members].sort((a, b) => RANK[b.kind] - RANK[a.kind] || b.score - a.score || a.line - b.line)[0]!;
  const strongest = Math.max(...members.map((c) => c.score));
  const agreeing = new Map<number, string>();
  for (const c of members) if (c.line !== top.line && !c.listed && compatible(c.iso, top.iso)) agreeing.set(c.line, `line ${c.line}`);
  for (const m of monthDays) if (m.line !== top.line && top.iso.slice(5) === m.monthDay) agreeing.set(m.line, m.evidence);
  return { top, members, score: strongest + Math.min(AGREEMENT_CAP, agreeing.size * AGREEMENT), agreeing: [...agreeing.values()] };
}

/** The most precise date that agrees with `iso` ("2019-01" and "2019-01-07" give the latter). */
function mostPrecise(iso: string, members: DateCandidate[]): string {
  let best = iso;
  for (const c of members) if (c.iso.length > best.length && c.iso.startsWith(best)) best = c.iso;
  return best;
}

function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
