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
 *   magazine names its issue; a story quotes phrases, and different ones on different pages.
 */
import { outletKey } from './outlet-names.ts';

/** Fewest different pages of one folder that must carry a name: one or two pages are a coincidence. */
export const MIN_PAGES = 3;

/** One page's vote: a name, and where the page writes it. */
export interface FolderVote {
  name: string;
  /** The line as the page writes it (trimmed), for the evidence. */
  line: string;
}

/** A line longer than this (in words) is not a list of tags: it is prose or a teaser. */
const MAX_LIST_WORDS = 40;
/** A quoted name counts only in a line this short: an issue's box, not a story's sentence. */
const MAX_QUOTE_LINE_WORDS = 8;

/** A capitalised word: a letter in upper case first (or a digit), then letters, digits, inner marks. */
const CAP_WORD = /^[\p{Lu}][\p{L}\p{N}'’&.-]*$/u;
/** Initials: two to six capitals, nothing else. */
const INITIALS = /^\p{Lu}{2,6}$/u;
/** A name in quotation marks: one to three capitalised words. */
const QUOTED = /[„“"«‚‘]\s?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s\p{Lu}[\p{L}\p{N}'’&.-]*){0,2})\s?[”"»’‘“]/gu;

/** The names one page puts where a site writes its own (see the header); each name once. */
export function folderVotes(text: string): FolderVote[] {
  const votes = new Map<string, FolderVote>();
  for (const raw of text.split('\n')) lineVotes(raw.trim(), votes);
  return [...votes.values()];
}

/** A line longer than this (in characters) is prose: not read, so paragraphs cost one comparison. */
const MAX_LINE_CHARS = MAX_LIST_WORDS * 16;
/** Eight words are rarely more than this many characters. */
const MAX_QUOTE_LINE_CHARS = MAX_QUOTE_LINE_WORDS * 16;

/** A short line with a quotation mark in it: the only lines a quoted name is looked for in. */
const QUOTE_MARK = /[„“"«‚‘]/u;
/** What a list of names never ends with: a sentence's or a label's mark. */
const SENTENCE_END = /[.!?:]$/;

/**
 * One line's votes into `votes` (by `outletKey`, the first line a name is on kept). Most lines are
 * paragraphs ending in a full stop with no quoted name: they are let go before being split into words.
 */
export function lineVotes(line: string, votes: Map<string, FolderVote>): void {
  if (line === '' || line.length > MAX_LINE_CHARS) return;
  const list = !SENTENCE_END.test(line);
  const quote = line.length <= MAX_QUOTE_LINE_CHARS && QUOTE_MARK.test(line);
  if (!list && !quote) return;
  const vote = (name: string) => {
    const key = outletKey(name);
    if (key.length >= 2 && !votes.has(key)) votes.set(key, { name, line });
  };
  const words = line.split(/\s+/);
  if (list && words.length <= MAX_LIST_WORDS && listOfNames(words)) for (const name of namesBesideInitials(words)) vote(name);
  if (quote && words.length <= MAX_QUOTE_LINE_WORDS) for (const m of line.matchAll(QUOTED)) vote(m[1]!);
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
}

/**
 * Counts, per folder, the different pages carrying each vote. A page is identified by the caller
 * (the furniture sample's identity: copies of one article count once).
 */
export class FolderOutlets {
  /** folder → its pages' identities. */
  readonly #pages = new Map<string, Set<number>>();
  /** folder → vote key → the pages carrying it, and the first page's vote. */
  readonly #votes = new Map<string, Map<string, { pages: Set<number>; first: FolderVote }>>();

  add(folder: string, page: number, votes: readonly FolderVote[]): void {
    let pages = this.#pages.get(folder);
    if (!pages) this.#pages.set(folder, (pages = new Set()));
    pages.add(page);
    let byKey = this.#votes.get(folder);
    if (!byKey) this.#votes.set(folder, (byKey = new Map()));
    for (const v of votes) {
      const key = outletKey(v.name);
      const seen = byKey.get(key);
      if (seen) seen.pages.add(page);
      else byKey.set(key, { pages: new Set([page]), first: v });
    }
  }

  /** Each folder's outlet, where exactly one name is on enough of its pages. */
  outlets(): Map<string, FolderOutlet> {
    const found = new Map<string, FolderOutlet>();
    for (const [folder, byKey] of this.#votes) {
      const total = this.#pages.get(folder)!.size;
      const agreed = [...byKey].filter(([, v]) => v.pages.size >= MIN_PAGES && v.pages.size * 2 >= total);
      if (agreed.length !== 1) continue;
      const [key, { pages, first }] = agreed[0]!;
      found.set(folder, {
        key,
        value: first.name,
        from: `the name '${first.name}' on ${pages.size} of the ${total} pages of its folder, as in '${first.line.slice(0, 80)}'`,
      });
    }
    return found;
  }
}
