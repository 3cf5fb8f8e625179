/**
 * The outlet list (outlet-list.ts) as an index built once per process: each name and alias as
 * folded tokens keyed by its first token, names in scripts written without spaces for substring
 * search, and the domains. Finding the names of a line is then one pass over its words.
 */
import { createHash } from 'node:crypto';
import { extendOutletList, type ListedOutlet, shippedOutlets } from './outlet-list.ts';
import { type WordTrie, wordTrie } from './word-trie.ts';
import { hasUnspacedScript } from '../clean/unspaced-words.ts';
import { ownCopy } from '../clean/line-memo.ts';
import { domainParts } from './domain-parts.ts';

/**
 * How far a form can be trusted on its own: several words ("Example Daily News"); one word
 * that may be an ordinary one ("Express", "Time"); capitals ("EXN"); two letters or fewer ("EX").
 */
export type Strength = 'phrase' | 'word' | 'acronym' | 'short';

export interface Form {
  outlet: ListedOutlet;
  /** Folded tokens, as the page's words are folded. */
  tokens: string[];
  /** The list's own spelling of the tokens, for the case checks. */
  spelled: string[];
  strength: Strength;
}

export interface OutletIndex {
  byFirst: Map<string, Form[]>;
  /** One-word forms, and whether the page must write them with a capital: a quick test of a line. */
  single: Map<string, boolean>;
  /** The first two folded words of the longer forms: "example daily". */
  pairs: Set<string>;
  pairFirsts: Set<string>;
  /** The one-word forms and the pairs as a trie, for the quick test without slicing words. */
  gate: WordTrie;
  /** Names in scripts written without spaces (Han, Kana, Thai): found as substrings. */
  unspaced: Form[];
  domains: Map<string, ListedOutlet>;
  /**
   * Registrable domains under which the list puts more than one outlet ("portal.example" and
   * "tv.portal.example" are two outlets): a subdomain the list does not name is none of them.
   */
  sharedSites: Set<string>;
  /** Folded whole forms, for naming another candidate's outlet. */
  byForm: Map<string, ListedOutlet>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Korean is written with spaces, but glues its particles to a name ("조선일보는"): found only as a phrase, too. */
const HANGUL = /\p{Script=Hangul}/u;
/** Articles before a name: "The Example Times" is as strong as "Example Times", and no stronger. */
const ARTICLES = new Set('the le la les l el il lo der die das de het o a os los las'.split(' '));

export function fold(text: string): string {
  // Most words are ASCII: lower case is all they need.
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

export type Token = { raw: string; folded: string; start: number; end: number };

export function tokensOf(text: string): Token[] {
  // An ASCII line is folded whole, keeping its offsets, and read without the Unicode pattern; others word by word.
  if (!/[^\x00-\x7f]/.test(text)) return asciiTokens(text);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ raw: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a character code is an ASCII letter or digit: a word's character where TOKEN reads ASCII text. */
export function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The runs of ASCII letters and digits: what TOKEN finds in ASCII text, read by hand (issue 18's CPU budget). */
function asciiTokens(text: string): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const inWord = isAsciiWordCode(c);
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      out.push({ raw: text.slice(start, i), folded: lower.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

/**
 * Whether a name or line is matched as a phrase inside the text rather than word by word: scripts
 * written without spaces (clean/unspaced-words.ts's test) and Korean.
 */
export function matchedAsPhrase(text: string): boolean {
  return hasUnspacedScript(text) || HANGUL.test(text);
}

/** The form's tokens after any leading article. */
export function significant<T>(tokens: readonly T[], folded: (t: T) => string): T[] {
  let i = 0;
  while (i < tokens.length - 1 && ARTICLES.has(folded(tokens[i]!))) i++;
  return tokens.slice(i);
}

function strengthOf(spelled: readonly string[]): Strength {
  const sig = significant(spelled, fold);
  const letters = sig.join('').length;
  if (letters <= 2 || (sig.every((t) => t.length <= 2) && letters <= 4)) return 'short';
  if (sig.length >= 2) return 'phrase';
  const word = sig[0]!;
  if (word === word.toUpperCase() && word !== word.toLowerCase() && word.length <= 6) return 'acronym';
  return 'word';
}

function buildIndex(outlets: readonly ListedOutlet[]): OutletIndex {
  const index: OutletIndex = {
    byFirst: new Map(),
    single: new Map(),
    pairs: new Set(),
    pairFirsts: new Set(),
    gate: wordTrie([], []),
    unspaced: [],
    domains: new Map(),
    sharedSites: new Set(),
    byForm: new Map(),
  };
  // A form two outlets share ("The Star" of several countries) names neither: left out.
  const owners = new Map<string, Set<ListedOutlet>>();
  const forms: Form[] = [];
  for (const outlet of outlets) {
    for (const d of outlet.domains) index.domains.set(d, outlet);
    const names = new Set([outlet.display, outlet.name, ...outlet.aliases]);
    for (const name of names) {
      // Keyed without a leading article: "the" opens most lines, and a page may drop it.
      const spelled = significant(
        tokensOf(name).map((t) => t.raw),
        fold,
      );
      if (spelled.length === 0) continue;
      const tokens = spelled.map(fold);
      const key = tokens.join(' ');
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(outlet);
      forms.push({ outlet, tokens, spelled, strength: matchedAsPhrase(name) ? 'phrase' : strengthOf(spelled) });
    }
  }
  for (const form of forms) {
    const key = form.tokens.join(' ');
    if (owners.get(key)!.size > 1) continue;
    index.byForm.set(key, form.outlet);
    if (matchedAsPhrase(form.spelled.join(''))) {
      if (form.spelled.join('').length >= 2) index.unspaced.push(form);
      continue;
    }
    const first = form.tokens[0]!;
    if (form.tokens.length >= 2) {
      index.pairs.add(`${first} ${form.tokens[1]}`);
      index.pairFirsts.add(first);
    } else index.single.set(first, (index.single.get(first) ?? true) && form.spelled[0] !== first);
    if (!index.byFirst.has(first)) index.byFirst.set(first, []);
    index.byFirst.get(first)!.push(form);
  }
  index.gate = wordTrie(index.single.keys(), index.pairs);
  // Longest first: "Example Daily News" before "Example Daily".
  for (const list of index.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const bySite = new Map<string, ListedOutlet>();
  for (const [d, outlet] of index.domains) {
    const site = registrable(d);
    if (site === undefined) continue;
    const other = bySite.get(site);
    if (other === undefined) bySite.set(site, outlet);
    else if (other !== outlet) index.sharedSites.add(site);
  }
  return index;
}

let extra: readonly ListedOutlet[] = [];
let extraDigest = '';
let built: OutletIndex | null = null;
/** Counts the changes of the corpus's own outlets in this process (`listedOutletsVersion`). */
let version = 0;

/** Adds a corpus's own outlets (outlet-list.ts) to the shipped ones for this process. */
export function useCorpusOutlets(outlets: readonly ListedOutlet[]): void {
  if (outlets === extra || (outlets.length === 0 && extra.length === 0)) return;
  extra = outlets;
  extraDigest = outlets.length === 0 ? '' : createHash('sha256').update(JSON.stringify(outlets)).digest('hex');
  built = null;
  known.clear();
  version++;
}

/**
 * Changes whenever the corpus's own outlets do: a memo of a verdict that reads the list (a name is
 * a wire's when the list says so) must be emptied then (clean/line-memo.ts).
 */
export function listedOutletsVersion(): number {
  return version;
}

/** The corpus's own outlets in use, for a worker thread to use the same. */
export function corpusOutlets(): readonly ListedOutlet[] {
  return extra;
}

/**
 * A digest of the corpus's own outlets in use, '' without any: part of every article's content
 * hash (pipeline.ts), since an edited outlets.tsv may change any article's outlet and an
 * incremental run re-reads only articles whose hash changed.
 */
export function corpusOutletsDigest(): string {
  return extraDigest;
}

/** The index of the shipped list and the corpus's own, built on first use. */
export function outletIndex(): OutletIndex {
  if (built === null) built = buildIndex(extendOutletList(shippedOutlets(), extra));
  return built;
}

const known = new Map<string, ListedOutlet | null>();

/** The listed outlet a whole name or domain is ("Example News", "example.com"), if any. */
export function listedOutletOf(name: string): ListedOutlet | undefined {
  let o = known.get(name);
  if (o === undefined) {
    // The same few names (wires, sections) are asked about on every page.
    if (known.size > 50_000) known.clear();
    known.set(ownCopy(name), (o = lookUp(name) ?? null));
  }
  return o ?? undefined;
}

function lookUp(name: string): ListedOutlet | undefined {
  const index = outletIndex();
  const host = name
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\d?\.)?/, '')
    .replace(/\/.*$/, '');
  const tokens = significant(tokensOf(name), (t) => t.folded);
  return index.domains.get(host) ?? listedSite(index, host) ?? index.byForm.get(tokens.map((t) => t.folded).join(' '));
}

/** A host's registrable domain ("example.co.uk" for "news.example.co.uk"), when it has one. */
function registrable(host: string): string | undefined {
  const { label, suffix } = domainParts(host);
  return label === '' || suffix === '' ? undefined : `${label}.${suffix}`;
}

/**
 * The listed outlet of a host the list does not name, by the nearest listed domain it is a
 * subdomain of, up to its registrable domain ("region.example.com" is the site "example.com", as
 * every subdomain of a site keys as one outlet): an edition, a desk or a mobile copy of a listed
 * site is the site. Not the registrable domain itself when the list puts several outlets under it
 * (a portal whose subdomains are other outlets' sites): an unlisted one may be any of them or none.
 */
function listedSite(index: OutletIndex, host: string): ListedOutlet | undefined {
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+){2,}$/.test(host)) return undefined;
  const site = registrable(host);
  if (site === undefined || site === host || !host.endsWith(`.${site}`)) return undefined;
  for (let at = host.indexOf('.'); at !== -1 && at < host.length - site.length; at = host.indexOf('.', at + 1)) {
    const parent = host.slice(at + 1);
    if (parent === site && index.sharedSites.has(site)) return undefined;
    const o = index.domains.get(parent);
    if (o !== undefined) return o;
  }
  return undefined;
}
