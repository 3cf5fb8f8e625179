/**
 * A web or e-mail address whose name is a name of several words written elsewhere on the page
 * ("Example Daily" and "exampledaily.com", "Example News Network" and "desk@enn.example"): the
 * address joins the words or keeps their initials, as sites make their addresses from their
 * names. The match is on letters alone, so it holds in any language written in Latin letters
 * and needs no cue word (issue 18). A one-word name and its address are domainNames' (outlet-structure.ts).
 *
 * Only an address in the page's furniture or a short line, alone on a line or written whole counts: one in the
 * story's prose is a site the story is about.
 *
 * Scores: the joined words of a site's address agree with themselves, as a bare address line does
 * (2, enough alone); initials meet more names by chance (1.5), and an e-mail address is as often
 * a writer's other employer or a syndicator's (1): both need another place to agree.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { isDomain, outletKey } from './outlet-names.ts';
import { isPlatform, isWire } from './outlet-words.ts';
import { domainParts } from './domain-parts.ts';
import { asciiLettered, spelledFromCapital } from './capital-spelling.ts';

type Add = (c: OutletCandidate | null) => void;

/** A capitalised word of a name; a number may stand among them ("Example 24 News"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\p{N}+)$/u;
/** Punctuation around a word in a sentence. */
const EDGES = /^[\p{Ps}\p{Pi}"'«]+|[\p{Pe}\p{Pf}"'»,.;:!?]+$/gu;
/** A line this short is a label or a link, not the story's prose, even when the cleaner kept it. */
const SHORT_LINE = 8;
/** Words in a name: two to four, as most mastheads are. */
const MAX_WORDS = 4;
/** Fewest letters of a name read joined: shorter ones meet any pair of words. */
const MIN_JOINED = 6;

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_LETTERS = /[^a-z]+/g;

/** Letters only, case and accents aside: how a name and an address are compared. */
export function letters(text: string): string {
  // ASCII is its own NFKD and has no marks: lower-cased, its letters are a to z.
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_LETTERS, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');
}

/**
 * The label a site registers, letters only ("news.example-daily.co.uk" → "exampledaily"): the
 * part before the public suffix, whatever subdomain stands in front.
 */
export function registrableLabel(address: string): string {
  return letters(registrablePart(address));
}

/** The registrable label as written ("news.example-24.co.uk" → "example-24"): what a site chose for its name. */
export function registrablePart(address: string): string {
  return domainParts(address).label;
}

interface Label {
  address: OutletCandidate;
  email: boolean;
}

export function addressWordNames(lines: readonly PageLine[], addresses: readonly OutletCandidate[], add: Add): void {
  const labels = new Map<string, Label>();
  const furniture = new Set(lines.filter((l) => l.reason !== null || l.words <= SHORT_LINE).map((l) => l.line));
  for (const a of addresses) {
    const email = a.kind === 'email';
    if (!email && !isDomain(a.value)) continue;
    // A bare "example.com" in the story's prose is a site the story is about ("visitors to
    // janedoe.com"), its name a person's or a campaign's; the page's own address stands in its
    // furniture or is written whole.
    if (a.kind === 'address-mention' && !furniture.has(a.line) && !/'(?:https?:|www\d?\.)/i.test(a.evidence)) continue;
    const label = registrableLabel(a.value);
    // Three letters are initials at most; fewer meet any pair of words.
    if (label.length >= 3 && !labels.has(label)) labels.set(label, { address: a, email });
  }
  if (labels.size === 0) return;
  // Initials are three or four letters; a joined name has six or more. A line can only hold a name
  // whose joined letters are a label if its own letters hold them, from the name's first capital on,
  // or initials if it writes each of their letters as a capital: most lines of prose are let go
  // before their words are read.
  const joined = [...labels.keys()].filter((label) => label.length >= MIN_JOINED);
  const initials = [...labels.keys()].filter((label) => label.length <= MAX_WORDS);
  for (const l of lines) {
    // Each label is found once (it is then let go): with none left, no line can add one.
    if (labels.size === 0) return;
    // A name's first word opens with a capital (A to Z where the line's letters are all ASCII), and
    // its letters run on from there: only the places of that capital need a look (capital-spelling.ts).
    // Initials are the first letters of three or four such words, each a capital the line writes
    // (18perf18). A label of five letters is neither joined nor initials: no line finds it.
    if (
      asciiLettered(l.text) &&
      !joined.some((label) => spelledFromCapital(l.text, label, false)) &&
      !initials.some((label) => capitalsOf(l.text, label))
    )
      continue;
    for (const run of nameRuns(l.text)) {
      for (const { words, how } of spellings(run)) {
        const key = how === 'joined' ? letters(words.join('')) : letters(words.map((w) => w[0]).join(''));
        const found = labels.get(key);
        if (!found || (how === 'joined' && key.length < MIN_JOINED)) continue;
        // Letters alone match "© 2005 Example Daily" to exampledaily.com as well as its name: a
        // number at a name's edge belongs to it only when the address writes it too ("Example 24").
        if (!edgeNumbersInAddress(words, found.address.value)) continue;
        const name = words.join(' ');
        if (isWire(name) || isPlatform(name)) continue;
        labels.delete(key);
        joinAddress(found.address, name);
        add({
          value: name,
          score: found.email ? 1 : how === 'joined' ? 2 : 1.5,
          kind: 'address-words',
          evidence: `'${name}' on line ${l.line}, its ${how === 'joined' ? 'words joined' : 'initials'} in the address ${found.address.value}`,
          line: l.line,
        });
      }
    }
  }
}

/** Whether the text writes each letter of `label` (a to z) as a capital somewhere. */
export function capitalsOf(text: string, label: string): boolean {
  for (let i = 0; i < label.length; i++) if (!text.includes(label[i]!.toUpperCase())) return false;
  return true;
}

/** Whether a number first or last among the words is written in the address's registrable part. Exported for a test. */
export function edgeNumbersInAddress(words: readonly string[], address: string): boolean {
  const edges = [words[0]!, words[words.length - 1]!].filter((w) => /^\p{N}+$/u.test(w));
  if (edges.length === 0) return true;
  const part = registrablePart(address);
  return edges.every((n) => part.includes(n));
}

/** Runs of capitalised words in a line, punctuation trimmed; a run ends where a word is not a name's. Exported for a test. */
export function nameRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const raw of text.split(/\s+/)) {
    // A word opening with a small ASCII letter is no name's (most words of prose): it closes the run.
    const first = raw.charCodeAt(0);
    if (first >= 0x61 && first <= 0x7a) {
      if (run.length > 0) runs.push(run), (run = []);
      continue;
    }
    const word = raw.replace(EDGES, '');
    const ends = word !== raw.replace(/^[\p{Ps}\p{Pi}"'«]+/u, '');
    if (NAME_WORD.test(word)) run.push(word);
    else if (run.length > 0) runs.push(run), (run = []);
    // A comma or full stop after a word closes its name.
    if (ends && run.length > 0) runs.push(run), (run = []);
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.filter((w) => /\p{L}/u.test(w)).length >= 2);
}

/**
 * Every stretch of two to four words of a run, read joined and as initials (three words or more);
 * the longer first, so a number the address writes too stays with its name ("Example Daily 24").
 */
export function* spellings(run: readonly string[]): Generator<{ words: string[]; how: 'joined' | 'initials' }> {
  for (let i = 0; i < run.length; i++)
    for (let n = Math.min(MAX_WORDS, run.length - i); n >= 2; n--) {
      const words = run.slice(i, i + n);
      if (words.filter((w) => /\p{L}/u.test(w)).length < 2) continue;
      yield { words, how: 'joined' };
      if (n >= 3 && words.every((w) => /^\p{L}/u.test(w))) yield { words, how: 'initials' };
    }
}

/**
 * The article's stated URL (a manifest's or urls.tsv's) joins the name the page spells it with
 * ("news.example-daily.com" and "Example Daily"): one outlet, written as a name. Only the URL: an
 * address found on the page stays a place of its own, as the scores above were weighed.
 */
export function joinAddress(address: OutletCandidate, name: string): void {
  if (address.kind === 'url' && address.group === undefined) address.group = outletKey(name);
}
