/**
 * A page title line around the headline that the page prints again, cleaner, a few lines below
 * ("Headline || Site", "Site : Headline", "Headline ~ Local news | Site" over "Headline"): the
 * copy proves where the headline ends, so the words joined to it by a separator are decoration
 * whatever the separator and whatever the language. Sites use separators the name rules do not
 * know (`title.ts` reads " | ", " - ", " :: " and a few more), and sections in sentence case.
 */
import { endsSentence, lineKey, wordCount } from './shape.ts';
import { isDomain } from './title-shapes.ts';

/** A separator: a run of one to three punctuation marks or symbols set apart by spaces, or a colon before a space. */
const SEPARATOR = /\s+[\p{P}\p{S}]{1,3}\s+|(?<=\S):\s+/gu;
/** Most words of the decoration on one side: a site, a section, or both ("Local news | Harbour Gazette"). */
const MAX_DECORATION_WORDS = 8;
/** Most words of one name within the decoration. */
const MAX_NAME_WORDS = 5;

export interface Undecorated {
  headline: string;
  /** The last name appended after the headline (the site, as title lines put it last), or null. */
  site: string | null;
}

/**
 * The headline inside `text` when `text` is the copy (`copyKey`, a `lineKey`) with names joined
 * to it by separators before or after; null when it is not, or what is joined reads as words of
 * the headline's own (a sentence, a clause in lower case, more than a few words).
 */
export function withoutDecoration(text: string, copyKey: string): Undecorated | null {
  for (const m of text.matchAll(SEPARATOR)) {
    const head = text.slice(0, m.index);
    const tail = text.slice(m.index + m[0].length);
    if (lineKey(head) === copyKey && isDecoration(tail)) return { headline: head.trim(), site: lastName(tail) };
    if (lineKey(tail) === copyKey && isDecoration(head)) return { headline: tail.trim(), site: null };
  }
  return null;
}

/** Most words of names glued before the headline with no separator ("Home News Europe Headline"). */
const MAX_GLUED_WORDS = 4;
/** Fewest words of the copy for a glued opening to be cut from the title line: a short copy may be the headline's own end. */
const MIN_GLUED_COPY_WORDS = 4;

/**
 * The headline inside `text` when `text` is the copy (`copy`, the line printed below) with names glued
 * before it and no separator between: a breadcrumb's steps or a site's name and section run into
 * the headline when the scraper joined the nodes' texts ("Home PV News Europe Headline…", "SiteNews
 * Stiri Headline…"). The copy proves where the headline starts; what is cut is up to four words,
 * each opening with a capital or a digit (names, not the headline's own clause). Null otherwise.
 */
export function withoutGluedNames(text: string, copy: string): Undecorated | null {
  const key = lineKey(text);
  const copyKey = lineKey(copy);
  if (!key.endsWith(` ${copyKey}`) || wordCount(copy, MIN_GLUED_COPY_WORDS) < MIN_GLUED_COPY_WORDS) return null;
  const words = text.trim().split(/\s+/);
  const glued = wordCount(key.slice(0, key.length - copyKey.length - 1), MAX_GLUED_WORDS + 1);
  if (glued > MAX_GLUED_WORDS || glued >= words.length) return null;
  const names = words.slice(0, glued);
  if (!names.every((w) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(w))) return null;
  return { headline: copy.trim(), site: null };
}

/** Names joined by separators: each a domain or opening with a capital or a digit, few words, no sentence. */
function isDecoration(text: string): boolean {
  if (wordCount(text, MAX_DECORATION_WORDS + 1) > MAX_DECORATION_WORDS || endsSentence(text)) return false;
  const names = namesOf(text);
  return names.length > 0 && names.every((n) => isDomain(n) || (NAME_OPENING.test(n) && wordCount(n, 6) <= MAX_NAME_WORDS));
}

/**
 * A name's opening: a capital or a digit, or a letter of a script without case (Arabic, Hebrew, Devanagari,
 * Han…), where no capital can mark a name and the copy below alone says where the headline starts.
 */
const NAME_OPENING = /^(?:[\p{Lu}\p{Lt}\p{N}]|(?![\p{Ll}\p{Lm}])\p{L})/u;

function namesOf(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => /[\p{L}\p{N}]/u.test(n));
}

function lastName(text: string): string | null {
  return namesOf(text).at(-1) ?? null;
}
