/**
 * The page's address names its headline: publishing systems of every language build the path's
 * last readable part (the slug) from the headline's words ("/2019/02/18/council-votes-new-ferry-
 * budget", "…/champions-du-made-in-france.N273269"). When the address is known (a `urls.tsv` beside
 * the pages, a manifest's or a record's `url`), the line whose words the slug holds is the
 * headline, wherever the page's chrome put it: under a notice or a login form that stopped the
 * scan, in capitals read as a menu, bulleted like the menu above it, after the story. Words are
 * compared folded (lower case, accents off) and whole, never by a page's wording: the evidence is
 * the address, not a phrase. A slug of fewer than three words (an id, "/news/12345", a section) names
 * nothing.
 */

// The outlet list's fold: lower case without accents, "Qualità" as the address writes it, "qualita".
import { fold } from '../infer/outlet-listed-index.ts';
import type { ContentLine } from './structure.ts';

/** Words of the slug, at least: fewer are a section, an id or a site's name. */
const MIN_SLUG_WORDS = 3;
/** Share of the slug's words the line must hold, at least. */
const MIN_SLUG_SHARE = 0.6;
/**
 * Share of the two word sets' union that both hold (Jaccard), more than this: a paragraph that
 * retells the headline holds the slug's words among many of its own, a standfirst half of them, and
 * the page's title in its footer chrome the slug's words beside as many of the site's and section's.
 */
const MIN_MATCH = 0.5;

/** Folded words of three letters or more, numbers alone left out ("2019", "12345" are dates and ids). */
function foldedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length >= 3 && !DIGITS.test(w)) out.add(w);
  }
  return out;
}
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** The slug's words a line must hold, at least. */
function wordsNeeded(slug: ReadonlySet<string>): number {
  return Math.max(MIN_SLUG_WORDS, Math.ceil(MIN_SLUG_SHARE * slug.size));
}

/**
 * The slug's words: of the URL's path parts, the one with the most words (its last readable part;
 * the section folders before it have one or two), less the folders' words it repeats. Null without
 * a slug of three words.
 */
export function addressWords(url: string | undefined | null): Set<string> | null {
  if (!url) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const parts = path.split('/').map((part) => foldedWords(fold(part.replace(/\.[a-z]{3,5}$/i, ''))));
  let best: Set<string> | null = null;
  for (const words of parts) if (words.size > (best?.size ?? 0)) best = words;
  if (best === null) return null;
  // A section's folder the slug repeats ("/sport/…/sport-league-cup-draw") names the section, not the headline.
  for (const words of parts) if (words !== best) for (const w of words) best.delete(w);
  return best.size >= MIN_SLUG_WORDS ? best : null;
}

/** How well a line's words match the slug's: the Jaccard share, or 0 when the line holds too few of them. */
export function addressMatch(text: string, slug: ReadonlySet<string>): number {
  const line = fold(text);
  // The slug's words as substrings first: a line holding too few of them is never cut into words.
  let found = 0;
  for (const w of slug) if (line.includes(w)) found++;
  if (found < wordsNeeded(slug)) return 0;
  const words = foldedWords(line);
  const shared = sharedWords(words, slug);
  if (shared < wordsNeeded(slug)) return 0;
  return shared / (words.size + slug.size - shared);
}

/** Share of the slug's words a headline that keeps its place holds, at least (three words at least). */
const KEEP_SHARE = 0.5;

/**
 * The line holds half the slug's words or more: the headline the address was made from, reworded
 * or longer than a slug the system cut short (its copy below, or the headline's earlier wording
 * under it, matches better and is still not the headline).
 */
export function holdsAddress(text: string, slug: ReadonlySet<string>): boolean {
  const shared = sharedWords(foldedWords(fold(text)), slug);
  return shared >= MIN_SLUG_WORDS && shared >= KEEP_SHARE * slug.size;
}

function sharedWords(words: ReadonlySet<string>, slug: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of words) if (slug.has(w)) shared++;
  return shared;
}

/** Lines of fewer words cannot hold three of the slug's. */
const MIN_LINE_WORDS = 3;
/** A line of more than this many times the slug's words is a paragraph, which retells the headline. */
const MAX_WORDS_FACTOR = 4;

/**
 * The first of the lines before `end` that matches the slug best, better than `MIN_MATCH`; null
 * when none does. Only kept lines (no phrase label) that could hold three of the slug's words and
 * are no paragraph are folded: a menu's items and the story's paragraphs are never read.
 */
export function lineNamedByAddress(
  lines: readonly ContentLine[],
  end: number,
  slug: ReadonlySet<string>,
): { index: number; match: number } | null {
  const most = MAX_WORDS_FACTOR * slug.size;
  let best: { index: number; match: number } | null = null;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (l.reason !== null || l.words < MIN_LINE_WORDS || l.words > most) continue;
    const match = addressMatch(l.text, slug);
    if (match > MIN_MATCH && match > (best?.match ?? 0)) best = { index: i, match };
  }
  return best;
}
