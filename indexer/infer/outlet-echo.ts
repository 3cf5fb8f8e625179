/**
 * A weak name found again in another role of the page (issue 18): the stamp's "Example" and a
 * photo credit "Foto: EXAMPLE", an address "https://www.example.fi/…" and the name in a credit. One weak
 * place is as often a section, a label or another outlet quoted; the same name in two places that
 * do not copy each other is the page naming itself twice. Repetition of one line ("Example" under
 * every teaser) is not a second role, so a line with the same text does not count.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { bareDomain, isDomain, personShaped } from './outlet-names.ts';
import { cuedPublicationName } from './outlet-mentions.ts';
import { quote } from './quote.ts';
import { escapeRegExp } from '../escape-regexp.ts';

type Add = (c: OutletCandidate | null) => void;

/**
 * The weak places that say "this site" by their role: the name beside the stamp's date, an
 * address. A byline, a headline's tail or a repeated label name a person, a place or a section as
 * often, and those recur in the story by nature; a masthead or foot line found again raised the
 * held-out wrong outlets; a newsroom phrase is weak only with short capitals, which a story about
 * a party repeats ("seen by the XYZ … the XYZ said").
 */
const ROLES = new Set(['stamp-name', 'address', 'address-mention']);

/** Candidates this weak need another place; stronger ones stand alone. */
const WEAK = 2;
/** Names shorter than this meet too many words and initials in lower case. */
const MIN_FOLDED = 4;

/** Each weak name once: where else does the page write it? */
export function echoes(lines: readonly PageLine[], candidates: readonly OutletCandidate[], add: Add): void {
  const done = new Set<string>();
  for (const c of candidates) {
    if (c.score >= WEAK || !ROLES.has(c.kind) || bareInProse(c)) continue;
    const word = spelling(c.value);
    if (!word || done.has(word.source)) continue;
    done.add(word.source);
    const own = lines.find((l) => l.line === c.line)?.text;
    // The headline is about the story's subject, which is no second role of the site.
    const at = lines.find((l) => l.line !== c.line && l.text !== own && l.reason !== 'headline' && word.test(l.text));
    if (at)
      add({
        value: c.value,
        score: 1,
        kind: 'echo',
        evidence: `'${c.value}' again on line ${at.line} '${quote(at.text)}'`,
        line: at.line,
      });
  }
}

/**
 * How the name is looked for: a domain by the name before its ending, capitals of four letters or
 * fewer as written ("DR", not "dr"), anything else in any case. A person's name is not looked for:
 * a story names its people again and again.
 */
export function spelling(value: string): RegExp | null {
  const name = isDomain(value) ? bareDomain(value).split('.')[0]! : value;
  if (personShaped(name) && !cuedPublicationName(name)) return null;
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '');
  const caps = name === name.toUpperCase() && letters.length <= MIN_FOLDED;
  if (letters.length < 2 || (!caps && letters.length < MIN_FOLDED)) return null;
  const escaped = escapeRegExp(name);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caps ? 'u' : 'iu');
}

/** "salesforce.com, inc." in a sentence: a company's name that is also an address, not the site's address. */
function bareInProse(c: OutletCandidate): boolean {
  return c.kind === 'address-mention' && !/'(?:https?:|www\d?\.)/i.test(c.evidence);
}

/** A name alone on a line at the top or the foot: the masthead's or the footer's. */
const LONE_KINDS = new Set(['masthead', 'foot']);

/**
 * A name alone at the top or the foot, of two words or more, whose words the page writes joined as
 * a hashtag or a handle on another line ("Example Beast" and "#ExampleBeast", "@examplebeast"):
 * the site tags and signs with its own name. A section or a label alone on a line is rarely its
 * own tag; the joined words must run to six letters or more (task 18outlet).
 */
export function tagEchoes(lines: readonly PageLine[], candidates: readonly OutletCandidate[], add: Add): void {
  const tagged = lines.filter((l) => l.text.includes('#') || l.text.includes('@'));
  if (tagged.length === 0) return;
  const done = new Set<string>();
  for (const c of candidates) {
    // A person's two words ('Jane Doe') are a writer's tag; a word in capitals ('EX Beast') is no person's.
    if (!LONE_KINDS.has(c.kind) || !c.value.includes(' ') || (personShaped(c.value) && !/(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(c.value)))
      continue;
    const joined = c.value.replace(/[^\p{L}\p{N}]/gu, '');
    if (joined.length < 6 || done.has(joined)) continue;
    done.add(joined);
    const tag = new RegExp(`[#@]${escapeRegExp(joined)}(?![\\p{L}\\p{N}])`, 'iu');
    const at = tagged.find((l) => l.line !== c.line && tag.test(l.text));
    if (at)
      add({
        value: c.value,
        score: 1,
        kind: 'tag-echo',
        evidence: `'${c.value}' joined as a tag on line ${at.line} '${quote(at.text)}'`,
        line: at.line,
      });
  }
}
