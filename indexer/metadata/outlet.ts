/**
 * The outlet: who a reader would cite. Every part of the page that can name it is read as a
 * candidate (outlet-candidates.ts); candidates that name the same outlet add up, a name repeated
 * in the page's furniture adds a little, and the best total wins when it clears the threshold.
 * Body text alone never decides. A wire agency is the outlet only when nothing else is named; a
 * syndication line names the original publisher, and the site that carried the text is kept apart.
 */
import type { DroppedLine } from '../../engine/types.ts';
import type { CleanResult, Settled } from '../types.ts';
import type { Copyright, Inferred } from './infer.ts';
import { outletCandidates, pageLines, POSITIONAL_KINDS, type OutletCandidate, type PageLine } from './outlet-candidates.ts';
import { isAgencyName, outletKey } from './outlet-words.ts';

export interface OutletInput {
  clean: CleanResult;
  dropped: DroppedLine[];
  agency: Inferred['agency'];
  copyright: Copyright | undefined;
  urlDomain?: string | null | undefined;
}

export type InferredOutlet = Settled<string> & { carriedBy?: Settled<string> };

/** What a winner's evidence must add up to. One medium candidate (a cookie notice) is enough. */
export const OUTLET_THRESHOLD = 2;

/** One outlet as the candidates name it: their evidence, kind by kind, and its total. */
interface OutletGroup {
  key: string;
  candidates: OutletCandidate[];
  /** Best candidate of each kind: two lines of one kind are one piece of evidence. */
  byKind: Map<string, OutletCandidate>;
  repetition: { score: number; lines: number[] };
  total: number;
}

export function inferOutlet({ clean, agency, urlDomain }: OutletInput): InferredOutlet | undefined {
  const lines = pageLines(clean);
  const candidates = outletCandidates({ clean, lines, urlDomain });
  const groups = groupCandidates(candidates, lines);
  const named = groups.filter((g) => !isAgencyName(displayName(g)) && decides(g));
  const winner = named[0];
  if (winner) {
    const outlet: InferredOutlet = withDefiniteArticle({ value: displayName(winner), from: provenance(winner) });
    if (winner.byKind.has('syndication')) {
      const carrier = named.find((g) => g !== winner && !g.byKind.has('syndication') && g.byKind.has('title-site'));
      if (carrier) outlet.carriedBy = { value: displayName(carrier), from: provenance(carrier) };
    }
    return outlet;
  }
  // A wire credited for the whole story ("(Reuters)", "Reuters/Name", "© AFP") is who a reader
  // would cite when no site is named; one that only "contributed to this report" is not.
  const wire = groups.find((g) => isAgencyName(displayName(g)) && decides(g));
  if (wire) return { value: canonicalWire(displayName(wire), agency), from: provenance(wire) };
  if (agency && agency.value !== 'Agencies' && !agency.contributedOnly) {
    return { value: agency.value, from: `${agency.from}, no other outlet named` };
  }
  return undefined;
}

/** The agency inference's short name ("AP") for a wire a candidate spelled out ("The Associated Press"). */
function canonicalWire(name: string, agency: Inferred['agency']): string {
  return agency && outletKey(agency.value) !== outletKey(name) && isAgencyName(agency.value) && sameWire(agency.value, name) ? agency.value : name;
}

function sameWire(short: string, long: string): boolean {
  const initials = long.replace(/^the\s+/i, '').split(/[\s-]+/).map((w) => w[0] ?? '').join('').toLowerCase();
  return initials === short.toLowerCase();
}

/** Enough evidence, and not from the story's prose alone (a second mention must agree). */
function decides(g: OutletGroup): boolean {
  if (g.total < OUTLET_THRESHOLD) return false;
  const furniture = [...g.byKind.values()].some((c) => !c.body);
  return furniture || g.byKind.size + (g.repetition.lines.length > 0 ? 1 : 0) >= 2;
}

function groupCandidates(candidates: OutletCandidate[], lines: PageLine[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const c of candidates) {
    const key = outletKey(c.value);
    if (key === '') continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, candidates: [], byKind: new Map(), repetition: { score: 0, lines: [] }, total: 0 }));
    g.candidates.push(c);
  }
  for (const g of groups.values()) g.byKind = bestByKind(g.candidates);
  mergeAbbreviations(groups);
  for (const g of groups.values()) {
    g.repetition = repetition(g, lines);
    g.total = [...g.byKind.values()].reduce((sum, c) => sum + c.score, 0) + g.repetition.score;
  }
  // Highest total first; on a tie, the group whose best single piece of evidence is stronger.
  return [...groups.values()].sort((a, b) => b.total - a.total || strongest(b).score - strongest(a).score);
}

/** The strongest candidate of each kind, each line counted once (a domain alone on the last line is not two mentions). */
function bestByKind(candidates: OutletCandidate[]): Map<string, OutletCandidate> {
  const byLine = new Map<number, OutletCandidate>();
  const byKind = new Map<string, OutletCandidate>();
  for (const c of candidates) {
    const other = c.line === 0 ? undefined : byLine.get(c.line);
    if (other && other.score >= c.score) continue;
    if (other && byKind.get(other.kind) === other) byKind.delete(other.kind);
    if (c.line !== 0) byLine.set(c.line, c);
    const best = byKind.get(c.kind);
    if (!best || c.score > best.score) byKind.set(c.kind, c);
  }
  return byKind;
}

/**
 * "JP" in "Subscribe to JP Premium" is the "Jovem Post" of the byline: an acronym whose letters are
 * the initials of another candidate's words joins that candidate, under the full name.
 */
function mergeAbbreviations(groups: Map<string, OutletGroup>): void {
  for (const [key, g] of groups) {
    if (!g.candidates.every((c) => /^\p{Lu}{2,5}$/u.test(c.value))) continue;
    const full = [...groups.values()].find((o) => o !== g && o.candidates.some((c) => initials(c.value) === key));
    if (!full) continue;
    const name = full.candidates.find((c) => initials(c.value) === key)!.value;
    for (const c of g.candidates) full.candidates.push({ ...c, value: name });
    full.byKind = bestByKind(full.candidates);
    groups.delete(key);
  }
}

function initials(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/**
 * Other lines that mention the name: half a point for each in the page's furniture (short lines),
 * a quarter for each in the story's prose, at most one point. Mentions only support a candidate,
 * never make one; and prose mentions do not support a name read from its position alone (a
 * headline's "- Smith" is a speaker the story names again, not a site).
 */
function repetition(g: OutletGroup, lines: PageLine[]): OutletGroup['repetition'] {
  // Lines that are a candidate, or the same text as one (a name repeated alone counts once, as its candidate).
  const used = new Set(g.candidates.map((c) => c.line));
  const usedTexts = new Set(lines.filter((l) => used.has(l.line)).map((l) => l.text));
  const prose = [...g.byKind.keys()].some((k) => !POSITIONAL_KINDS.has(k));
  const forms = [...new Set(g.candidates.map((c) => c.value))].filter((v) => v.length >= 2).map(mentionPattern);
  let score = 0;
  const at: number[] = [];
  for (const l of lines) {
    if (used.has(l.line) || usedTexts.has(l.text) || l.reason === 'headline' || l.reason === 'title-decoration' || (l.prose && !prose)) continue;
    if (!forms.some((f) => f.test(l.text))) continue;
    score += l.prose ? 0.25 : 0.5;
    at.push(l.line);
    if (score >= 1) break;
  }
  return { score: Math.min(score, 1), lines: at };
}

const patternCache = new Map<string, RegExp>();

/** The name as a whole word, in its own case or in capitals; "The" optional. */
function mentionPattern(value: string): RegExp {
  let p = patternCache.get(value);
  if (!p) {
    const bare = value.replace(/^the\s+/i, '');
    const escaped = [bare, bare.toUpperCase()].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    p = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}]|\\.[a-z])`, 'u');
    if (patternCache.size > 5000) patternCache.clear();
    patternCache.set(value, p);
  }
  return p;
}

function strongest(g: OutletGroup): OutletCandidate {
  return [...g.byKind.values()].reduce((a, b) => (b.score > a.score ? b : a));
}

/**
 * How the group is written: a name rather than a domain, the strongest candidate's spelling, and
 * mixed case rather than a masthead's capitals when the page has both.
 */
function displayName(g: OutletGroup): string {
  const names = g.candidates.filter((c) => !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,12}$/iu.test(c.value));
  const pool = names.length > 0 ? names : g.candidates;
  const mixed = pool.filter((c) => c.value !== c.value.toUpperCase() || c.value.replace(/[^\p{L}]/gu, '').length <= 4);
  return (mixed.length > 0 ? mixed : pool).reduce((a, b) => (b.score > a.score ? b : a)).value;
}

/**
 * The evidence that won, readable: the strongest piece, then the other kinds that agreed, and the
 * repeated mentions when the total needed them.
 */
function provenance(g: OutletGroup): string {
  const best = strongest(g);
  const rest = [...g.byKind.values()].filter((c) => c !== best).map((c) => c.evidence);
  if (g.repetition.lines.length > 0 && g.total - g.repetition.score < OUTLET_THRESHOLD) {
    rest.push(`the name again on line${g.repetition.lines.length > 1 ? 's' : ''} ${g.repetition.lines.join(', ')}`);
  }
  return rest.length === 0 ? best.evidence : `${best.evidence}, agreeing with ${rest.join('; ')}`;
}

/**
 * English newspaper titles ending in a masthead noun are cited with "The" ("The New York Times",
 * "The Jerusalem Post"), though syndication lines and footers often drop it. Adding it keeps one
 * outlet under one facet value whichever line named it.
 */
const MASTHEAD_NOUNS = new Set(
  'Times Post Guardian Herald Journal Telegraph Independent Tribune Globe Observer Chronicle Gazette Inquirer Examiner Economist Enquirer Courier Register Star Sun Mirror Standard Spectator Record Dispatch Bulletin Advertiser Argus Mercury Courant Sentinel Statesman Atlantic Hindu Age Australian Scotsman Times-Picayune'.split(' '),
);

export function withDefiniteArticle(settled: Settled<string>): Settled<string> {
  const words = settled.value.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 5 || !MASTHEAD_NOUNS.has(last)) return settled;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return settled;
  return { value: `The ${settled.value}`, from: `${settled.from}, cited with "The" as a newspaper title` };
}
