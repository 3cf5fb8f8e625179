/**
 * A site's furniture, learned from the whole corpus: the short lines ("Sign up for our
 * newsletter", "Most read", "Follow us") that a site prints on every page and that no per-page
 * rule can tell from a subheading. A line is furniture when the same line (by `lineKey`) appears
 * in at least `minArticles` DIFFERENT articles of the corpus.
 *
 * "Different" matters: copies of one article (a wire story carried by several outlets, a page
 * saved twice, a benchmark corpus that repeats its articles) share their subheadings, and those
 * must teach nothing. An article is identified by its longest line — its longest paragraph, which
 * copies share and different articles do not. Where that fails it fails safe: pages of one site
 * whose longest line is the same long footer count as one article, so less is learned, never more.
 *
 * The corpus is not grouped by folder for the count: a corpus is often one flat folder of many
 * sites, or foldered by year or section (each folder then holds a part of every site's pages), and
 * a line in 5 different articles is furniture wherever they sit. But 5 is an absolute count: a
 * folder holding 4 pages of one site would teach nothing. So a line is also furniture when it is in
 * at least half of the different articles of one folder, and in at least `MIN_FOLDER_ARTICLES` of
 * them: a site's menu line is on most of its pages, while a folder of many outlets (or a big
 * section of one) never has a short line on half its articles.
 */
import { endsSentence, lineKey, wordCount } from './shape.ts';
import { type PageLine, pageLines } from './page-lines.ts';
import { type FolderOutlet, FolderOutlets, type FolderVote, finishVotes, lineVotes } from '../infer/outlet-folder.ts';
import { HeadDates, headDatesOf, VisitDateLearner, visitDatesIn, visitKey } from '../infer/date-visit.ts';

/** Furniture is short: menus, prompts, section labels. Longer lines are left to the per-page rules. */
const MAX_WORDS = 12;

/**
 * Different articles a line must appear in. Measured on the BBC corpus (clean articles: no
 * furniture): 2 learns 7 of its body lines (match fixtures, broadcast times), 3 learns 1, 4 and
 * 5 learn none; 5 leaves a margin.
 */
export const MIN_ARTICLES = 5;

/**
 * Fewest different articles of one folder a line must be in to be learned by the folder's share
 * (at least half its articles). 3: two pages of a site sharing a line (a byline's initials, a
 * subheading of a two-part story) are a coincidence as often as furniture. Measured with every
 * labelled set as one corpus (2026-12-05): no one-page-per-outlet set (folders of 7 to 40
 * outlets) and no BBC section (400-500 articles) has a short line on half its articles.
 */
const MIN_FOLDER_ARTICLES = 3;

const LETTER = /\p{L}/u;

/**
 * A site's block under its stories (issue 18, task 18folder): "You might also like" and a list of
 * other stories' headlines, different on every page. Line repetition learns the heading only where
 * it is on half a folder (or five articles), and never its items. So the sample also names the
 * line opening its page's tail of item-shaped lines (`tailOpener`), and a line opening such a tail
 * on `MIN_TAIL_ARTICLES` different articles anywhere in the corpus is learned as a block heading
 * (`tailKey`): on any page, it and the item-shaped lines under it to the page's end are furniture
 * (pipeline.ts, `learnedTailStart`). A heading followed by the story's paragraphs is no tail, so
 * it is never counted; a story ending on a list (fixtures, a results table) under a heading
 * printed alike on three articles would be, which the BBC guard measures.
 */
const MIN_TAIL_ARTICLES = 3;
/** Item lines a tail must have under its heading: one line under a heading is a sign-off, not a list. */
const MIN_TAIL_ITEMS = 2;
/** An item is a headline or a short teaser: a longer line is a paragraph. */
const MAX_ITEM_WORDS = 25;

/** What a block heading's furniture key starts with (`tailKey`). */
const TAIL = '\u0001tail ';

/** Whether any block heading was learned, once per furniture set: most corpora learn none. */
const tailsLearned = new WeakMap<ReadonlySet<string>, boolean>();
export function hasTails(furniture: ReadonlySet<string>): boolean {
  let has = tailsLearned.get(furniture);
  if (has === undefined) {
    has = false;
    for (const key of furniture) if (key.startsWith(TAIL)) has = true;
    tailsLearned.set(furniture, has);
  }
  return has;
}

/**
 * Where a page's learned block starts among its kept lines (`kept` index), or -1: the topmost
 * learned block heading (`tailKey`) among the item-shaped kept lines closing the page, with a kept
 * line above it (the story). It and every kept line under it are the block.
 */
export function learnedTailStart(kept: readonly { text: string }[], furniture: ReadonlySet<string>, headlineKey: string | null): number {
  if (!hasTails(furniture)) return -1;
  let start = -1;
  for (let i = kept.length - 1; i >= 1; i--) {
    const text = kept[i]!.text;
    const words = wordCount(text, MAX_ITEM_WORDS);
    if (!itemShaped(text, words)) break;
    const key = candidateKeyOf(text, words);
    if (key !== null && key !== headlineKey && furniture.has(tailKey(key))) start = i;
  }
  return start;
}

/** A learned block heading as a furniture key: lineKey never gives a control character. */
export function tailKey(key: string): string {
  return `${TAIL}${key}`;
}

/**
 * A line that can be an item of a list of other stories (a headline, a short teaser, a cut line):
 * at most `MAX_ITEM_WORDS` words, not a statement ending in a full stop (a headline may ask or
 * quote; an ellipsis is a cut teaser). @param words the line's words, counted to at least `MAX_ITEM_WORDS + 1`.
 */
export function itemShaped(line: string, words: number): boolean {
  if (words > MAX_ITEM_WORDS) return false;
  let end = line.length - 1;
  // Closing quotes and brackets after the mark.
  while (end > 0 && CLOSERS.includes(line[end]!)) end--;
  return line[end] !== '.' || line[end - 1] === '.';
}

const CLOSERS = '"\'”’»)]';

/** Characters of an article's longest line its identity is hashed from (`letterHash`). */
const IDENTITY_CHARS = 160;

/**
 * The key of a line that could be furniture (short, has letters, does not read as a sentence),
 * or null. The cheap word count runs first: most lines of an article are long paragraphs.
 */
export function candidateKey(line: string): string | null {
  return candidateKeyOf(line, wordCount(line, MAX_WORDS));
}

/** `candidateKey` for a line whose words are counted already (at least up to `MAX_WORDS + 1`). */
function candidateKeyOf(line: string, words: number): string | null {
  if (words > MAX_WORDS || endsSentence(line) || !LETTER.test(line)) return null;
  const key = lineKey(line);
  return key === '' ? null : key;
}

/** What the learner needs of one article: its candidate keys (once each) and its identity. */
export interface FurnitureSample {
  keys: string[];
  /** A hash of its longest line: copies of one article share it (see the header). */
  identity: number;
  /** The names it writes where a site writes its own (infer/outlet-folder.ts), read in the same pass. */
  votes: FolderVote[];
  /** The full dates printed alone on a line in its head (infer/date-visit.ts): maybe the visit's. */
  headDates: string[];
  /** The key of the line opening the page's tail of item-shaped lines, or null (see `MIN_TAIL_ARTICLES`). */
  tailOpener: string | null;
}

/** An article's sample, from its text (one line per line) as the cleaner will see it. */
export function furnitureSample(text: string): FurnitureSample {
  return furnitureSampleOf(pageLines(text), text);
}

/** `furnitureSample(text)` from the text's `pageLines`, made once for the cleaner too. */
export function furnitureSampleOf(lines: readonly PageLine[], text: string): FurnitureSample {
  const keys = new Set<string>();
  const votes = new Map<string, FolderVote>();
  const head = new HeadDates();
  let longest = '';
  // The last line that cannot be an item: the tail of item-shaped lines starts after it.
  let lastNonItem = -1;
  for (let i = 0; i < lines.length; i++) {
    const { trimmed: line, words } = lines[i]!;
    const key = candidateKeyOf(line, words);
    if (key !== null) keys.add(key);
    else if (!itemShaped(line, words)) lastNonItem = i;
    head.add(line, words);
    lineVotes(line, votes, longest === '');
    if (line.length > longest.length) longest = line;
  }
  return {
    keys: [...keys],
    identity: letterHash(longest),
    votes: votes.size === 0 ? [] : finishVotes(votes, text),
    headDates: head.dates,
    tailOpener: tailOpenerOf(lines, lastNonItem),
  };
}

/**
 * The key of the line right under a page's last line that cannot be an item, when the story is
 * above it (that last line is a paragraph) and at least `MIN_TAIL_ITEMS` lines follow it: the
 * heading of the page's closing list. Candidate lines are all item-shaped (short, no full stop).
 */
function tailOpenerOf(lines: readonly PageLine[], lastNonItem: number): string | null {
  if (lastNonItem < 0 || lines.length - lastNonItem - 2 < MIN_TAIL_ITEMS) return null;
  const { trimmed, words } = lines[lastNonItem + 1]!;
  return candidateKeyOf(trimmed, words);
}

/**
 * Counts, for each candidate line, the different articles it appears in, and in which folder each
 * is. Memory stays bounded: a key keeps at most `minArticles - 1` article identities (32-bit hashes)
 * until it is furniture, and each folder the set of its articles' identities.
 */
export class FurnitureLearner {
  readonly #minArticles: number;
  /** Identities of the articles a candidate was seen in, with each one's folder, until it has enough. */
  readonly #seen = new Map<string, Map<number, string>>();
  /** Identities of the different articles of each folder. */
  readonly #folders = new Map<string, Set<number>>();
  readonly #furniture = new Set<string>();
  /** The files each candidate was seen in, when the caller names them: where learned lines must be taken out. */
  readonly #sources = new Map<string, string | Set<string>>();
  /** The names each folder's pages write where a site writes its own: the folder's outlet. */
  readonly #outlets = new FolderOutlets();
  /** The dates several sites print in their head: the visit's (infer/date-visit.ts). */
  readonly #visits = new VisitDateLearner();
  /** The different articles whose tail of items each line opens (see `MIN_TAIL_ARTICLES`). */
  readonly #tails = new Map<string, Set<number>>();

  constructor(minArticles = MIN_ARTICLES) {
    this.#minArticles = minArticles;
  }

  /**
   * One article's text (one line per line), as the cleaner will see it.
   * @param folder the folder the article's file is in (corpus-relative); one folder when omitted.
   */
  add(text: string, folder = ''): void {
    this.addSample(furnitureSample(text), folder);
  }

  /**
   * One article's sample (`furnitureSample`), taken where its text was read (the build, maybe in
   * a worker thread).
   * @param source the article's file (corpus-relative): `sourcesOf` names it for each of its keys.
   */
  addSample(sample: FurnitureSample, folder = '', source?: string): void {
    const { identity: article } = sample;
    let inFolder = this.#folders.get(folder);
    if (!inFolder) this.#folders.set(folder, (inFolder = new Set()));
    inFolder.add(article);
    this.#outlets.add(folder, article, sample);
    if (sample.headDates.length > 0) {
      this.#visits.add(sample.headDates, sample.keys);
      if (source !== undefined) for (const iso of sample.headDates) this.#noteSource(visitKey(iso), source);
    }
    if (sample.tailOpener !== null) {
      let articles = this.#tails.get(sample.tailOpener);
      if (!articles) this.#tails.set(sample.tailOpener, (articles = new Set()));
      articles.add(article);
    }
    for (const key of sample.keys) {
      if (source !== undefined) this.#noteSource(key, source);
      if (this.#furniture.has(key)) continue;
      let articles = this.#seen.get(key);
      if (!articles) this.#seen.set(key, (articles = new Map()));
      articles.set(article, folder);
      if (articles.size >= this.#minArticles) {
        this.#furniture.add(key);
        this.#seen.delete(key);
      }
    }
  }

  /** The files (as given to `addSample`) holding any of these keys, in no particular order. */
  sourcesOf(keys: Iterable<string>): Set<string> {
    const found = new Set<string>();
    for (const key of keys) {
      // A block heading's pages are every page holding its line (`furnitureOfLines`), not only those it opened a list on.
      const sources = this.#sources.get(key.startsWith(TAIL) ? key.slice(TAIL.length) : key);
      if (typeof sources === 'string') found.add(sources);
      else for (const source of sources ?? []) found.add(source);
    }
    return found;
  }

  /** One string while a key is in one file (most keys): a set per key would be most of the learner's memory. */
  #noteSource(key: string, source: string): void {
    const known = this.#sources.get(key);
    if (known === undefined) this.#sources.set(key, source);
    else if (typeof known === 'string') {
      if (known !== source) this.#sources.set(key, new Set([known, source]));
    } else known.add(source);
  }

  /** The outlet each folder's pages agree on, by folder (infer/outlet-folder.ts). */
  folderOutlets(): Map<string, FolderOutlet> {
    return this.#outlets.outlets((folder) => this.#folders.get(folder)?.size ?? 0);
  }

  /**
   * The furniture learned so far: line keys (see `lineKey`), and the visit's dates as `visitKey`s
   * (infer/date-visit.ts), which no line has.
   */
  furniture(): Set<string> {
    const learned = new Set(this.#furniture);
    for (const [key, articles] of this.#seen) if (this.#onHalfOfAFolder(articles)) learned.add(key);
    for (const iso of this.#visits.dates()) learned.add(visitKey(iso));
    for (const [key, articles] of this.#tails) if (articles.size >= MIN_TAIL_ARTICLES) learned.add(tailKey(key));
    return learned;
  }

  /** Whether the articles a line is in make at least half of one folder's articles (and `MIN_FOLDER_ARTICLES`). */
  #onHalfOfAFolder(articles: Map<number, string>): boolean {
    if (articles.size < MIN_FOLDER_ARTICLES) return false;
    const perFolder = new Map<string, number>();
    for (const folder of articles.values()) perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    for (const [folder, count] of perFolder) {
      if (count >= MIN_FOLDER_ARTICLES && count * 2 >= this.#folders.get(folder)!.size) return true;
    }
    return false;
  }
}

/** The learned furniture a text holds: its keys, and the lines holding them. */
export interface FurnitureFound {
  /**
   * The furniture keys among its lines, sorted and once each (a visit's date its head prints among
   * them): what the cleaning of the text depends on, for its content hash (an article is rebuilt
   * when its own furniture changes).
   */
  keys: string[];
  /**
   * The lines holding a learned key, or a learned block heading, as the cleaner reads them (their
   * single-spaced text): what the furniture would drop were the page rules to keep them all (the
   * fix-up's check, furniture-fixup.ts). The headline's own line is not told apart: it is listed,
   * which errs on the side of building the article again.
   */
  lines: number[];
}

/**
 * The furniture of a text's page lines (`pageLines`, made once by the caller): the fix-up's check
 * of a record asks for both its keys and its lines, which were read apart before, each splitting the
 * text again. Keys are read from a line's `trimmed` text (a blank line has none), learned lines from
 * its single-spaced `text`, most often the same string.
 */
export function furnitureOfLines(lines: readonly PageLine[], furniture: ReadonlySet<string>): FurnitureFound {
  if (furniture.size === 0) return { keys: [], lines: [] };
  const found = new Set<string>();
  const learned: number[] = [];
  const tails = hasTails(furniture);
  for (const { line, trimmed, text } of lines) {
    const key = candidateKey(trimmed);
    if (key !== null) {
      if (furniture.has(key)) found.add(key);
      if (tails && furniture.has(tailKey(key))) found.add(tailKey(key));
    }
    const spacedKey = text === trimmed ? key : candidateKey(text);
    if (spacedKey !== null && (furniture.has(spacedKey) || (tails && furniture.has(tailKey(spacedKey))))) learned.push(line);
  }
  const visits = visitDatesIn(furniture);
  if (visits.size > 0) {
    for (const iso of headDatesOf(lines)) if (visits.has(iso)) found.add(visitKey(iso));
  }
  return { keys: [...found].sort(), lines: learned };
}

/**
 * FNV-1a over the letters and digits, ASCII case folded: an article identity in 4 bytes instead of
 * a paragraph, blind to spacing and punctuation like `lineKey` but without building a key of the
 * longest line of every article. A collision merges two articles (learns less). Only the first
 * `IDENTITY_CHARS` characters: copies share them as they share the whole line, and hashing whole
 * paragraphs was most of the learner's cost inside the build (bench corpus, 200,000 paragraphs:
 * 195 of 347 ms CPU).
 */
function letterHash(text: string): number {
  let h = 0x811c9dc5;
  const end = Math.min(text.length, IDENTITY_CHARS);
  for (let i = 0; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 32;
      else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) continue;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
