/**
 * Every place a page names its outlet, read as candidates: each extractor looks only at the lines
 * that can hold its evidence and yields the name, a score for how much that evidence says on its
 * own, and the evidence itself. `outlet.ts` sums the candidates that agree and keeps the winner.
 *
 * Scores: 4 says it outright (a syndication line); 3 is strong (the site after the headline on
 * the title line, "Publisher X", "X Staff", the article's URL); 2–2.5 is enough alone (a cookie
 * notice, a copyright holder, "Subscribe to X"); 1–1.5 needs agreement (a masthead-shaped line, a
 * lone name at the foot, a byline that could be a person). Body text never decides alone.
 *
 * This module reads the page's positions (title line, top, foot, repeated lines); the cue
 * phrases are in outlet-cues.ts.
 */
import type { CleanResult } from '../types.ts';
import { lineCues, proseCues, type Context } from './outlet-cues.ts';
import { cleanName, DATE_LIKE, domainOfAddress, domainValue, isDomain, LONE_NAME, looksLikePerson } from './outlet-names.ts';
import { siteOnTitleLine, textKey } from './outlet-title.ts';
import { looksLikeOutletName } from './outlet-words.ts';

export interface OutletCandidate {
  /** The name as the page writes it. */
  value: string;
  score: number;
  /** What kind of evidence: candidates of one kind count once per outlet. */
  kind: string;
  /** For people: "cookie notice line 7 'Example uses cookies…'". */
  evidence: string;
  /** Source line, 0 when the evidence is not a line (the URL). */
  line: number;
  /** A mention inside the article's prose: never decides alone. */
  body: boolean;
}

/** Kinds read from a line's position and shape alone, with no cue word: mentions in prose do not support them. */
export const POSITIONAL_KINDS = new Set(['masthead', 'foot', 'repeated-name', 'title-tail', 'address']);

/** A line of the page as the cleaner left it, kept or dropped. */
export interface PageLine {
  line: number;
  text: string;
  /** The cleaner's reason for dropping it, null when kept. */
  reason: string | null;
  words: number;
  /** Shaped like article prose: long, or a full sentence. */
  prose: boolean;
}

export function pageLines(clean: CleanResult): PageLine[] {
  const lines: PageLine[] = [];
  for (const k of clean.kept) lines.push(pageLine(k.line, k.text, null));
  for (const d of clean.dropped) if (d.reason !== 'front-matter') lines.push(pageLine(d.line, d.text, d.reason));
  return lines.sort((a, b) => a.line - b.line);
}

/** Lines longer than this are never read whole by an extractor. */
const MAX_WORDS = 41;

function pageLine(line: number, text: string, reason: string | null): PageLine {
  let words = text === '' ? 0 : 1;
  for (let i = text.indexOf(' '); i !== -1 && words <= MAX_WORDS; i = text.indexOf(' ', i + 1)) words++;
  return { line, text, reason, words, prose: words > 15 || (words >= 8 && /[.!?…]["'”’)]?$/.test(text)) };
}

export interface CandidateInput {
  clean: CleanResult;
  lines: PageLine[];
  /** From the article's URL, when one is stated. */
  urlDomain?: string | null | undefined;
}

export function outletCandidates(input: CandidateInput): OutletCandidate[] {
  const out: OutletCandidate[] = [];
  const ctx: Context = { lines: input.lines, add: (c) => out.push(c) };
  if (input.urlDomain) ctx.add({ value: input.urlDomain, score: 3, kind: 'url', evidence: "domain of the article's URL", line: 0, body: false });
  titleSites(input.clean, ctx);
  topAndFoot(ctx);
  repeatedNames(ctx);
  input.lines.forEach((l, i) => {
    lineCues(l, i, ctx);
    if (l.prose) proseCues(l, i, ctx);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The title line

/** A title line's separators: a line without one carries no site. */
const HAS_SEPARATOR = /\s(?:[|–—·•»]|-{1,2}|::)\s/;

function titleSites(clean: CleanResult, ctx: Context): void {
  const h = clean.headline;
  if (h?.siteSuffix) {
    const name = isDomain(h.siteSuffix) ? domainValue(h.siteSuffix) : cleanName(h.siteSuffix);
    if (name) ctx.add({ value: name, score: 3, kind: 'title-site', evidence: `title-line site suffix '${h.siteSuffix}'`, line: h.line, body: false });
  }
  // Title lines sit at the top: the cleaner's headline line, a decorated copy of it, or one of
  // the first lines (a scraper's <title> above the page's own headline). The headline part is
  // known when it is the cleaner's headline or a line just below repeats it.
  const headlineKey = h ? textKey(h.text) : '';
  const top = ctx.lines.slice(0, 8);
  let keys: string[] | undefined;
  top.forEach((l, i) => {
    if (!HAS_SEPARATOR.test(l.text) || l.words > 40) return;
    keys ??= ctx.lines.slice(0, 16).map((x) => (x.words <= 30 ? textKey(x.text) : ''));
    const own = keys[i]!;
    const known = new Set(keys.slice(i + 1, i + 9).filter((k) => k !== ''));
    if (headlineKey.includes(' ') && headlineKey !== own) known.add(headlineKey);
    const found = siteOnTitleLine(l.text, known);
    const isTitle = l.reason === 'headline' || l.reason === 'title-decoration' || i === 0;
    if (!found || (!found.confirmed && !isTitle)) return;
    const domain = isDomain(found.site);
    const name = domain ? domainValue(found.site) : cleanName(found.site);
    if (!name || found.site.includes(':')) return;
    // Unconfirmed, "Headline - Name" may be a quote's speaker ("Taxes must fall - Smith") rather
    // than the site; a pipe, a domain or a publication's shape says site.
    // A speaker is named again in the story; a site seldom is.
    const siteShaped = domain || found.separator === '|' || found.separator === '::' || (looksLikeOutletName(name) && !/^\p{Lu}{2,6}$/u.test(name));
    const speaker =
      !siteShaped && !found.confirmed && (!/^(?:\S+\s?){1,3}$/u.test(name) || !name.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || ctx.lines.some((x) => x.prose && x.text.includes(name)));
    ctx.add({
      value: name,
      score: found.confirmed ? 3 : siteShaped ? 2.5 : speaker ? 1 : 1.5,
      kind: found.confirmed || !speaker ? 'title-site' : 'title-tail',
      evidence: `title-line site ${found.before ? 'prefix' : 'suffix'} '${found.site}'`,
      line: l.line,
      body: false,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Mastheads at the top, lone names at the foot, names repeated as furniture

/** First words of cue lines ("From X", "By X", "Publisher X"): such a line is read by its cue, not as a lone name. */
const CUE_START = /^(?:from|by|por|von|par|door|publisher|subscribe|follow|more|related|read|via|source|photo|foto|credit|credits|image|copyright|redaktion|redacción|redação|redazione|rédaction|redactie|updated|published|posted)$/i;

function loneName(l: PageLine): string | null {
  if (l.words > 4 || l.text.length > 40 || l.prose || !LONE_NAME.test(l.text)) return null;
  // "Campbell 75." in a line-up, "WORLD OF WARCRAFT." : a full stop ends a sentence, not a masthead.
  if (/\.$/.test(l.text) || CUE_START.test(l.text.split(' ', 1)[0]!) || DATE_LIKE.test(l.text)) return null;
  return isDomain(l.text) ? domainValue(l.text) : cleanName(l.text);
}

/** Shaped like a publication and not like a person, an acronym or a number (those are as often sections or agencies). */
function outletShaped(name: string): boolean {
  return looksLikeOutletName(name) && !looksLikePerson(name) && !/^[\p{Lu}\d\s]{1,8}$/u.test(name);
}

function topAndFoot(ctx: Context): void {
  const lines = ctx.lines;
  if (lines.length < 3) return;
  // The masthead: the site's name alone on a line above the headline (or on the first two lines).
  const headlineAt = lines.findIndex((l) => l.reason === 'headline');
  const above = headlineAt >= 0 ? lines.slice(0, Math.min(headlineAt, 3)) : lines.slice(0, 2);
  for (const l of above) {
    const name = loneName(l);
    if (name) ctx.add({ value: name, score: outletShaped(name) ? 2 : 1, kind: 'masthead', evidence: `masthead line ${l.line} '${l.text}'`, line: l.line, body: false });
  }
  // The foot: a name alone on the last line ("Site" under the story, a footer).
  const last = lines[lines.length - 1]!;
  const name = loneName(last);
  if (name) {
    ctx.add({ value: name, score: outletShaped(name) ? 2 : 1, kind: 'foot', evidence: `name alone on the last line ${last.line} '${last.text}'`, line: last.line, body: false });
  }
  // The page's own address at its top or foot (a scraper's note of where the page came from).
  for (const l of [...lines.slice(0, 3), ...lines.slice(-3)]) {
    if (l.words !== 1 || !/^https?:\/\//i.test(l.text)) continue;
    const domain = domainOfAddress(l.text);
    if (domain) ctx.add({ value: domain, score: 2, kind: 'address', evidence: `address line ${l.line} '${l.text.slice(0, 60)}'`, line: l.line, body: false });
  }
}

/**
 * A name alone on several lines: a site's credit under each item of a list, but just as often a
 * tag or a label. Never enough alone.
 */
function repeatedNames(ctx: Context): void {
  const seen = new Map<string, PageLine[]>();
  for (const l of ctx.lines) {
    if (l.words > 4 || l.prose) continue;
    const at = seen.get(l.text);
    if (at) at.push(l);
    else seen.set(l.text, [l]);
  }
  for (const [text, at] of seen) {
    if (at.length < 2) continue;
    const name = loneName(at[0]!);
    if (!name || looksLikePerson(name)) continue;
    ctx.add({
      value: name,
      score: Math.min(1.5, 0.5 * at.length),
      kind: 'repeated-name',
      evidence: `'${text}' alone on ${at.length} lines (${at.map((l) => l.line).join(', ')})`,
      line: at[0]!.line,
      body: false,
    });
  }
}
