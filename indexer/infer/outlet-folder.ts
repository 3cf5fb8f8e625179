/**
 * The outlet of a folder: the name its pages share (issue 18). Users drop folders of pages, often
 * many from one site, and most pages name their outlet once or not at all in a place a page-alone
 * rule trusts. What one page cannot prove, the folder can: a site writes its own name the same way
 * in the same place on page after page (its tag line, its "in this issue" box), while a topic's
 * names change from story to story.
 *
 * Each page gives its votes (`folderVotes`, read from its text as the cleaner will see it, so the
 * furniture pre-pass can read them too), and `FolderOutlets` counts, per folder, the different
 * pages that carry each name. A name becomes the folder's outlet only when it is on at least
 * `MIN_PAGES` different pages and on at least half the folder's pages, and no other name of the
 * folder qualifies (two names that both recur are a topic and a site, or two sites: no outlet).
 * It names only pages that have no outlet of their own (infer/index.ts): never over a page's own
 * candidate. A folder of many outlets has no name on half its pages, so it learns nothing.
 *
 * The votes are structural, not phrases, so they hold in any language:
 * - a name beside its own initials in a list of names ("Example Radio ER", "ExampleTV ETV"): a tag
 *   or keyword line; both spellings at once say it is a brand, not a topic word;
 * - a short name in quotation marks in a short line ("Read more in the new „Example”"): how a
 *   magazine names its issue; a story quotes phrases, and different ones on different pages;
 * - what a site prints on every page (outlet-folder-print.ts): a title line's name beside the
 *   headline, its address alone, its © holder, its newsroom credit.
 */
import { MAX_SHORT_CHARS, printVotes, type PrintKind, type PrintVote } from './outlet-folder-print.ts';
import { LineMemo } from '../clean/line-memo.ts';
import { listedOutletsVersion } from './outlet-listed-index.ts';
import { isDomain, outletKey } from './outlet-names.ts';

/** Fewest different pages of one folder that must carry a name: one or two pages are a coincidence. */
export const MIN_PAGES = 3;

/** One page's vote: a name, and where the page writes it. */
export interface FolderVote {
  name: string;
  /** Which shape gave it (see the header). */
  kind: 'initials' | 'quoted' | PrintKind;
  /** The line as the page writes it (trimmed), for the evidence. */
  line: string;
  /** Counts only where another shape of the folder's pages names it too (outlet-folder-print.ts). */
  weak?: true;
}

/** A line longer than this (in words) is not a list of tags: it is prose or a teaser. */
const MAX_LIST_WORDS = 40;
/** A quoted name counts only in a line this short: an issue's box, not a story's sentence. */
const MAX_QUOTE_LINE_WORDS = 8;

/** A capitalised word: a letter in upper case first (or a digit), then letters, digits, inner marks. */
const CAP_WORD = /^[\p{Lu}][\p{L}\p{N}'’&.-]*$/u;
/** Initials: two to six capitals, nothing else. */
const INITIALS = /^\p{Lu}{2,6}$/u;
/**
 * A name in quotation marks closing the line after a lower-case word ("in the new „Example”?"): the
 * name the line's phrase points to, as a box names the issue; a headline quotes a phrase, or a name
 * in the middle of its words.
 */
const QUOTED = /\p{Ll}\s+[„“"«‚‘]\s?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s\p{Lu}[\p{L}\p{N}'’&.-]*){0,2})\s?[”"»’‘“][?!.:]?$/u;

/** The names one page puts where a site writes its own (see the header); each name once. */
export function folderVotes(text: string): FolderVote[] {
  const votes = new Map<string, FolderVote>();
  let first = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    lineVotes(line, votes, first);
    if (line !== '') first = false;
  }
  return finishVotes(votes, text);
}

/**
 * The votes of a page whose lines all went through `lineVotes`, less a name beside its initials
 * that the page's story writes too, in a sentence: that is what the story is about ("the European
 * Example Agency (EEA) said"), while a site's name stays in its furniture.
 */
export function finishVotes(votes: ReadonlyMap<string, FolderVote>, text: string): FolderVote[] {
  return [...votes.values()].filter((v) => v.kind !== 'initials' || !inASentence(text, v.name));
}

/** Whether `name` is written in a line of `text` that ends as a sentence does. */
function inASentence(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const end = text.indexOf('\n', at);
    if (SENTENCE_END.test(text.slice(at, end === -1 ? text.length : end).trimEnd())) return true;
  }
  return false;
}

/** A line longer than this (in characters) is prose: not read, so paragraphs cost one comparison. */
const MAX_LINE_CHARS = MAX_LIST_WORDS * 16;
/** Eight words are rarely more than this many characters. */
const MAX_QUOTE_LINE_CHARS = MAX_QUOTE_LINE_WORDS * 16;

/** A short line with a quotation mark in it: the only lines a quoted name is looked for in. */
const QUOTE_MARK = /[„“"«‚‘]/u;
/** A word of initials somewhere in the line: the only lines a name beside its initials is looked for in. */
const INITIALS_INSIDE = /(?:^|\s)\p{Lu}{2,6}(?=\s|$)/u;
/** What a list of names never ends with: a sentence's or a label's mark. */
const SENTENCE_END = /[.!?:]$/;

/**
 * One line's votes into `votes` (by `outletKey`, the first line a name is on kept); `first`: the
 * page's first line, where a masthead sits. Most lines are
 * paragraphs ending in a full stop with no quoted name: they are let go before being split into words.
 */
export function lineVotes(line: string, votes: Map<string, FolderVote>, first = false): void {
  if (line === '' || line.length > MAX_LINE_CHARS || proposesNothing(line)) return;
  // What the line proposes depends on its text alone (and on being the first line, which is read
  // every time): a site's lines met on another page are read once (line-memo.ts).
  const proposed = first ? proposals(line, true) : PROPOSALS.remembered(line, laterProposals);
  for (const v of proposed.printed) {
    const had = votes.get(v.key);
    if (v.key.length < 2 || (had && !had.weak)) continue;
    // A weak vote (a masthead) the page confirms in another shape counts as that shape, spelled as the first if that is an address.
    votes.set(v.key, had && isDomain(v.vote.name) ? { ...v.vote, name: had.name, line } : { ...v.vote, line });
  }
  for (const v of proposed.named) if (v.key.length >= 2 && !votes.has(v.key)) votes.set(v.key, { name: v.name, kind: v.kind, line });
}

/**
 * Whether `proposals(line, first)` is surely empty, from the line's length and last character: a
 * line ending as a sentence (. ! ? :) and longer than a short line (`MAX_SHORT_CHARS`: a title
 * line and a masthead end without such a mark, so `printVotes` reads no longer one), too long for
 * a quoted name, and no list of names (a list never ends so). Most paragraphs are such lines: each
 * was looked up in the memo below (up to `MAX_LINE_CHARS`, hashed and compared whole) and
 * remembered, and the memo filled with prose and was emptied of the site lines it is for (18perf15:
 * 19 % of the bench's lines). From 220 characters (a title line's) down to 128 (18perf16: another
 * 9 % of the bench's lines, its short paragraphs, and the memo's hits on them were a string
 * comparison each).
 */
export function proposesNothing(line: string): boolean {
  if (line.length <= MAX_SHORT_CHARS || line.length <= MAX_QUOTE_LINE_CHARS) return false;
  const last = line.charCodeAt(line.length - 1);
  // SENTENCE_END's marks: . ! ? :
  return last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3a;
}

/** A line's votes before the page's earlier lines are taken into account, each with its `outletKey`. */
interface Proposals {
  printed: Array<{ vote: PrintVote; key: string }>;
  named: Array<{ name: string; kind: 'initials' | 'quoted'; key: string }>;
}

/** The proposals of the short lines read so far; emptied when the list of outlets changes (`isWire` reads it). */
const PROPOSALS = new LineMemo<Proposals>(MAX_LINE_CHARS, 20_000, listedOutletsVersion);

/** `proposals` of a line other than the page's first. */
const laterProposals = (line: string): Proposals => proposals(line, false);

function proposals(line: string, first: boolean): Proposals {
  const printed = printVotes(line, first).map((vote) => ({ vote, key: outletKey(vote.name) }));
  const named: Proposals['named'] = [];
  const list = !SENTENCE_END.test(line) && INITIALS_INSIDE.test(line);
  const quote = line.length <= MAX_QUOTE_LINE_CHARS && QUOTE_MARK.test(line);
  if (!list && !quote) return { printed, named };
  const vote = (name: string, kind: 'initials' | 'quoted') => named.push({ name, kind, key: outletKey(name) });
  const words = line.split(/\s+/);
  if (list && words.length <= MAX_LIST_WORDS && listOfNames(words)) for (const name of namesBesideInitials(words)) vote(name, 'initials');
  const quoted = quote && words.length <= MAX_QUOTE_LINE_WORDS ? QUOTED.exec(line) : null;
  if (quoted) vote(quoted[1]!, 'quoted');
  return { printed, named };
}

/** Four words in five capitalised and no sentence's end: tags or names, not a sentence. */
function listOfNames(words: readonly string[]): boolean {
  if (words.length < 3) return false;
  return words.filter((w) => CAP_WORD.test(w)).length * 5 >= words.length * 4;
}

/**
 * The names written just before their own initials ("Example Radio ER"): the initials of up to
 * four capitalised words before them, a word in capitals giving all its letters and a brand's
 * inner capital starting a part ("ExampleTV" → E, TV).
 */
function namesBesideInitials(words: readonly string[]): string[] {
  const names: string[] = [];
  words.forEach((w, i) => {
    if (!INITIALS.test(w)) return;
    for (let n = 1; n <= 4 && i - n >= 0; n++) {
      const name = words.slice(i - n, i);
      if (!name.every((x) => CAP_WORD.test(x))) break;
      const parts = name.flatMap((x) => x.split(/(?<=\p{Ll})(?=\p{Lu})/u));
      if (parts.length >= 2 && parts.map((p) => (INITIALS.test(p) ? p : p[0])).join('') === w) {
        names.push(name.join(' '));
        break;
      }
    }
  });
  return names;
}

/** The outlet a folder's pages agree on, with its evidence. */
export interface FolderOutlet {
  value: string;
  from: string;
  /** The name's key (`outletKey`). */
  key: string;
  /**
   * The short lines (furniture keys, `candidateKey`) on at least two of the pages carrying the
   * name, and on half of them: the site's own lines, by which a page that does not write the name
   * is known as one of its pages (`ofTheSite`). Sorted.
   */
  siteLines: string[];
}

/** One page as the folder outlet reads it: its votes and its short lines' keys (a furniture sample has both). */
export interface FolderPage {
  keys: readonly string[];
  votes: readonly FolderVote[];
}

/**
 * Whether a page of the folder is the site's: it writes the name itself (a vote, or the name as
 * written anywhere in its text, a sentence included: the page agrees with its folder), or one of
 * the site's own lines. A folder holding two sites' pages gives the name to the site's pages only,
 * and a page of the other site, sharing none of its lines, stays as it was.
 */
export function ofTheSite(page: FolderPage, text: string, outlet: FolderOutlet): boolean {
  if (page.votes.some((v) => outletKey(v.name) === outlet.key) || writesName(text, outlet.value)) return true;
  const site = new Set(outlet.siteLines);
  return page.keys.some((k) => site.has(k));
}

/** `name` as a whole word or words of `text`, as written (case too). */
function writesName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + name.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Counts, per folder, the different pages carrying each vote, and the short lines of those pages.
 * A page is identified by the caller (the furniture sample's identity: copies of one article count
 * once). Only pages with a vote are kept, and most pages have none: how many pages each folder
 * holds is the furniture learner's count, asked for by `outlets`.
 */
export class FolderOutlets {
  /** folder → vote key → the pages carrying it (with their short lines' keys), and how the name is best written. */
  readonly #votes = new Map<string, Map<string, Tally>>();

  add(folder: string, page: number, sample: FolderPage): void {
    if (sample.votes.length === 0) return;
    let byKey = this.#votes.get(folder);
    if (!byKey) this.#votes.set(folder, (byKey = new Map()));
    for (const v of sample.votes) {
      const key = outletKey(v.name);
      let seen = byKey.get(key);
      if (!seen) byKey.set(key, (seen = { pages: new Map(), first: v, titleLines: new Set(), otherPages: new Set(), strong: false }));
      seen.pages.set(page, sample.keys);
      if (v.kind === 'title-part') seen.titleLines.add(v.line);
      else seen.otherPages.add(page);
      if (!v.weak) seen.strong = true;
      // An address is the name's key, not its spelling: the site's name as it writes it wins.
      if (isDomain(seen.first.name) && !isDomain(v.name)) seen.first = v;
    }
  }

  /**
   * Each folder's outlet, where exactly one name is on enough of its pages.
   * @param pagesIn the different pages of a folder (the furniture learner counts them already).
   */
  outlets(pagesIn: (folder: string) => number): Map<string, FolderOutlet> {
    const found = new Map<string, FolderOutlet>();
    for (const [folder, byKey] of this.#votes) {
      const total = pagesIn(folder);
      const agreed = [...byKey].filter(([, v]) => support(v) >= MIN_PAGES && support(v) * 2 >= total);
      const one = onlyName(agreed);
      if (!one) continue;
      const [key, { pages, first }] = one;
      found.set(folder, {
        key,
        value: first.name,
        from: `the name '${first.name}' on ${pages.size} of the ${total} pages of its folder, as in '${first.line.slice(0, 80)}'`,
        siteLines: siteLines([...pages.values()]),
      });
    }
    return found;
  }
}

/** A name's votes in one folder. */
interface Tally {
  pages: Map<number, readonly string[]>;
  first: FolderVote;
  /** The different title lines it ends or opens: one line on many pages is a menu, not a headline's suffix. */
  titleLines: Set<string>;
  /** The pages voting for it by another shape than a title line. */
  otherPages: Set<number>;
  /** Whether any page votes for it by a shape that is not weak (`PrintVote.weak`: a masthead may be a section's label). */
  strong: boolean;
}

/** The pages that back a name: a title line counts once however many pages print it. */
function support(t: Tally): number {
  if (!t.strong) return 0;
  return Math.min(t.pages.size, t.otherPages.size + t.titleLines.size);
}

/**
 * The one name a folder agrees on, or null. Two names, one inside the other ("Example" in a title
 * line, "Example Media Group" in the © line), are one site written short and long: the one on
 * most pages stands. Two names apart are a topic and a site, or two sites: no outlet.
 */
function onlyName(agreed: [string, Tally][]): [string, Tally] | null {
  if (agreed.length === 0) return null;
  const [top, ...rest] = [...agreed].sort((a, b) => support(b[1]) - support(a[1]) || a[0].length - b[0].length);
  return rest.every(([k]) => k.includes(top![0]) || top![0].includes(k)) ? top! : null;
}

/** The keys on at least two of these pages and on half of them. */
function siteLines(pages: readonly (readonly string[])[]): string[] {
  const count = new Map<string, number>();
  for (const keys of pages) for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return [...count]
    .filter(([, n]) => n >= least)
    .map(([k]) => k)
    .sort();
}
